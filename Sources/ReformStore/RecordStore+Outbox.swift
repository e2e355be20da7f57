import ReformRecord

/// The outbox: emails queued with what caused them, claimed by one server at a time to send,
/// and marked sent, retried later, or given up on.
extension RecordStore {
    /// Queues `messages`, leaving out any whose key is queued already; returns those queued.
    @discardableResult
    public func queue(_ messages: [OutboxMessage]) async throws(StoreError) -> [OutboxMessage] {
        guard !messages.isEmpty else { return [] }
        return try await write { connection in try await Self.queue(messages, on: connection) }
    }

    /// Queues `messages` within a transaction already begun.
    @discardableResult
    static func queue(_ messages: [OutboxMessage], on connection: any SQLConnection) async throws -> [OutboxMessage] {
        var queued: [OutboxMessage] = []
        for message in messages {
            // A key queued before (by this server or another) is left as it is: one message per key.
            let insert: SQLStatement = """
                INSERT INTO outbox_message (\(raw: OutboxMessage.newColumnList)) VALUES (\(SQLStatement.list(Array(message.values.dropFirst()))))
                ON CONFLICT (key) DO NOTHING RETURNING id
                """
            if let id = try await connection.first(insert)?.int64("id") {
                var stored = message
                stored.id = id
                queued.append(stored)
            }
        }
        return queued
    }

    /// Which of `keys` are queued already.
    public func queuedKeys(_ keys: [String]) async throws(StoreError) -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await read { connection in
            var found = Set<String>()
            for batch in stride(from: 0, to: keys.count, by: 500).map({ Array(keys[$0..<min($0 + 500, keys.count)]) }) {
                let rows = try await connection.query("SELECT key FROM outbox_message WHERE key IN (\(SQLStatement.list(batch.map(\.sqlValue))))")
                for row in rows { found.insert(try row.text("key")) }
            }
            return found
        }
    }

    /// Takes the next message due to be sent at `now` (seconds since 1970) for `holdFor` seconds,
    /// so that no other server sends it meanwhile, and counts the try; `nil` when none is due.
    /// The claim is one statement that checks the message is still free as it takes it, so two
    /// servers asking at once never both get it.
    public func claimNextMessage(now: Int64, holdFor: Int64) async throws(StoreError) -> OutboxMessage? {
        try await write { connection in
            try await connection.first("""
                UPDATE outbox_message SET claimed_until = \(bind: now + holdFor), attempts = attempts + 1
                WHERE id = (SELECT id FROM outbox_message
                            WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= \(bind: now)
                              AND (claimed_until IS NULL OR claimed_until <= \(bind: now))
                            ORDER BY next_attempt_at, id LIMIT 1)
                  AND sent_at IS NULL AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until <= \(bind: now))
                RETURNING \(raw: OutboxMessage.columnList)
                """).map(OutboxMessage.init(row:))
        }
    }

    /// Marks a message sent at `time`.
    public func markSent(_ id: Int64, at time: Int64) async throws(StoreError) {
        try await write { connection in
            try await connection.execute("UPDATE outbox_message SET sent_at = \(bind: time), claimed_until = NULL, last_error = NULL WHERE id = \(bind: id)")
        }
    }

    /// Notes a failure to send a message: tried again from `retryAt`, or given up on when `failedAt` is given.
    public func markUnsent(_ id: Int64, error: String, retryAt: Int64, failedAt: Int64?) async throws(StoreError) {
        try await write { connection in
            try await connection.execute("""
                UPDATE outbox_message SET claimed_until = NULL, last_error = \(bind: error), next_attempt_at = \(bind: retryAt),
                    failed_at = \(bind: failedAt.sqlValue)
                WHERE id = \(bind: id) AND sent_at IS NULL
                """)
        }
    }

    /// The outbox, the newest first: waiting and failed messages, and those sent, at most `limit`.
    public func outbox(limit: Int = 500) async throws(StoreError) -> [OutboxMessage] {
        try await read { connection in
            try await connection.query("SELECT \(raw: OutboxMessage.columnList) FROM outbox_message ORDER BY id DESC LIMIT \(bind: limit)")
                .map(OutboxMessage.init(row:))
        }
    }
}
