import Foundation
import ReformModel

/// An action's recorded values at some point: what an update's "old" values are.
public struct ActionValues: Sendable, Hashable {
    var status: Action.Status
    var progress: Int?
    var due: String?

    init(_ action: Action) {
        status = action.status
        progress = action.progress
        due = action.due?.wording
    }
}
