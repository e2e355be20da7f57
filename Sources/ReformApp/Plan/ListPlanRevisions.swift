import ReformModel
import ReformRecord
import ReformStore

/// The plan's revisions, newest first, with who, when, why, what changed and the baselines
/// marked: `reform plan log` and the plan page.
public struct ListPlanRevisions: Sendable {
    public init() {}

    /// One line of the log.
    public struct Entry: Sendable, Encodable {
        public let revision: PlanRevision
        /// The names it was marked with as a baseline, oldest first.
        public let baselines: [String]

        init(revision: PlanRevision, baselines: [String]) {
            self.revision = revision
            self.baselines = baselines
        }

        enum CodingKeys: String, CodingKey {
            case number, sha256, recordedBy = "recorded_by", recordedAt = "recorded_at", reason, base, changes, baselines
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(revision.number, forKey: .number)
            try container.encode(revision.sha256, forKey: .sha256)
            try container.encode(revision.recordedBy, forKey: .recordedBy)
            try container.encode(revision.recordedAt, forKey: .recordedAt)
            try container.encode(revision.reason, forKey: .reason)
            try container.encode(revision.base, forKey: .base)
            try container.encode(revision.changes.map(\.words), forKey: .changes)
            try container.encode(baselines, forKey: .baselines)
        }
    }

    /// Every revision, newest first; empty while the plan is a file.
    public func run(record: Record) async throws(AppError) -> [Entry] {
        let (log, marks) = try await record.read(ifNone: ([], [])) { store throws(StoreError) in (try await store.revisionLog(), try await store.baselines()) }
        let names = Dictionary(grouping: marks, by: \.revision).mapValues { $0.map(\.name) }
        return log.map { Entry(revision: $0, baselines: names[$0.number ?? 0] ?? []) }
    }
}

extension ListPlanRevisions.Entry: JSONSchemaExample {
    /// A revision with nothing in it, for the published schema.
    public static func schemaExample() -> ListPlanRevisions.Entry {
        ListPlanRevisions.Entry(revision: PlanRevision(number: 2, text: [], sha256: "", recordedBy: "", recordedAt: "", reason: "", base: 1,
                                                       changes: [PlanChange(.added, "", "")]), baselines: [""])
    }
}
