import ReformModel

/// RAG for every action with its reason, rolled up by pillar and policy, as `reform status` and
/// the dashboard show it; optionally one pillar's or one policy's.
public struct ShowStatus: Sendable {
    /// Only this pillar's actions and roll-up, if given.
    public var pillar: String?
    /// Only this policy's actions and roll-up, if given.
    public var policy: String?
    /// The day to analyse at.
    public var asOf: CalendarDay

    /// A status query at `asOf`.
    public init(pillar: String? = nil, policy: String? = nil, asOf: CalendarDay) {
        self.pillar = pillar
        self.policy = policy
        self.asOf = asOf
    }

    /// The programme's status at `asOf`, with `record`'s updates.
    ///
    /// - Throws: `AppError` (a usage error) for a pillar or policy the plan does not have, naming those it does.
    public func run(programme source: any ProgrammeSource, record: Record) async throws(AppError) -> ProgrammeStatus {
        let loaded = try await source.plan()
        try Self.check(pillar, among: loaded.programme.pillars.map(\.id), kind: "pillar", plural: "pillars", field: .pillar)
        try Self.check(policy, among: loaded.programme.policies.map(\.id), kind: "policy", plural: "policies", field: .policy)
        let opened = try await source.analysis(asOf: asOf, record: record)
        let result = opened.analysis
        let actions = result.actions.filter { action in
            (pillar.map { action.pillars.contains($0) } ?? true) && (policy.map { action.policies.contains($0) } ?? true)
        }
        return ProgrammeStatus(programme: opened.programme, asOf: result.asOf, baseline: result.baseline, updatesApplied: result.updatesApplied,
                               rollUpRule: result.rollUpRule, pillars: result.pillars.filter { rollUp in pillar.map { rollUp.id == $0 } ?? true },
                               policies: result.policies.filter { rollUp in policy.map { rollUp.id == $0 } ?? true }, actions: actions,
                               planRevision: opened.revision, schedule: opened.schedule)
    }

    private static func check(_ id: String?, among ids: [String], kind: String, plural: String, field: InputField) throws(AppError) {
        guard let id, !ids.contains(id) else { return }
        let nearest = Suggestion.closest(to: id, among: ids)
        var error = AppError("unknown \(kind) '\(id)'\(nearest.map { " (did you mean '\($0)'?)" } ?? ""); \(plural) are \(ids.joined(separator: ", "))",
                             status: .usage, kind: .notFound, field: field)
        error.nearest = nearest
        throw error
    }
}

/// What `ShowStatus` finds: the JSON of `reform status --json`, and the programme for headings.
public struct ProgrammeStatus: Encodable, Sendable, JSONSchemaExample {
    /// The programme analysed (not part of the JSON).
    public let programme: Programme
    /// The day, the file's baseline and how many recorded updates were applied.
    public let asOf: CalendarDay
    public let baseline: PlanDate?
    public let updatesApplied: Int
    /// How pillars' overall RAG is decided, in words.
    public let rollUpRule: String
    /// The roll-ups and actions shown.
    public let pillars: [RAGRollUp]
    public let policies: [RAGRollUp]
    public let actions: [ActionAssessment]
    /// The record's revision of the plan analysed (absent while the plan is a file), and each action moved from the latest baseline.
    public var planRevision: Int64?
    public var schedule: BaselineSchedule?

    private enum CodingKeys: String, CodingKey {
        case asOf = "as_of", baseline, updatesApplied = "updates_applied", rollUpRule = "roll_up_rule", pillars, policies, actions
        case planRevision = "plan_revision", schedule = "baseline_schedule"
    }
}

extension ProgrammeStatus {
    /// A status with nothing in it, for the published schema.
    public static func schemaExample() throws -> ProgrammeStatus {
        ProgrammeStatus(programme: try JSONSchemaGenerator.madeUp(Programme.self), asOf: .schemaExample, baseline: nil, updatesApplied: 0,
                        rollUpRule: "", pillars: [], policies: [], actions: [])
    }
}
