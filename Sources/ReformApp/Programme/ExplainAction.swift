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
    public func run(programme source: any ProgrammeSource, record: Record) async throws(AppError) -> ActionExplanation {
        let opened = try await source.analysis(asOf: asOf, record: record)
        guard let assessment = opened.analysis.action(action), let item = opened.programme.actions.first(where: { $0.id == action }) else {
            throw AppError.noSuch("action", action, in: source.name, among: opened.programme.actions.map(\.id), field: .action)
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

    init(opened: OpenedProgramme, action: Action, assessment: ActionAssessment) {
        self.opened = opened
        self.action = action
        self.assessment = assessment
    }

    /// How it has moved from the latest baseline, in words ("rescheduled from December 2025 (baseline '…') to March 2027 on … by …: …"); `nil` when it has not.
    public var move: String? {
        guard let schedule = opened.schedule, let move = schedule.move(of: action.id) else { return nil }
        return move.described(baseline: schedule.name)
    }

    /// The assessment of each action named, for what this one waits for and what waits for it.
    public func related(_ ids: [String]) -> [(id: String, assessment: ActionAssessment?)] {
        ids.map { ($0, opened.analysis.action($0)) }
    }
}
