import ReformModel
import ReformRecord

/// Update rounds, their closings, and the sign-off of updates recorded in them.
extension RecordStore {
    /// Opens `round`, with the emails its opening sends (made once its number is known), in one
    /// transaction; refused while another round is open, so "the open round" is always one.
    public func openRound(_ round: UpdateRound, messages: @escaping @Sendable (Int64) -> [OutboxMessage]) async throws(StoreError) -> UpdateRound {
        let (lock, location) = (database.dialect.lockEventWriters, location)
        return try await write { connection in
            if let lock { try await connection.execute(lock) }
            if let open = try await connection.first("""
                SELECT \(raw: UpdateRound.columnList) FROM update_round r
                WHERE NOT EXISTS (SELECT 1 FROM round_closing c WHERE c.round_id = r.id) ORDER BY id LIMIT 1
                """).map(UpdateRound.init(row:)) {
                throw StoreError(location: location, message: "round \(open.id ?? 0), '\(open.name)', is still open; close it before opening another",
                                 conflict: .init(latestEvent: nil))
            }
            var opened = round
            // Writers of events are held by the lock above, so nothing is numbered between this and the insert.
            opened.afterEvent = try await connection.first("SELECT coalesce(max(id), 0) AS latest FROM event")?.int64("latest") ?? 0
            opened.id = try await connection.first(opened.insertNew)?.int64("id")
            try await Self.queue(messages(opened.id!), on: connection)
            return opened
        }
    }

    /// Every round, the newest first, each with its closing.
    public func rounds() async throws(StoreError) -> [UpdateRound] {
        try await read { connection in
            let closings = Dictionary(try await connection.query("SELECT \(raw: RoundClosing.columnList) FROM round_closing")
                .map(RoundClosing.init(row:)).map { ($0.round, $0) }, uniquingKeysWith: { first, _ in first })
            return try await connection.query("SELECT \(raw: UpdateRound.columnList) FROM update_round ORDER BY id DESC").map { row in
                var round = try UpdateRound(row: row)
                round.closing = closings[round.id!]
                return round
            }
        }
    }

    /// Closes a round; refused when it is closed already.
    public func closeRound(_ closing: RoundClosing) async throws(StoreError) {
        let location = location
        try await write { connection in
            if try await connection.first("SELECT 1 AS closed FROM round_closing WHERE round_id = \(bind: closing.round)") != nil {
                throw StoreError(location: location, message: "round \(closing.round) is closed already", conflict: .init(latestEvent: nil))
            }
            try await connection.execute(closing.insert)
        }
    }

    /// The updates awaiting or given sign-off in `round` (every round's when `nil`), with the decisions on them.
    public func signOffs(round: Int64? = nil) async throws(StoreError) -> (requests: [SignOffRequest], decisions: [SignOffDecision]) {
        try await read { connection in
            var requests: SQLStatement = "SELECT \(raw: SignOffRequest.columnList) FROM sign_off_request"
            var decisions: SQLStatement = "SELECT \(raw: SignOffDecision.columnList) FROM sign_off_decision"
            if let round {
                requests = "\(requests) WHERE round_id = \(bind: round)"
                decisions = "\(decisions) WHERE round_id = \(bind: round)"
            }
            return (try await connection.query("\(requests) ORDER BY event_id").map(SignOffRequest.init(row:)),
                    try await connection.query("\(decisions) ORDER BY id").map(SignOffDecision.init(row:)))
        }
    }

    /// Records a lead's decision on an update awaiting sign-off, with the email it sends, in one
    /// transaction; refused when the update awaits no sign-off or was decided on already.
    public func decide(_ decision: SignOffDecision, messages: [OutboxMessage]) async throws(StoreError) -> SignOffDecision {
        let location = location
        return try await write { connection in
            guard try await connection.first("SELECT 1 AS waits FROM sign_off_request WHERE event_id = \(bind: decision.event)") != nil else {
                throw StoreError(location: location, message: "update \(decision.event) awaits no sign-off")
            }
            if let earlier = try await connection.first("SELECT \(raw: SignOffDecision.columnList) FROM sign_off_decision WHERE event_id = \(bind: decision.event)")
                .map(SignOffDecision.init(row:)) {
                throw StoreError(location: location, message: "update \(decision.event) was \(earlier.verdict.rawValue) already, by \(earlier.decidedBy) at \(earlier.decidedAt)",
                                 conflict: .init(latestEvent: nil))
            }
            var decided = decision
            decided.id = try await connection.first(decision.insertNew)?.int64("id")
            try await Self.queue(messages, on: connection)
            return decided
        }
    }

    /// Updates for the analysis as a report reads them: those awaiting sign-off or returned are
    /// left out, so a report shows each action as of its latest approved update.
    public func signedOffUpdates() async throws(StoreError) -> [ProgressUpdate] {
        // A record with no round with sign-off (most) reads its updates as every other reader does.
        let anySignOff = try await read { connection in try await connection.first("SELECT 1 AS any FROM sign_off_request LIMIT 1") != nil }
        guard anySignOff else { return try await updates() }
        return try await read { connection in
            try await connection.query("""
                SELECT \(raw: RecordedEvent.columnList) FROM live_event e
                WHERE NOT EXISTS (SELECT 1 FROM sign_off_request r WHERE r.event_id = e.id
                    AND NOT EXISTS (SELECT 1 FROM sign_off_decision d WHERE d.event_id = e.id AND d.decision = 'approved'))
                ORDER BY day, id
                """).map(RecordedEvent.init(row:)).compactMap(\.update)
        }
    }
}
