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

    /// The JSON keys, which the hand-written writer shares.
    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", baseline, updatesApplied = "updates_applied", rollUpRule = "roll_up_rule", actions, pillars, policies
        case milestones, deadlines, funding, indicators
    }

    /// Analyses `programme` as at `asOf`, with `updates` recorded since its baseline.
    public init(_ programme: Programme, asOf: CalendarDay, updates: [ProgressUpdate] = []) {
        self.init(completing: AssessedProgramme(programme, asOf: asOf, updates: updates))
    }

    /// Completes the analysis begun by assessing every action: the roll-ups, deadlines, funding and indicators.
    public init(completing assessed: AssessedProgramme) {
        let programme = assessed.state.programme
        let rollUps = RAGRollUp.all(assessed.actions, programme: programme)
        self.asOf = assessed.state.asOf
        self.baseline = programme.info.asOf
        self.updatesApplied = assessed.updatesApplied
        self.rollUpRule = RAGRollUp.rule
        self.actions = assessed.actions
        self.pillars = rollUps.pillars
        self.policies = rollUps.policies
        self.milestones = rollUps.milestones
        self.deadlines = DeadlineAnalysis.assess(assessed.actions, index: assessed.index, asOf: assessed.state.asOf)
        self.funding = FundingAnalysis(programme, asOf: assessed.state.asOf)
        self.indicators = IndicatorSummary(programme)
    }

    /// The analysis of a report that reads no action, roll-up or deadline (its manifest's `reads`):
    /// the funding and indicators alone, every list of the actions' analysis empty, and none of it computed.
    public init(fundingOnly programme: Programme, asOf: CalendarDay, updates: [ProgressUpdate] = []) {
        // Funding and indicators do not depend on how actions stand, so no update is applied;
        // they are counted as `ProgrammeState` counts them.
        self.asOf = asOf
        self.baseline = programme.info.asOf
        self.updatesApplied = updates.count { $0.day <= asOf }
        self.rollUpRule = RAGRollUp.rule
        self.actions = []
        self.pillars = []
        self.policies = []
        self.milestones = []
        self.deadlines = []
        self.funding = FundingAnalysis(programme, asOf: asOf)
        self.indicators = IndicatorSummary(programme)
    }

    /// This analysis with the lists a report does not read left empty (`keeping` says which it reads).
    public func keeping(actions keepActions: Bool, pillars keepPillars: Bool, policies keepPolicies: Bool, milestones keepMilestones: Bool,
                        deadlines keepDeadlines: Bool) -> ProgrammeAnalysis {
        ProgrammeAnalysis(asOf: asOf, baseline: baseline, updatesApplied: updatesApplied, rollUpRule: rollUpRule, actions: keepActions ? actions : [],
                          pillars: keepPillars ? pillars : [], policies: keepPolicies ? policies : [], milestones: keepMilestones ? milestones : [],
                          deadlines: keepDeadlines ? deadlines : [], funding: funding, indicators: indicators)
    }

    private init(asOf: CalendarDay, baseline: PlanDate?, updatesApplied: Int, rollUpRule: String, actions: [ActionAssessment], pillars: [RAGRollUp],
                 policies: [RAGRollUp], milestones: [RAGRollUp], deadlines: [DeadlineAssessment], funding: FundingAnalysis, indicators: IndicatorSummary) {
        self.asOf = asOf
        self.baseline = baseline
        self.updatesApplied = updatesApplied
        self.rollUpRule = rollUpRule
        self.actions = actions
        self.pillars = pillars
        self.policies = policies
        self.milestones = milestones
        self.deadlines = deadlines
        self.funding = funding
        self.indicators = indicators
    }

    /// The assessment of one action.
    public func action(_ id: String) -> ActionAssessment? {
        actions.first { $0.id == id }
    }
}
