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

    /// The open actions `person` may update, as at `moment`'s day: stale ones first (longest first), then by id.
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> [Item] {
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
        return items.sorted { a, b in
            if a.stale != b.stale { return a.stale }
            if a.lastUpdate != b.lastUpdate { return (a.lastUpdate ?? CalendarDay(dayNumber: .min / 2)) < (b.lastUpdate ?? CalendarDay(dayNumber: .min / 2)) }
            return a.assessment.id < b.assessment.id
        }
    }
}
