import ReformModel
import ReformStore

/// The recorded updates, for one action or all, or one person's, as `reform history`, `reform log`
/// and the audit page show them.
public struct ReadHistory: Sendable {
    /// Only this action's updates, if given.
    public var action: String?
    /// Only updates taking effect on or after this day, if given.
    public var since: CalendarDay?
    /// Only updates recorded by this person, if given.
    public var by: String?

    /// A query of the record.
    public init(action: String? = nil, since: CalendarDay? = nil, by: String? = nil) {
        self.action = action
        self.since = since
        self.by = by
    }

    /// The events, in the order recorded; none when there is no record yet.
    public func events(_ workspace: Workspace) async throws(AppError) -> [RecordedEvent] {
        try await workspace.read(ifNone: []) { store throws(StoreError) in try await store.events(action: action, since: since, by: by) }
    }

    /// The events with, for each, whether its action is missing from `programme` (kept, never deleted).
    public func events(_ workspace: Workspace, against programme: Programme) async throws(AppError) -> [HistoryEntry] {
        let known = Set(programme.actions.map(\.id))
        return try await events(workspace).map { HistoryEntry(event: $0, orphaned: !known.contains($0.action)) }
    }

    /// The latest recorded status, progress and due date of each action (of `action` alone, if given),
    /// straight from the record: the programme is not read.
    public func latestStates(_ workspace: Workspace) async throws(AppError) -> [LatestState] {
        let states = try await workspace.read(ifNone: []) { store throws(StoreError) in try await store.latestStates() }
        return states.filter { state in action.map { state.action == $0 } ?? true }
    }
}

/// One recorded event, and whether the plan still has its action.
public struct HistoryEntry: Sendable {
    /// The event.
    public let event: RecordedEvent
    /// Whether its action is no longer in the programme.
    public let orphaned: Bool
}
