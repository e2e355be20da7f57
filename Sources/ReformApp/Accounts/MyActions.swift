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
        /// The open round asking for an update on it, and how it stands there; `nil` when none asks.
        public var round: RoundAsk? = nil
    }

    /// What an open round asks of an action: an update by a day.
    public struct RoundAsk: Sendable {
        public let number: Int64
        public let name: String
        public let due: CalendarDay
        public let state: RoundProgress.State
        public let overdue: Bool
        /// Why a lead returned its update, when one did.
        public let returnedBecause: String?
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
    /// whose action has gone longest without an update first, and in each group those overdue in
    /// an open round first, then those a round still asks about, then stale ones (longest first),
    /// then by id. Actions with no owner come last.
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> [Group] {
        let opened = try await source.analysis(asOf: moment.today, record: record)
        let states = try await record.read(ifNone: []) { store throws(StoreError) in try await store.latestStates() }
        let latest = Dictionary(states.compactMap { state in CalendarDay(iso: Substring(state.lastDay)).map { (state.action, $0) } },
                                uniquingKeysWith: max)
        let today = opened.analysis.asOf
        let rounds = try await RoundRecord.read(record, openOnly: true)
        var asked: [String: RoundAsk] = [:]
        for round in rounds.rounds where round.isOpen {
            for item in rounds.progress(of: round, programme: opened.programme, today: moment.today).items where asked[item.action] == nil {
                asked[item.action] = RoundAsk(number: round.id ?? 0, name: round.name, due: CalendarDay(iso: Substring(round.due)) ?? today, state: item.state,
                                              overdue: item.overdue, returnedBecause: item.decision?.verdict == .returned ? item.decision?.reason : nil)
            }
        }
        let items = opened.programme.actions.filter { person.may(.recordUpdates($0)) }.compactMap { action -> Item? in
            guard let assessment = opened.analysis.action(action.id), !assessment.status.isClosed else { return nil }
            let last = latest[action.id]
            return Item(assessment: assessment, lastUpdate: last, stale: last.map { $0.days(to: today) >= Self.staleAfterDays } ?? true,
                        round: asked[action.id])
        }
        let stalestFirst = items.sorted { a, b in
            let (aOverdue, bOverdue) = (a.round?.overdue == true, b.round?.overdue == true)
            if aOverdue != bOverdue { return aOverdue }
            let (aOwed, bOwed) = (a.round?.state.needsUpdate == true, b.round?.state.needsUpdate == true)
            if aOwed != bOwed { return aOwed }
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
