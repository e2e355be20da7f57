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

    /// The actions of one owner, stalest first.
    public struct Group: Sendable {
        /// The owner as the plan names them ("" for actions with no owner).
        public let owner: String
        public let items: [Item]
    }

    /// Days without an update after which an action is listed first.
    public static let staleAfterDays = 30

    /// A listing.
    public init() {}

    /// The open actions `person` may update, as at `moment`'s day, grouped by owner: the owner
    /// whose action has gone longest without an update first, and in each group stale ones
    /// first (longest first), then by id. Actions with no owner come last.
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> [Group] {
        let opened = try await source.analysis(asOf: moment.today, record: record)
        let states = try await record.read(ifNone: []) { store throws(StoreError) in try await store.latestStates() }
        let latest = Dictionary(states.compactMap { state in CalendarDay(iso: Substring(state.lastDay)).map { (state.action, $0) } },
                                uniquingKeysWith: max)
        let today = opened.analysis.asOf
        let items = opened.programme.actions.filter { person.may(.recordUpdates($0)) }.compactMap { action -> Item? in
            guard let assessment = opened.analysis.action(action.id), !assessment.status.isClosed else { return nil }
            let last = latest[action.id]
            return Item(assessment: assessment, lastUpdate: last, stale: last.map { $0.days(to: today) >= Self.staleAfterDays } ?? true)
        }
        let stalestFirst = items.sorted { a, b in
            if a.stale != b.stale { return a.stale }
            if a.lastUpdate != b.lastUpdate { return (a.lastUpdate ?? CalendarDay(dayNumber: .min / 2)) < (b.lastUpdate ?? CalendarDay(dayNumber: .min / 2)) }
            return a.assessment.id < b.assessment.id
        }
        // Groups in the order of their stalest action, which the sort above puts first in each.
        var order: [String] = [], byOwner: [String: [Item]] = [:]
        for item in stalestFirst {
            let owner = item.assessment.owner?.trimmingSpaces() ?? ""
            if byOwner[owner] == nil { order.append(owner) }
            byOwner[owner, default: []].append(item)
        }
        return (order.filter { !$0.isEmpty } + order.filter(\.isEmpty)).map { Group(owner: $0, items: byOwner[$0]!) }
    }
}
