import ReformModel
import ReformRecord
import ReformStore

/// The actions a person may update, the ones longest without an update first: what an action
/// owner opens to see what needs their attention ("My actions").
public struct MyActions: Sendable {
    /// An action with when it was last updated.
    public struct Item: Sendable {
        /// Its assessment today.
        public let assessment: ActionAssessment
        /// The day of its latest update, if any.
        public let lastUpdate: CalendarDay?
        /// Whether it has had no update for 30 days or more (or none at all).
        public let stale: Bool
    }

    /// Days without an update after which an action is listed first.
    public static let staleAfterDays = 30

    /// A listing.
    public init() {}

    /// The actions `user` may update in `snapshot`: stale ones first (longest first), then by id.
    public func run(_ snapshot: ProgrammeSnapshot, user: UserAccount) -> [Item] {
        let today = snapshot.analysis.asOf
        var latest: [String: CalendarDay] = [:]
        for update in snapshot.updates { latest[update.actionID] = max(latest[update.actionID] ?? update.day, update.day) }
        let items = snapshot.programme.actions.filter { Permissions.mayUpdate($0, user: user) && !$0.status.isClosed }.compactMap { action -> Item? in
            guard let assessment = snapshot.analysis.action(action.id) else { return nil }
            let last = latest[action.id]
            return Item(assessment: assessment, lastUpdate: last, stale: last.map { $0.days(to: today) >= Self.staleAfterDays } ?? true)
        }
        return items.sorted { a, b in
            if a.stale != b.stale { return a.stale }
            if a.lastUpdate != b.lastUpdate { return (a.lastUpdate ?? CalendarDay(dayNumber: .min / 2)) < (b.lastUpdate ?? CalendarDay(dayNumber: .min / 2)) }
            return a.assessment.id < b.assessment.id
        }
    }
}
