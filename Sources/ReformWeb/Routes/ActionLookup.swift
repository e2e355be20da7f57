import ReformApp
import ReformModel

/// Finding an action named in a URL, or the 404 with the nearest id.
enum ActionLookup {
    /// The action's assessment and its entry in the plan.
    static func find(_ id: String, in snapshot: ProgrammeSnapshot) throws(WebFailure) -> (ActionAssessment, Action) {
        guard let assessment = snapshot.analysis.action(id), let action = snapshot.programme.actions.first(where: { $0.id == id }) else {
            throw notFound(id, among: snapshot.programme)
        }
        return (assessment, action)
    }

    /// The action's entry in the plan.
    static func find(_ id: String, in programme: Programme) throws(WebFailure) -> Action {
        guard let action = programme.actions.first(where: { $0.id == id }) else { throw notFound(id, among: programme) }
        return action
    }

    private static func notFound(_ id: String, among programme: Programme) -> WebFailure {
        .notFound(what: "action '\(id)'", suggestion: Suggestion.closest(to: id, among: programme.actions.map(\.id)).map { ($0, "/actions/\($0)") })
    }
}
