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

    /// Applies what an update sets, as the analysis applies it to the plan: a status of complete makes progress 100.
    mutating func apply(status newStatus: Action.Status?, progress newProgress: Int?, due newDue: String?) {
        if let newStatus {
            status = newStatus
            if newStatus == .complete { progress = 100 }
        }
        if let newProgress { progress = newProgress }
        if let newDue { due = newDue }
    }
}
