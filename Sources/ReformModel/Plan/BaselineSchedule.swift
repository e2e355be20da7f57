/// Each action whose date differs from the baseline's, with who last moved it, when and why:
/// the committee's first question about a late action ("what was the original date, who moved
/// it, and why?"), answered from the plan's revisions.
public struct BaselineSchedule: Hashable, Sendable, Codable {
    /// A revision published after the baseline, as far as moving actions goes.
    public struct Revision: Hashable, Sendable, Codable {
        public var number: Int64
        /// Who published it and when (UTC, ISO 8601).
        public var by: String
        public var at: String
        public var reason: String
        public var changes: [PlanChange]

        private enum CodingKeys: String, CodingKey { case number, by, at, reason, changes }

        public init(number: Int64, by: String, at: String, reason: String, changes: [PlanChange]) {
            self.number = number
            self.by = by
            self.at = at
            self.reason = reason
            self.changes = changes
        }
    }

    /// One action moved from its baseline date.
    public struct Moved: Hashable, Sendable, Codable {
        public var action: String
        public var title: String
        /// The date it is rated against in the baseline, and now (its own, else its milestone's or policy's).
        public var baselineDue: PlanDate?
        public var currentDue: PlanDate?
        /// The revision that last rescheduled it, when one after the baseline did (else the date moved with its milestone).
        public var lastMove: Revision?

        private enum CodingKeys: String, CodingKey {
            case action, title, baselineDue = "baseline_due", currentDue = "current_due", lastMove = "last_move"
        }

        /// "rescheduled from December 2025 (baseline 'approved by committee') on 3 March 2026 by lead: reason".
        public func described(baseline: String) -> String {
            var words = "rescheduled from \(baselineDue?.shown ?? "no date") (baseline '\(baseline)')"
            if currentDue == nil { words = "no longer dated; it was \(baselineDue?.shown ?? "no date") in the baseline '\(baseline)'" }
            guard let move = lastMove else { return words + " to \(currentDue?.shown ?? "no date")" }
            let day = CalendarDay(iso: Substring(move.at.prefix(10)))?.longForm ?? move.at
            return words + " to \(currentDue?.shown ?? "no date") on \(day) by \(move.by): \(move.reason)"
        }
    }

    /// The baseline's name and revision.
    public var name: String
    public var revision: Int64
    /// The actions moved, in the order of the current plan.
    public var moved: [Moved]

    private enum CodingKeys: String, CodingKey { case name, revision, moved }

    /// Compares `current` with `baseline` (revision `number`, named `name`), finding each move
    /// in `since`, the revisions after the baseline, oldest first.
    public init(baseline: Programme, number: Int64, name: String, current: Programme, since: [Revision]) {
        self.name = name
        self.revision = number
        let baselineIndex = ProgrammeIndex(baseline), currentIndex = ProgrammeIndex(current)
        var lastMove: [String: Revision] = [:]
        for revision in since {
            for change in revision.changes where change.kind == .rescheduled { lastMove[change.subject] = revision }
        }
        moved = current.actions.compactMap { action in
            guard let then = baselineIndex.action(action.id) else { return nil }
            let before = EffectiveDeadline.of(then, in: baselineIndex)?.date, now = EffectiveDeadline.of(action, in: currentIndex)?.date
            guard before != now else { return nil }
            return Moved(action: action.id, title: action.title, baselineDue: before, currentDue: now, lastMove: lastMove[action.id])
        }
    }

    /// The move of `action`, if it has moved from the baseline.
    public func move(of action: String) -> Moved? {
        moved.first { $0.action == action }
    }
}
