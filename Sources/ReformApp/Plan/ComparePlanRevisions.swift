import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// What changed between two revisions of the plan, in words by id or as a unified diff of the
/// YAML: `reform plan diff` and a revision's page.
public struct ComparePlanRevisions: Sendable {
    /// The earlier and later revision; by default, the last two.
    public var from: Int64?
    public var to: Int64?

    public init(from: Int64? = nil, to: Int64? = nil) {
        self.from = from
        self.to = to
    }

    /// The two revisions compared, with what changed.
    public struct Comparison: Sendable {
        public let from: PlanRevision?
        public let to: PlanRevision
        /// In words by id.
        public let changes: [PlanChange]
        /// The YAML's unified diff.
        public let diff: String

        /// What `reform plan diff --json` prints.
        public var json: PlanComparisonJSON { PlanComparisonJSON(from: from?.number, to: to.number, changes: changes) }
    }

    /// The comparison.
    ///
    /// - Throws: `AppError` for a revision that does not exist, or a record with none.
    public func run(record: Record) async throws(AppError) -> Comparison {
        let (from, to) = (self.from, self.to)
        let pair: (PlanRevision?, PlanRevision?) = try await record.read(ifNone: (nil, nil)) { store throws(StoreError) in
            let later: PlanRevision? = if let to { try await store.revision(to) } else { try await store.latestRevision() }
            let earlierNumber = from ?? later?.base
            let earlier = try await earlierNumber.asyncMap { number throws(StoreError) in try await store.revision(number) } ?? nil
            return (earlier, later)
        }
        guard let later = pair.1 else {
            if let to { throw AppError("there is no revision \(to) of the plan (`reform plan log` lists them)", kind: .notFound, field: .revision) }
            throw AppError("the record has no revision of the plan yet: the plan is the file", kind: .notFound)
        }
        if let from, pair.0 == nil { throw AppError("there is no revision \(from) of the plan (`reform plan log` lists them)", kind: .notFound, field: .revision) }
        let newer = try await RecordedRevisions.load(later)
        var changes: [PlanChange] = []
        if let earlier = pair.0 { changes = PlanChanges.between(try await RecordedRevisions.load(earlier).programme, newer.programme) }
        let diff = UnifiedDiff(old: pair.0?.text ?? [], new: later.text,
                               oldName: pair.0.map { "revision \($0.number ?? 0)" } ?? "nothing", newName: "revision \(later.number ?? 0)").text
        return Comparison(from: pair.0, to: later, changes: changes, diff: diff)
    }
}

extension Optional {
    /// The value of `transform` on the wrapped value, awaited.
    func asyncMap<T, E: Error>(_ transform: (Wrapped) async throws(E) -> T) async throws(E) -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
