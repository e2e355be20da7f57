/// Every analysis of a programme on one day: the numbers every command, report and plugin shows.
///
/// Computed once, by pure functions of the programme, the day and the recorded updates, so that
/// the terminal, the JSON output and every report agree to the penny and the day.
public struct ProgrammeAnalysis: Hashable, Sendable, Codable {
    /// The day the analysis is true at.
    public let asOf: CalendarDay
    /// The day the file's statuses were true at, if it says.
    public let baseline: PlanDate?
    /// How many recorded updates were applied.
    public let updatesApplied: Int
    /// The overall RAG rule, in words.
    public let rollUpRule: String
    /// Every action, in file order.
    public let actions: [ActionAssessment]
    /// RAG by pillar.
    public let pillars: [RAGRollUp]
    /// RAG by policy.
    public let policies: [RAGRollUp]
    /// RAG by milestone (milestones with actions only).
    public let milestones: [RAGRollUp]
    /// Every dated milestone and policy deadline, soonest first.
    public let deadlines: [DeadlineAssessment]
    /// The New Burdens position.
    public let funding: FundingAnalysis
    /// Indicator readiness and metrics.
    public let indicators: IndicatorSummary

    private enum CodingKeys: String, CodingKey {
        case asOf = "as_of", baseline, updatesApplied = "updates_applied", rollUpRule = "roll_up_rule", actions, pillars, policies
        case milestones, deadlines, funding, indicators
    }

    /// Analyses `programme` as at `asOf`, with `updates` recorded since its baseline.
    public init(_ programme: Programme, asOf: CalendarDay, updates: [ProgressUpdate] = []) {
        let state = ProgrammeState(programme: programme, asOf: asOf, updates: updates)
        let index = ProgrammeIndex(state.programme)
        let actions = ActionAssessment.assessAll(state, index: index)
        let rollUps = RAGRollUp.all(actions, programme: state.programme)
        self.asOf = asOf
        self.baseline = programme.info.asOf
        self.updatesApplied = state.updates.values.reduce(0) { $0 + $1.count }
        self.rollUpRule = RAGRollUp.rule
        self.actions = actions
        self.pillars = rollUps.pillars
        self.policies = rollUps.policies
        self.milestones = rollUps.milestones
        self.deadlines = DeadlineAnalysis.assess(actions, index: index, asOf: asOf)
        self.funding = FundingAnalysis(state.programme, asOf: asOf)
        self.indicators = IndicatorSummary(state.programme)
    }

    /// The assessment of one action.
    public func action(_ id: String) -> ActionAssessment? {
        actions.first { $0.id == id }
    }
}
