import ReformModel

/// Why one action has its RAG, what it waits for and what waits for it, and its forecast, as
/// `reform explain` and the action page show it.
public struct ExplainAction: Sendable {
    /// The action's id.
    public var action: String
    /// The day to analyse at.
    public var asOf: CalendarDay

    /// An explanation of `action` at `asOf`.
    public init(action: String, asOf: CalendarDay) {
        self.action = action
        self.asOf = asOf
    }

    /// The action's assessment, with the plan's entry and the whole analysis for what it relates to.
    ///
    /// - Throws: `AppError` for an id the plan does not have, with the nearest id.
    public func run(_ open: OpenProgramme) async throws(AppError) -> ActionExplanation {
        let opened = try await open.analyse(asOf: asOf)
        guard let assessment = opened.analysis.action(action), let item = opened.programme.actions.first(where: { $0.id == action }) else {
            let hint = Suggestion.closest(to: action, among: opened.programme.actions.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw AppError("error: no action '\(action)' in \(open.workspace.programmeFile)\(hint)")
        }
        return ActionExplanation(opened: opened, action: item, assessment: assessment)
    }
}

/// What `ExplainAction` finds.
public struct ActionExplanation: Sendable {
    /// The programme and its analysis.
    public let opened: OpenedProgramme
    /// The action as the plan has it.
    public let action: Action
    /// Its assessment at the day asked for: what `--json` prints.
    public let assessment: ActionAssessment

    /// Every action's assessment by id, made once.
    private let byID: [String: ActionAssessment]

    init(opened: OpenedProgramme, action: Action, assessment: ActionAssessment) {
        self.opened = opened
        self.action = action
        self.assessment = assessment
        byID = Dictionary(opened.analysis.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The assessment of each action named, for what this one waits for and what waits for it.
    public func related(_ ids: [String]) -> [(id: String, assessment: ActionAssessment?)] {
        ids.map { ($0, byID[$0]) }
    }
}
