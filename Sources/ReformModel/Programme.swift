/// A whole reform programme: the contents of one validated `programme.yaml` (format 1).
///
/// This is the plan as the programme manager wrote it. Statuses in it are the baseline at
/// `info.asOf`; what happened later lives in the history store and is applied on top.
public struct Programme: Hashable, Sendable, Codable {
    /// The format tag every programme file carries.
    public static let formatTag = "reform-programme/1"

    /// Who runs the programme and what for.
    public var info: ProgrammeInfo
    /// Analysis thresholds.
    public var settings: Settings
    /// The reform's phases.
    public var phases: [Phase]
    /// The strategic pillars (at least one).
    public var pillars: [Pillar]
    /// National strategies, frameworks and statutory guidance.
    public var policies: [Policy]
    /// Dated commitments, national and local.
    public var milestones: [Milestone]
    /// The council's actions.
    public var actions: [Action]
    /// Money coming in.
    public var funding: [Funding]
    /// Costs of new duties.
    public var burdens: [Burden]
    /// Data indicators and their reporting readiness.
    public var indicators: [Indicator]
    /// Reported figures.
    public var metrics: [Metric]
    /// Risks to delivery.
    public var risks: [Risk]
    /// Committees that oversee the programme.
    public var committees: [Committee]
    /// Documents that the programme's facts are taken from.
    public var sources: [Source]

    /// Creates a programme; every list defaults to empty.
    public init(
        info: ProgrammeInfo, settings: Settings = Settings(), phases: [Phase] = [], pillars: [Pillar],
        policies: [Policy] = [], milestones: [Milestone] = [], actions: [Action] = [], funding: [Funding] = [],
        burdens: [Burden] = [], indicators: [Indicator] = [], metrics: [Metric] = [], risks: [Risk] = [],
        committees: [Committee] = [], sources: [Source] = []
    ) {
        self.info = info
        self.settings = settings
        self.phases = phases
        self.pillars = pillars
        self.policies = policies
        self.milestones = milestones
        self.actions = actions
        self.funding = funding
        self.burdens = burdens
        self.indicators = indicators
        self.metrics = metrics
        self.risks = risks
        self.committees = committees
        self.sources = sources
    }

    private enum CodingKeys: String, CodingKey {
        case format, info = "programme", settings, phases, pillars, policies, milestones, actions, funding
        case burdens, indicators, metrics, risks, committees, sources
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            info: try c.decode(ProgrammeInfo.self, forKey: .info),
            settings: try c.decodeIfPresent(Settings.self, forKey: .settings) ?? Settings(),
            phases: try c.decodeIfPresent([Phase].self, forKey: .phases) ?? [],
            pillars: try c.decode([Pillar].self, forKey: .pillars),
            policies: try c.decodeIfPresent([Policy].self, forKey: .policies) ?? [],
            milestones: try c.decodeIfPresent([Milestone].self, forKey: .milestones) ?? [],
            actions: try c.decodeIfPresent([Action].self, forKey: .actions) ?? [],
            funding: try c.decodeIfPresent([Funding].self, forKey: .funding) ?? [],
            burdens: try c.decodeIfPresent([Burden].self, forKey: .burdens) ?? [],
            indicators: try c.decodeIfPresent([Indicator].self, forKey: .indicators) ?? [],
            metrics: try c.decodeIfPresent([Metric].self, forKey: .metrics) ?? [],
            risks: try c.decodeIfPresent([Risk].self, forKey: .risks) ?? [],
            committees: try c.decodeIfPresent([Committee].self, forKey: .committees) ?? [],
            sources: try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Programme.formatTag, forKey: .format)
        try c.encode(info, forKey: .info)
        try c.encode(settings, forKey: .settings)
        try c.encode(phases, forKey: .phases)
        try c.encode(pillars, forKey: .pillars)
        try c.encode(policies, forKey: .policies)
        try c.encode(milestones, forKey: .milestones)
        try c.encode(actions, forKey: .actions)
        try c.encode(funding, forKey: .funding)
        try c.encode(burdens, forKey: .burdens)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(risks, forKey: .risks)
        try c.encode(committees, forKey: .committees)
        try c.encode(sources, forKey: .sources)
    }
}
