import ReformModel
import ReformRecord

/// The plan's revisions and baselines.
extension RecordStore {
    /// What came of publishing a revision.
    public enum Publication: Sendable {
        /// Stored, with its number.
        case published(PlanRevision)
        /// Not stored: the revision was based on `expected`, but the latest is this one.
        case stale(latest: PlanRevision)
    }

    /// Appends `revision` if the latest revision is still its `base` (none, for the first); the
    /// check and the write are one transaction, so of two publishes from one revision only one is stored.
    public func publish(_ revision: PlanRevision) async throws(StoreError) -> Publication {
        let lock = database.dialect.lockPlanWriters
        return try await write { connection in
            if let lock { try await connection.execute(lock) }
            // The latest's number first: its text (megabytes, for a large plan) is read only when it is not the base.
            let latestNumber = try await connection.first("SELECT max(id) AS id FROM plan_revision")?.optionalInt64("id")
            if let latestNumber, latestNumber != revision.base {
                guard let latest = try await connection.first("SELECT \(raw: PlanRevision.columnList) FROM plan_revision WHERE id = \(bind: latestNumber)")
                    .map(PlanRevision.init(row:)) else { throw StoreError(location: "plan_revision", message: "revision \(latestNumber) vanished") }
                return .stale(latest: latest)
            }
            let latest = latestNumber
            if latest == nil, revision.base != nil { throw StoreError(location: "plan_revision", message: "revision \(revision.base!) does not exist") }
            var stored = revision
            stored.number = try await connection.first(revision.insertNew)?.int64("id")
            return .published(stored)
        }
    }

    /// The latest revision, text and all; `nil` when the plan has never been published to the record.
    public func latestRevision() async throws(StoreError) -> PlanRevision? {
        try await read { connection in
            try await connection.first("SELECT \(raw: PlanRevision.columnList) FROM plan_revision ORDER BY id DESC LIMIT 1").map(PlanRevision.init(row:))
        }
    }

    /// Revision `number`, text and all.
    public func revision(_ number: Int64) async throws(StoreError) -> PlanRevision? {
        try await read { connection in
            try await connection.first("SELECT \(raw: PlanRevision.columnList) FROM plan_revision WHERE id = \(bind: number)").map(PlanRevision.init(row:))
        }
    }

    /// The revision in force at the end of `day` (UTC): the latest published before the next day began.
    public func revision(inForceOn day: CalendarDay) async throws(StoreError) -> PlanRevision? {
        try await read { connection in
            try await connection.first("""
                SELECT \(raw: PlanRevision.columnList) FROM plan_revision WHERE recorded_at < \(bind: day.adding(days: 1).iso)
                ORDER BY id DESC LIMIT 1
                """).map(PlanRevision.init(row:))
        }
    }

    /// The first revision, text and all: the plan as the record first knew it.
    public func firstRevision() async throws(StoreError) -> PlanRevision? {
        try await read { connection in
            try await connection.first("SELECT \(raw: PlanRevision.columnList) FROM plan_revision ORDER BY id LIMIT 1").map(PlanRevision.init(row:))
        }
    }

    /// Every revision, newest first, without its text: what a log lists (each with what it changed).
    public func revisionLog() async throws(StoreError) -> [PlanRevision] {
        try await read { connection in
            let columns = PlanRevision.Column.allCases.filter { $0 != .text }.map(\.rawValue).joined(separator: ", ")
            return try await connection.query("SELECT \(raw: columns) FROM plan_revision ORDER BY id DESC").map(PlanRevision.init(rowWithoutText:))
        }
    }

    /// Marks revision `baseline.revision` as a baseline; the latest mark is the baseline in force.
    public func mark(_ baseline: PlanBaseline) async throws(StoreError) -> PlanBaseline {
        try await write { connection in
            var stored = baseline
            stored.id = try await connection.first(baseline.insertNew)?.int64("id")
            return stored
        }
    }

    /// Every baseline mark, in the order marked.
    public func baselines() async throws(StoreError) -> [PlanBaseline] {
        try await read { connection in
            try await connection.query("SELECT \(raw: PlanBaseline.columnList) FROM plan_baseline ORDER BY id").map(PlanBaseline.init(row:))
        }
    }
}
