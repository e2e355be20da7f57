import ReformModel

/// The record of what happened since the plan's baseline: progress updates and report runs, and
/// the web front end's users and sessions (`AccountStore`).
///
/// Every front end reads and writes the record through this protocol, so that a store kept in
/// another database can stand beside the SQLite one without any caller changing. Events are
/// only ever appended; each write is one transaction, all or nothing.
public protocol RecordStore: AccountStore {
    /// Where the record is, as a person would name it (a path, or a database URL without its password).
    var location: String { get }

    /// Appends events in one transaction: all are recorded or none.
    ///
    /// - Returns: the events as recorded, each with its number.
    @discardableResult
    func append(_ events: [RecordedEvent]) async throws(StoreError) -> [RecordedEvent]

    /// Appends `event` only if the newest event recorded for its action (voids included) is still
    /// `base`, `nil` meaning none: what a form drawn from the record sends, so that no update is
    /// lost or silently overwritten. Otherwise nothing is written and the error's `conflict`
    /// names the newest event. The check and the write are one transaction.
    func append(_ event: RecordedEvent, basedOn base: Int64?) async throws(StoreError) -> RecordedEvent

    /// Appends the events `next` gives until it gives `nil`, in one transaction, and returns how
    /// many. When `next` throws, nothing is recorded and its error is rethrown as it is, so events
    /// can be written while later ones are still being checked and still all or none are kept.
    /// `progress` hears the count every 10,000 events.
    func append(progress: (@Sendable (Int) -> Void)?, from next: @escaping @Sendable () throws -> RecordedEvent?) async throws -> Int

    /// Events in the order recorded, voids and voided ones included, optionally for one action, on or
    /// after a day, or recorded by one person (the name matched without regard to case).
    func events(action: String?, since: CalendarDay?, by: String?) async throws(StoreError) -> [RecordedEvent]

    /// One event by its number, voided or not; `nil` when there is none.
    func event(id: Int64) async throws(StoreError) -> RecordedEvent?

    /// The events that void others, by the number of the event each voids.
    func voids() async throws(StoreError) -> [Int64: RecordedEvent]

    /// Events as updates for the analysis, in the order they apply: by day, then as recorded.
    /// Voided events and the voids themselves are left out. With `action`, only that action's.
    func updates(action: String?) async throws(StoreError) -> [ProgressUpdate]

    /// How many events each action has.
    func eventCounts() async throws(StoreError) -> [String: Int]

    /// The latest recorded status, progress and due date of every action with live (not voided) events, by action.
    func latestStates() async throws(StoreError) -> [LatestState]

    /// Records a report run.
    func record(_ run: ReportRun) async throws(StoreError)

    /// Every report run, newest first.
    func reportRuns() async throws(StoreError) -> [ReportRun]

    /// Records a report run with its document, kept in the record for downloading.
    ///
    /// - Returns: the run with its number.
    func record(_ run: ReportRun, document: KeptDocument) async throws(StoreError) -> ReportRun

    /// The document kept with a run, if one was.
    func document(ofRun run: Int64) async throws(StoreError) -> KeptDocument?

    /// Appends a response to a committee resolution; the latest for a resolution stands.
    func record(_ response: CommitteeResponse) async throws(StoreError) -> CommitteeResponse

    /// Every response recorded, in the order recorded.
    func committeeResponses() async throws(StoreError) -> [CommitteeResponse]

    /// How far the record has got, cheaply: what a cache of anything read from it checks.
    func version() async throws(StoreError) -> RecordVersion

    /// The latest report of a plugin written to a file and as at `day` or earlier: what "since the
    /// last report" means. Runs that only printed to the screen do not count.
    func lastReport(plugin: String, onOrBefore day: CalendarDay) async throws(StoreError) -> ReportRun?

    /// Writes a consistent copy of the whole record to `destination`, safe while others write: a
    /// SQLite file, which opens as a record and restores into any store with `reform store copy`.
    func backup(to destination: String) async throws(StoreError)

    /// The whole record, read in one transaction so that it is consistent while others write.
    func snapshot() async throws(StoreError) -> RecordSnapshot

    /// Writes `snapshot` into this record, every row keeping its number, in one transaction.
    ///
    /// - Throws: `StoreError` when the record is not empty (a copy never merges into or replaces
    ///   what is there), or cannot be written; nothing is written then.
    func restore(_ snapshot: RecordSnapshot) async throws(StoreError)

    /// The database's own check of its soundness: "ok" when sound.
    func integrityCheck() async throws(StoreError) -> String
}

extension RecordStore {
    /// Every event, in the order recorded.
    public func events() async throws(StoreError) -> [RecordedEvent] {
        try await events(action: nil, since: nil, by: nil)
    }

    /// Every event as an update for the analysis, in the order they apply.
    public func updates() async throws(StoreError) -> [ProgressUpdate] {
        try await updates(action: nil)
    }
}
