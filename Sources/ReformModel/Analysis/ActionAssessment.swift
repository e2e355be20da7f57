/// Everything the analysis says about one action on one day.
public struct ActionAssessment: Hashable, Sendable, Codable, JSONStreamWritable {
    /// The action's id.
    public let id: String
    /// Its title.
    public let title: String
    /// Its pillars.
    public let pillars: [String]
    /// Its policy, if any: the first of `policies`.
    public let policy: String?
    /// Every policy or legal duty it serves.
    public var policies: [String] = []
    /// Its milestone, if any.
    public let milestone: String?
    /// Its owner, if any.
    public let owner: String?
    /// Its status on the day.
    public let status: Action.Status
    /// Its progress on the day, if reported.
    public let progress: Int?
    /// The date it is measured against, own or inherited.
    public let deadline: EffectiveDeadline?
    /// Its RAG with the reason.
    public let rag: RAGAssessment
    /// Its projected completion.
    public let forecast: Forecast
    /// The actions it waits for.
    public let dependsOn: [String]
    /// The actions that wait for it.
    public let dependants: [String]
    /// How many updates were recorded for it up to the day.
    public let updateCount: Int
    /// The latest note recorded for it up to the day, with who and when: the commentary beside its RAG.
    public let latestNote: ActionNote?
    /// The day of its latest recorded update, `nil` when none is recorded.
    public var lastUpdated: CalendarDay? = nil

    private enum CodingKeys: String, CodingKey {
        case id, title, pillars, policy, policies, milestone, owner, status, progress, deadline, rag, forecast
        case dependsOn = "depends_on", dependants, updateCount = "update_count", latestNote = "latest_note", lastUpdated = "last_updated"
    }

    /// Whether nothing at all is known of its progress: none in the file and no update recorded.
    /// Only such an action is said to show "no evidence of progress".
    public var hasNothingRecorded: Bool {
        progress == nil && updateCount == 0
    }

    /// Writes what `encode(to:)` writes, member for member (`CodingKeys` order).
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.id, id)
        writer.member(CodingKeys.title, title)
        writer.member(CodingKeys.pillars, pillars)
        writer.member(CodingKeys.policy, policy)
        writer.member(CodingKeys.policies, policies)
        writer.member(CodingKeys.milestone, milestone)
        writer.member(CodingKeys.owner, owner)
        writer.member(CodingKeys.status, word: status)
        writer.member(CodingKeys.progress, progress)
        writer.member(CodingKeys.deadline, deadline)
        writer.member(CodingKeys.rag, rag)
        writer.member(CodingKeys.forecast, forecast)
        writer.member(CodingKeys.dependsOn, dependsOn)
        writer.member(CodingKeys.dependants, dependants)
        writer.member(CodingKeys.updateCount, updateCount)
        writer.member(CodingKeys.latestNote, latestNote)
        writer.member(CodingKeys.lastUpdated, lastUpdated)
        writer.endObject()
    }

    /// Assesses every action of a programme state, in file order.
    public static func assessAll(_ state: ProgrammeState, index: ProgrammeIndex) -> [ActionAssessment] {
        let thresholds = state.programme.settings.rag
        var dependants: [String: [String]] = [:]
        for action in state.programme.actions {
            for dependency in action.dependsOn { dependants[dependency, default: []].append(action.id) }
        }
        return state.programme.actions.map { action in
            let deadline = EffectiveDeadline.of(action, in: index)
            let start = MeasuredStart.of(action, in: index, baseline: state.programme.info.asOf)
            let updates = state.updates[action.id] ?? []
            var assessment = ActionAssessment(
                id: action.id, title: action.title, pillars: action.pillars, policy: action.policy, policies: action.policies, milestone: action.milestone,
                owner: action.owner, status: action.status, progress: action.progress, deadline: deadline,
                rag: RAGRule.assess(action, deadline: deadline, start: start, asOf: state.asOf, thresholds: thresholds),
                forecast: ForecastRule.forecast(action, deadline: deadline, start: start, updates: updates, asOf: state.asOf),
                dependsOn: action.dependsOn, dependants: dependants[action.id] ?? [], updateCount: updates.count,
                latestNote: ActionNote.latest(in: updates)
            )
            assessment.lastUpdated = updates.map(\.day).max()
            return assessment
        }
    }
}
