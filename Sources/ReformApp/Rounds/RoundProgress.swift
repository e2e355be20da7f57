import ReformModel
import ReformRecord

/// Where a round stands: for each action it asks about, whether its owner has updated it (when,
/// by whom), on time or late, whether the update awaits sign-off or was returned, and whether it
/// is overdue. Worked out from values alone, so what a page, a command and a report say agree.
public struct RoundProgress: Sendable {
    /// How one action stands in the round.
    public enum State: String, Sendable, Equatable, Codable, CaseIterable {
        /// No update recorded since the round opened.
        case notUpdated = "not_updated"
        /// Updated, and nothing to sign off (a round without sign-off, or a lead's own update).
        case updated
        /// Updated by a contributor; a lead has still to approve or return it.
        case awaitingSignOff = "awaiting_sign_off"
        /// The latest update was returned by a lead, and no newer one was recorded.
        case returned
        /// The latest update was approved.
        case approved

        /// In words, as pages and commands show it.
        public var wording: String {
            switch self {
            case .notUpdated: return "not updated"
            case .updated: return "updated"
            case .awaitingSignOff: return "awaiting sign-off"
            case .returned: return "returned"
            case .approved: return "approved"
            }
        }

        /// Whether the owner still owes an update.
        public var needsUpdate: Bool { self == .notUpdated || self == .returned }
    }

    /// One action of the round.
    public struct Item: Sendable {
        public let action: String
        public let title: String
        /// Its owner as the plan names them ("" for none).
        public let owner: String
        public let state: State
        /// The latest update recorded in the round, if any.
        public let latest: RecordedEvent?
        /// The decision on the latest update, if one was made.
        public let decision: SignOffDecision?
        /// Whether the first update in the round was recorded by the due day; `nil` when there was none.
        public let onTime: Bool?
        /// Whether the due day has passed with an update still owed, in an open round.
        public let overdue: Bool
    }

    /// The counts of one owner's actions, or of all.
    public struct Tally: Sendable, Equatable, Codable {
        public var owner: String
        public var actions = 0, onTime = 0, late = 0, notUpdated = 0, awaitingSignOff = 0, returned = 0, overdue = 0
    }

    public let round: UpdateRound
    public let items: [Item]

    /// The progress of `round` as of `today`, from the events recorded since it opened (until it
    /// closed) and the sign-offs of its updates. Actions no longer in `programme` keep their id as title.
    public init(round: UpdateRound, programme: Programme, events: [RecordedEvent], decisions: [SignOffDecision], requests: [SignOffRequest],
                today: CalendarDay) {
        self.round = round
        let closedAt = round.closing?.closedAt
        let voided = Set(events.compactMap(\.voids))
        let asked = Set(round.actions)
        var inRound: [String: [RecordedEvent]] = [:]
        for event in events where !event.isVoid && !voided.contains(event.id ?? -1) && asked.contains(event.action)
            && event.recordedAt >= round.openedAt && (closedAt.map { event.recordedAt <= $0 } ?? true) {
            inRound[event.action, default: []].append(event)
        }
        let awaiting = Set(requests.map(\.event))
        let decided = Dictionary(decisions.map { ($0.event, $0) }, uniquingKeysWith: { first, _ in first })
        let due = CalendarDay(iso: Substring(round.due)) ?? today
        let actions = Dictionary(programme.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        items = round.actions.map { id in
            let action = actions[id]
            let updates = inRound[id] ?? []
            let latest = updates.last
            let decision = latest.flatMap { $0.id.flatMap { decided[$0] } }
            let state: State
            switch (latest, decision?.verdict) {
            case (nil, _): state = .notUpdated
            case (let event?, nil): state = awaiting.contains(event.id ?? -1) ? .awaitingSignOff : .updated
            case (_, .approved?): state = .approved
            case (_, .returned?): state = .returned
            }
            let onTime = updates.first.map { (Timestamp.day(of: $0.recordedAt) ?? today) <= due }
            return Item(action: id, title: action?.title ?? id, owner: action?.owner?.trimmingSpaces() ?? "", state: state, latest: latest,
                        decision: decision, onTime: onTime, overdue: round.isOpen && state.needsUpdate && today > due)
        }
    }

    /// The counts for every action, and for each owner (in the order of the plan's first action of theirs).
    public var total: Tally { Self.tally(items, owner: "") }
    public var byOwner: [Tally] {
        var order: [String] = [], groups: [String: [Item]] = [:]
        for item in items {
            if groups[item.owner] == nil { order.append(item.owner) }
            groups[item.owner, default: []].append(item)
        }
        return order.map { Self.tally(groups[$0]!, owner: $0) }
    }

    private static func tally(_ items: [Item], owner: String) -> Tally {
        var tally = Tally(owner: owner)
        for item in items {
            tally.actions += 1
            switch item.state {
            case .notUpdated: tally.notUpdated += 1
            case .awaitingSignOff: tally.awaitingSignOff += 1
            case .returned: tally.returned += 1
            case .updated, .approved: if item.onTime == true { tally.onTime += 1 } else { tally.late += 1 }
            }
            if item.overdue { tally.overdue += 1 }
        }
        return tally
    }
}

extension RoundProgress {
    /// The round as a report's request carries it.
    public var report: RoundReport {
        func reported(_ tally: Tally, _ items: [Item]) -> RoundReport.Tally {
            RoundReport.Tally(owner: tally.owner, actions: tally.actions, onTime: tally.onTime, late: tally.late, notUpdated: tally.notUpdated,
                              awaitingSignOff: tally.awaitingSignOff, returned: tally.returned, owed: items.filter(\.state.needsUpdate).map(\.action))
        }
        let opened = Timestamp.day(of: round.openedAt) ?? CalendarDay(dayNumber: 0)
        return RoundReport(number: round.id ?? 0, name: round.name, due: CalendarDay(iso: Substring(round.due)) ?? opened, opened: opened,
                           closed: round.closing.flatMap { Timestamp.day(of: $0.closedAt) }, signOff: round.signOff,
                           total: reported(total, items), owners: byOwner.map { tally in reported(tally, items.filter { $0.owner == tally.owner }) })
    }
}
