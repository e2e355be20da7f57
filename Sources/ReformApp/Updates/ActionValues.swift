import ReformModel

/// An action's values at some point: what an update's "old" values are.
public struct ActionValues: Sendable, Hashable {
    var status: Action.Status
    var progress: Int?
    var due: String?

    /// The values the plan gives an action.
    init(_ action: Action) {
        status = action.status
        progress = action.progress
        due = action.due?.wording
    }
}
