import ReformModel
import ReformRecord
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

    /// The events as `reform history` lists them: in the order they take effect (by day, then as
    /// recorded), each marked when its action is no longer in the plan or when it was voided.
    ///
    /// - Throws: `AppError` (a usage error) when `action` is neither in the plan nor in the record.
    public func history(programme source: any ProgrammeSource, record: Record) async throws(AppError) -> [HistoryEntry] {
        let programme = try await source.plan().programme
        let known = Set(programme.actions.map(\.id))
        let entries = try await log(record: record, against: known)
        if let action, !known.contains(action), entries.isEmpty {
            let hint = Suggestion.closest(to: action, among: programme.actions.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw AppError("no action '\(action)' in \(source.name) and no updates recorded for it\(hint); "
                + "for another programme's history, name its file: reform history \(action) --file PATH", status: .usage, kind: .notFound, field: .action)
        }
        return entries.sorted { ($0.event.day, $0.event.id ?? 0) < ($1.event.day, $1.event.id ?? 0) }
    }

    /// The events as `reform log` and the audit page list them: in the order recorded, voids and
    /// voided events marked, and, given the plan's action ids, those no longer in it.
    public func log(record: Record, against known: Set<String>? = nil) async throws(AppError) -> [HistoryEntry] {
        let (events, voids, signOffs) = try await record.read(ifNone: ([], [:], (requests: [], decisions: []))) { store throws(StoreError) in
            (try await store.events(action: action, since: since, by: by), try await store.voids(), try await store.signOffs())
        }
        let awaiting = Set(signOffs.requests.map(\.event))
        let decided = Dictionary(signOffs.decisions.map { ($0.event, $0) }, uniquingKeysWith: { first, _ in first })
        return events.map { event in
            let signOff: HistoryEntry.SignOff? = event.id.flatMap { id in
                guard awaiting.contains(id) else { return nil }
                return decided[id].map { $0.verdict == .approved ? .approved($0) : .returned($0) } ?? .awaiting
            }
            return HistoryEntry(event: event, orphaned: known.map { !$0.contains(event.action) }, voidedBy: event.id.flatMap { voids[$0] }, signOff: signOff)
        }
    }

    /// The latest recorded status, progress and due date of each action (of `action` alone, if given),
    /// straight from the record: the programme is not read.
    public func latestStates(record: Record) async throws(AppError) -> [LatestState] {
        let states = try await record.read(ifNone: []) { store throws(StoreError) in try await store.latestStates() }
        return states.filter { state in action.map { state.action == $0 } ?? true }
    }
}

/// One recorded event, whether the plan still has its action, and the void that cancels it, if any.
public struct HistoryEntry: Sendable {
    /// The event.
    public let event: RecordedEvent
    /// Whether its action is no longer in the programme; `nil` where the programme was not read.
    public let orphaned: Bool?
    /// The event that voids this one, if it was voided.
    public let voidedBy: RecordedEvent?
    /// Where it stands with a lead's sign-off, when it was recorded in a round with sign-off.
    public var signOff: SignOff? = nil

    /// An update's sign-off.
    public enum SignOff: Sendable {
        case awaiting
        case approved(SignOffDecision)
        case returned(SignOffDecision)

        /// "awaiting sign-off", "approved by lead on …", "returned by lead: why".
        public var mark: String {
            switch self {
            case .awaiting: return "awaiting sign-off: not reported until a lead approves it"
            case .approved(let decision): return "approved by \(decision.decidedBy) on \(decision.decidedAt.prefix(10))"
            case .returned(let decision): return "returned by \(decision.decidedBy) on \(decision.decidedAt.prefix(10))" + (decision.reason.map { ": \($0)" } ?? "")
            }
        }
    }

    /// "#12 voided by #14 on 2024-09-20: typed against the wrong action", or `nil` for a live event.
    public var voidedMark: String? {
        voidedBy.map { "voided by #\($0.id ?? 0) on \($0.day)" + ($0.reason.map { ": \($0)" } ?? "") }
    }
}
