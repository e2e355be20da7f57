import NIOCore
import PostgresNIO
import ReformModel

/// Bulk writing of events into the PostgreSQL record with `COPY … FROM STDIN`: rows are sent while
/// later ones are still being checked, in one transaction, so an import takes little more than
/// the server's own time for a `COPY`, and is still all or nothing.
extension PostgresStore {
    public func append(progress: (@Sendable (Int) -> Void)?, from nextEvent: @escaping @Sendable () throws -> RecordedEvent?) async throws -> Int {
        guard !readOnly else { throw StoreError(location: location, message: "opened to read only, so nothing was recorded") }
        do {
            return try await transaction(begin: "BEGIN") { connection in
                try await Self.lockEvents(connection)
                // Numbers are given here, from the sequence, so that a void can name an event of the same batch.
                let first = try await PostgresRows.value(Int64.self, of: connection.query("SELECT nextval('event_id_seq')", logger: PostgresLog.quiet)) ?? 1
                let count = try await Self.copyEvents(on: connection, numberingFrom: first, progress: progress) {
                    do { return try nextEvent() } catch { throw SourceFailure(error: error) }
                }
                if count > 0 { try await connection.query("SELECT setval('event_id_seq', \(first + Int64(count) - 1))", logger: PostgresLog.quiet) }
                return count
            }
        } catch let failure as SourceFailure {
            // The source's own error (a bad row) comes out as it was thrown, the transaction rolled back.
            throw failure.error
        } catch {
            throw StoreError.postgres(address, "cannot write to it, so nothing was recorded", error)
        }
    }

    /// Streams events into `event` with one `COPY`, in buffers of about a megabyte.
    ///
    /// - Parameter first: the number of the first event, the rest following on; `nil` to keep the numbers the events carry.
    /// - Returns: how many were written.
    static func copyEvents(on connection: PostgresConnection, numberingFrom first: Int64?, progress: (@Sendable (Int) -> Void)?,
                           from next: @escaping @Sendable () throws -> RecordedEvent?) async throws -> Int {
        try await PostgresWatch.untilClosed(connection) {
            try await copyEventsOnce(on: connection, numberingFrom: first, progress: progress, from: next)
        }
    }

    private static func copyEventsOnce(on connection: PostgresConnection, numberingFrom first: Int64?, progress: (@Sendable (Int) -> Void)?,
                                       from next: () throws -> RecordedEvent?) async throws -> Int {
        var count = 0
        var assigned: [Int64] = []
        try await connection.copyFrom(table: "event", columns: copyColumns, logger: PostgresLog.quiet) { writer in
            var rows = PostgresCopyText(capacity: 1 << 20)
            while var event = try next() {
                let id = first.map { $0 + Int64(count) } ?? event.id ?? 0
                if let position = event.voidsBatchPosition { event.voids = assigned[position] }
                if first != nil { assigned.append(id) }
                rows.field(id)
                rows.field(event.action)
                rows.field(event.occurredAt)
                rows.field(event.day)
                rows.field(event.recordedAt)
                rows.field(event.recordedBy)
                rows.field(event.note)
                rows.field(event.statusOld?.rawValue)
                rows.field(event.statusNew?.rawValue)
                rows.field(event.progressOld)
                rows.field(event.progressNew)
                rows.field(event.dueOld)
                rows.field(event.dueNew)
                rows.field(event.origin.rawValue)
                rows.field(event.voids)
                rows.field(event.reason)
                rows.endRow()
                count += 1
                if count % 10_000 == 0 { progress?(count) }
                if rows.buffer.readableBytes >= 1 << 20 {
                    try await writer.write(rows.buffer)
                    rows.buffer.clear()
                }
            }
            if rows.buffer.readableBytes > 0 { try await writer.write(rows.buffer) }
        }
        return count
    }

    /// The columns `copyEvents` writes, in its order.
    private static let copyColumns = ["id", "action", "occurred_at", "day", "recorded_at", "recorded_by", "note", "status_old", "status_new",
                                      "progress_old", "progress_new", "due_old", "due_new", "origin", "voids", "reason"]
}

/// The error of an event source, carried out of the transaction it rolled back.
struct SourceFailure: Error {
    let error: any Error
}
