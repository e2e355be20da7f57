/// The programme as it stood on one day: the file's baseline with every update recorded up to
/// that day applied, in the order recorded.
///
/// Every analysis starts here, so asking about a past day with `--as-of` reproduces exactly
/// what the tool would have said then.
public struct ProgrammeState: Sendable {
    /// The programme with each action's status, progress, due date and completion as at `asOf`.
    public let programme: Programme
    /// The day the state is true at.
    public let asOf: CalendarDay
    /// The updates applied, by action id, oldest first.
    public let updates: [String: [ProgressUpdate]]

    /// Applies the updates recorded on or before `asOf` to the programme's baseline.
    ///
    /// Updates for actions the programme no longer has are ignored here (the history store
    /// reports them as orphaned).
    public init(programme: Programme, asOf: CalendarDay, updates: [ProgressUpdate] = []) {
        var byAction: [String: [ProgressUpdate]] = [:]
        for update in updates where update.day <= asOf {
            byAction[update.actionID, default: []].append(update)
        }
        var current = programme
        // With nothing to apply (no history), no action's id is looked up and the actions are not
        // copied (a loop that may write them makes its own copy of them before it starts).
        if !byAction.isEmpty {
            for index in current.actions.indices {
                guard let applied = byAction[current.actions[index].id] else { continue }
                for update in applied {
                    Self.apply(update, to: &current.actions[index])
                }
            }
        }
        self.programme = current
        self.asOf = asOf
        self.updates = byAction
    }

    private static func apply(_ update: ProgressUpdate, to action: inout Action) {
        if let status = update.status {
            if status == .complete, action.status != .complete {
                action.completed = action.completed ?? PlanDate(exactly: update.day)
                action.progress = 100
            }
            if status != .complete { action.completed = nil }
            action.status = status
        }
        if let progress = update.progress { action.progress = progress }
        if let due = update.due { action.due = due }
    }
}
