import ReformModel
import ReformRecord

/// `reform plan publish --json`: whether a revision was published, the revision (the latest,
/// when the file was it already), and the revision the file's changes were made on, when it was
/// drawn from an older one.
public struct PlanPublishJSON: Encodable, Sendable, JSONSchemaExample {
    public let published: Bool
    public let revision: ListPlanRevisions.Entry
    public let mergedOnto: Int64?

    enum CodingKeys: String, CodingKey { case published, revision, mergedOnto = "merged_onto" }

    public init(published: Bool, revision: PlanRevision, mergedOnto: Int64?) {
        self.published = published
        self.revision = ListPlanRevisions.Entry(revision: revision, baselines: [])
        self.mergedOnto = mergedOnto
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(published, forKey: .published)
        try container.encode(revision, forKey: .revision)
        try container.encode(mergedOnto, forKey: .mergedOnto)
    }

    public static func schemaExample() -> PlanPublishJSON {
        PlanPublishJSON(published: true, revision: ListPlanRevisions.Entry.schemaExample().revision, mergedOnto: 1)
    }
}

/// `reform plan pull --json`: the file written and the revision it now holds.
public struct PlanPullJSON: Encodable, Sendable, JSONSchemaExample {
    public let file: String
    public let revision: ListPlanRevisions.Entry

    public init(file: String, revision: PlanRevision) {
        self.file = file
        self.revision = ListPlanRevisions.Entry(revision: revision, baselines: [])
    }

    public static func schemaExample() -> PlanPullJSON {
        PlanPullJSON(file: "", revision: ListPlanRevisions.Entry.schemaExample().revision)
    }
}

/// `reform plan baseline --json`: the mark recorded.
public struct PlanBaselineJSON: Codable, Sendable {
    public let id: Int64?
    public let revision: Int64
    public let name: String
    public let markedBy: String
    public let markedAt: String

    enum CodingKeys: String, CodingKey { case id, revision, name, markedBy = "marked_by", markedAt = "marked_at" }

    public init(_ mark: PlanBaseline) {
        id = mark.id
        revision = mark.revision
        name = mark.name
        markedBy = mark.markedBy
        markedAt = mark.markedAt
    }
}
