import ReformModel

/// Every milestone, policy and legal duty's deadline with its state, feeding actions, critical path and
/// forecast, as `reform deadlines` and the deadlines page show them.
public struct ListDeadlines: Sendable {
    /// Only deadlines due within this many days, and any already missed, if given.
    public var within: Int?
    /// The day to analyse at.
    public var asOf: CalendarDay

    /// A deadline query at `asOf`.
    public init(within: Int? = nil, asOf: CalendarDay) {
        self.within = within
        self.asOf = asOf
    }

    /// The deadlines.
    public func run(programme source: any ProgrammeSource, record: Record) async throws(AppError) -> DeadlineList {
        let opened = try await source.analysis(asOf: asOf, record: record)
        let deadlines = opened.analysis.deadlines.filter { deadline in
            guard let within else { return true }
            return (0...within).contains(deadline.daysRemaining) || deadline.state == .missed
        }
        return DeadlineList(programme: opened.programme, analysis: opened.analysis, asOf: opened.analysis.asOf, deadlines: deadlines,
                            duties: DutyStatus.all(opened.programme, actions: opened.programme.actions, asOf: opened.analysis.asOf))
    }
}

/// What `ListDeadlines` finds: the JSON of `reform deadlines --json`, and the analysis for headings.
public struct DeadlineList: Encodable, Sendable, JSONSchemaExample {
    /// The programme and its analysis (not part of the JSON), for headings.
    public let programme: Programme
    public let analysis: ProgrammeAnalysis
    /// The day analysed.
    public let asOf: CalendarDay
    /// The deadlines shown, in date order.
    public let deadlines: [DeadlineAssessment]
    /// Every legal duty of the plan's legislation, in force, commencing or awaiting regulations.
    public var duties: [DutyStatus] = []

    private enum CodingKeys: String, CodingKey {
        case asOf = "as_of", deadlines, duties
    }
}

extension DeadlineList {
    /// A list with no deadlines, for the published schema.
    public static func schemaExample() throws -> DeadlineList {
        DeadlineList(programme: try JSONSchemaGenerator.madeUp(Programme.self), analysis: try JSONSchemaGenerator.madeUp(ProgrammeAnalysis.self),
                     asOf: .schemaExample, deadlines: [])
    }
}
