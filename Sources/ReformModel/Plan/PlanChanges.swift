/// What changed between two versions of a plan, in words by id, as a plan's revision log and
/// the committee's "what changed" say it: "A-X added", "A-Y rescheduled from December 2025 to
/// March 2027", "A-Z reassigned from Head of Service to Deputy Director", "A-W cancelled",
/// "milestone M-Q moved from …", "burden B-V costed (2025/26: unknown to £120,000)".
///
/// Items are matched by id; each change is one sentence, in the order of the new plan (removed
/// items after, in the order of the old).
public enum PlanChanges {
    /// The changes from `old` to `new`.
    public static func between(_ old: Programme, _ new: Programme) -> [String] {
        actions(old.actions, new.actions) + milestones(old.milestones, new.milestones) + burdens(old.burdens, new.burdens)
    }

    static func actions(_ old: [Action], _ new: [Action]) -> [String] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(new.map(\.id))
        var changes: [String] = []
        for action in new {
            guard let was = before[action.id] else {
                changes.append("\(action.id) added: \(action.title)")
                continue
            }
            if action.status == .cancelled, was.status != .cancelled { changes.append("\(action.id) cancelled") }
            if was.status == .cancelled, action.status != .cancelled { changes.append("\(action.id) reinstated (\(action.status.rawValue))") }
            if action.due != was.due { changes.append("\(action.id) rescheduled from \(shown(was.due)) to \(shown(action.due))") }
            if action.start != was.start { changes.append("\(action.id) start moved from \(shown(was.start)) to \(shown(action.start))") }
            if action.owner != was.owner {
                changes.append("\(action.id) reassigned from \(was.owner ?? "no owner") to \(action.owner ?? "no owner")")
            }
            if action.pillars != was.pillars || action.policy != was.policy || action.milestone != was.milestone {
                changes.append("\(action.id) re-parented: " + [
                    action.pillars != was.pillars ? "pillars \(list(was.pillars)) to \(list(action.pillars))" : nil,
                    action.policy != was.policy ? "policy \(was.policy ?? "none") to \(action.policy ?? "none")" : nil,
                    action.milestone != was.milestone ? "milestone \(was.milestone ?? "none") to \(action.milestone ?? "none")" : nil,
                ].compactMap { $0 }.joined(separator: ", "))
            }
            if action.title != was.title { changes.append("\(action.id) retitled: \(action.title)") }
        }
        changes += old.filter { !ids.contains($0.id) }.map { "\($0.id) removed from the plan" }
        return changes
    }

    static func milestones(_ old: [Milestone], _ new: [Milestone]) -> [String] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(new.map(\.id))
        var changes: [String] = []
        for milestone in new {
            guard let was = before[milestone.id] else {
                changes.append("milestone \(milestone.id) added: \(milestone.title)")
                continue
            }
            if milestone.due != was.due { changes.append("milestone \(milestone.id) moved from \(shown(was.due)) to \(shown(milestone.due))") }
        }
        changes += old.filter { !ids.contains($0.id) }.map { "milestone \($0.id) removed from the plan" }
        return changes
    }

    static func burdens(_ old: [Burden], _ new: [Burden]) -> [String] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [String] = []
        for burden in new {
            guard let was = before[burden.id] else {
                changes.append("burden \(burden.id) added: \(burden.title)")
                continue
            }
            guard burden.costs != was.costs else { continue }
            let years = Set(burden.costs.map(\.year) + was.costs.map(\.year)).sorted()
            let moved = years.compactMap { year -> String? in
                let then = cost(was.costs, year), now = cost(burden.costs, year)
                return then == now ? nil : "\(year.label): \(then) to \(now)"
            }
            changes.append("burden \(burden.id) costed (\(moved.joined(separator: "; ")))")
        }
        return changes
    }

    /// A year's cost of a burden in words: "£120,000 recurrent", "unknown", "none".
    private static func cost(_ costs: [BurdenCost], _ year: FinancialYear) -> String {
        let entries = costs.filter { $0.year == year }
        guard !entries.isEmpty else { return "none" }
        return entries.map { entry in
            (entry.amount.money?.formatted() ?? "unknown") + (entry.recurrent ? " recurrent" : " one-off")
        }.joined(separator: " and ")
    }

    private static func shown(_ date: PlanDate?) -> String { date?.shown ?? "no date" }

    private static func list(_ ids: [String]) -> String { ids.isEmpty ? "none" : ids.joined(separator: ", ") }
}
