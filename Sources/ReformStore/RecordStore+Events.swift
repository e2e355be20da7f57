import NIOConcurrencyHelpers
import ReformModel
import ReformRecord

/// Progress updates and their voids: appended one at a time, based on what a form showed, or a
/// million at once from a file; read back as the history, the analysis's updates, the latest state.
extension RecordStore {
    /// Appends events in one transaction: all are recorded or none. With `signOffIn`, those that
    /// are not voids await a lead's sign-off in that round.
    ///
    /// - Returns: the events as recorded, each with its number.
    @discardableResult
    public func append(_ events: [RecordedEvent], signOffIn round: Int64? = nil) async throws(StoreError) -> [RecordedEvent] {
        let lock = database.dialect.lockEventWriters
        return try await write { connection in
            if let lock { try await connection.execute(lock) }
            var recorded: [RecordedEvent] = []
            for event in events {
                let stored = try await Self.insert(event, on: connection)
                if let round, !stored.isVoid, let id = stored.id { try await connection.execute(SignOffRequest(event: id, round: round).insert) }
                recorded.append(stored)
            }
            return recorded
        }
    }

    /// Appends `event` only if the newest event recorded for its action (voids included) is still
    /// `base`, `nil` meaning none: what a form drawn from the record sends, so that no update is
    /// lost or silently overwritten. Otherwise nothing is written and the error's `conflict` names
    /// the newest event. The check and the write are one transaction, and writers of events wait
    /// for each other, so nothing comes between them. With `signOffIn`, the update awaits a
    /// lead's sign-off in that round, written in the same transaction.
    public func append(_ event: RecordedEvent, basedOn base: Int64?, signOffIn round: Int64? = nil) async throws(StoreError) -> RecordedEvent {
        let (lock, location) = (database.dialect.lockEventWriters, location)
        return try await write { connection in
            if let lock { try await connection.execute(lock) }
            let latest = try await connection.first("SELECT max(id) AS latest FROM event WHERE action = \(bind: event.action)")?.optionalInt64("latest")
            guard latest == base else {
                throw StoreError(location: location, message: "another update of \(event.action) was recorded meanwhile (event \(latest ?? 0)); nothing was recorded",
                                 conflict: .init(latestEvent: latest))
            }
            let recorded = try await Self.insert(event, on: connection)
            if let round, let id = recorded.id { try await connection.execute(SignOffRequest(event: id, round: round).insert) }
            return recorded
        }
    }

    /// Appends the events `next` gives until it gives `nil`, in one transaction, and returns how
    /// many. When `next` throws, nothing is recorded and its error is rethrown as it is, so events
    /// can be written while later ones are still being checked and still all or none are kept.
    /// A void of an event of the same batch names it by `voidsBatchPosition`. `progress` hears the
    /// count every 10,000 events.
    public func append(progress: (@Sendable (Int) -> Void)?, from next: @escaping @Sendable () throws -> RecordedEvent?) async throws -> Int {
        let dialect = database.dialect
        guard !readOnly else { throw StoreError(location: location, message: "opened to read only, so nothing was recorded") }
        do {
            return try await database.write { connection in
                if let lock = dialect.lockEventWriters { try await connection.execute(lock) }
                // Numbers are given here, so that a void can name an event of the same batch.
                let first = try await connection.first(dialect.nextNumber(RecordedEvent.table))?.int64("next") ?? 1
                let written = NIOLockedValueBox<Int64>(0)
                let count = try await connection.insertAll(into: RecordedEvent.table, columns: RecordedEvent.columns) {
                    let given: RecordedEvent?
                    do { given = try next() } catch { throw SourceFailure(error: error) }
                    guard var event = given else { return nil }
                    let number = written.withLockedValue { count in
                        count += 1
                        return count
                    }
                    event.id = first + number - 1
                    if let position = event.voidsBatchPosition { event.voids = first + Int64(position) }
                    if number % 10_000 == 0 { progress?(Int(number)) }
                    return event.values
                }
                if count > 0, let numbering = dialect.continueNumbering(RecordedEvent.table) { try await connection.execute(numbering) }
                return count
            }
        } catch let failure as SourceFailure {
            throw failure.error
        } catch {
            throw database.storeError("cannot write to it, so nothing was recorded", error)
        }
    }

    /// Events in the order recorded, voids and voided ones included, optionally for one action, on or
    /// after a day, recorded by one person (the name matched without regard to case), or numbered
    /// after `after` (what a writer that lost a race reads to catch up).
    public func events(action: String? = nil, since: CalendarDay? = nil, by: String? = nil, after: Int64? = nil) async throws(StoreError) -> [RecordedEvent] {
        var query: SQLStatement = "SELECT \(raw: RecordedEvent.columnList) FROM event WHERE 1 = 1"
        if let action { query = "\(query) AND action = \(bind: action)" }
        if let after { query = "\(query) AND id > \(bind: after)" }
        if let since { query = "\(query) AND day >= \(bind: since.iso)" }
        let events = try await read { [query] connection in try await connection.query("\(query) ORDER BY id").map(RecordedEvent.init(row:)) }
        guard let by else { return events }
        // Names match without regard to case, beyond ASCII too, the same on every database.
        let wanted = by.lowercased()
        return events.filter { $0.recordedBy.lowercased() == wanted }
    }

    /// One event by its number, voided or not; `nil` when there is none.
    public func event(id: Int64) async throws(StoreError) -> RecordedEvent? {
        try await read { connection in
            try await connection.first("SELECT \(raw: RecordedEvent.columnList) FROM event WHERE id = \(bind: id)").map(RecordedEvent.init(row:))
        }
    }

    /// The events that void others, by the number of the event each voids.
    public func voids() async throws(StoreError) -> [Int64: RecordedEvent] {
        let voids = try await read { connection in
            try await connection.query("SELECT \(raw: RecordedEvent.columnList) FROM event WHERE voids IS NOT NULL ORDER BY id").map(RecordedEvent.init(row:))
        }
        return Dictionary(voids.compactMap { void in void.voids.map { ($0, void) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Events as updates for the analysis, in the order they apply: by day, then as recorded.
    /// Voided events and the voids themselves are left out. With `action`, only that action's.
    public func updates(action: String? = nil) async throws(StoreError) -> [ProgressUpdate] {
        var query: SQLStatement = "SELECT \(raw: RecordedEvent.columnList) FROM live_event"
        if let action { query = "\(query) WHERE action = \(bind: action)" }
        return try await read { [query] connection in
            try await connection.query("\(query) ORDER BY day, id").map(RecordedEvent.init(row:)).compactMap(\.update)
        }
    }

    /// How many events each action has.
    public func eventCounts() async throws(StoreError) -> [String: Int] {
        try await read { connection in
            Dictionary(uniqueKeysWithValues: try await connection.query("SELECT action, count(*) AS n FROM event GROUP BY action").map {
                (try $0.text("action"), try $0.int("n"))
            })
        }
    }

    /// The latest recorded status, progress and due date of every action with live (not voided)
    /// events, by action: each field from the last live event (by day, then as recorded) that set it.
    public func latestStates() async throws(StoreError) -> [LatestState] {
        let query = database.dialect.latestStates
        return try await read { connection in try await connection.query(query).map(LatestState.init(row:)) }
    }

    /// Inserts one event and returns it with its number.
    static func insert(_ event: RecordedEvent, on connection: any SQLConnection) async throws -> RecordedEvent {
        var recorded = event
        recorded.id = try await connection.first(event.insertNew)?.int64("id")
        return recorded
    }
}

/// The error of an event source, carried out of the transaction it rolled back.
struct SourceFailure: Error {
    let error: any Error
}
