/// What changed between two versions of a plan, in words by id, as a plan's revision log and
/// the committee's "what changed" say it: "A-X added", "A-Y rescheduled from December 2025 to
/// March 2027", "A-Z reassigned from Head of Service to Deputy Director", "A-W cancelled",
/// "milestone M-Q moved from …", "burden B-V costed (2025/26: unknown to £120,000)".
///
/// Items are matched by id; each change is one sentence, in the order of the new plan (removed
/// items after, in the order of the old).
public enum PlanChanges {
    /// The changes from `old` to `new`.
    public static func between(_ old: Programme, _ new: Programme) -> [PlanChange] {
        actions(old, new) + milestones(old.milestones, new.milestones) + burdens(old.burdens, new.burdens)
    }

    /// The changes from `old` to `new` to the action or burden `id`, when nothing else can have
    /// changed (a form edits one item; an action's edit moves no other action's date): what a
    /// form's revision says, without comparing every item of a large plan.
    public static func between(_ old: Programme, _ new: Programme, onlyItem id: String) -> [PlanChange] {
        var oldOne = old, newOne = new
        oldOne.actions = old.actions.filter { $0.id == id }
        newOne.actions = new.actions.filter { $0.id == id }
        oldOne.burdens = old.burdens.filter { $0.id == id }
        newOne.burdens = new.burdens.filter { $0.id == id }
        return actions(oldOne, newOne) + burdens(oldOne.burdens, newOne.burdens)
    }

    /// Actions added, removed, cancelled or reinstated, moved (by the date they are rated against:
    /// their own, else their milestone's or policy's), reassigned, re-parented and retitled.
    static func actions(_ oldPlan: Programme, _ newPlan: Programme) -> [PlanChange] {
        let old = oldPlan.actions, new = newPlan.actions
        let oldIndex = ProgrammeIndex(oldPlan), newIndex = ProgrammeIndex(newPlan)
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(new.map(\.id))
        var changes: [PlanChange] = []
        for action in new {
            let id = action.id
            guard let was = before[id] else {
                changes.append(PlanChange(.added, id, "\(id) added: \(action.title)"))
                continue
            }
            if action.status == .cancelled, was.status != .cancelled { changes.append(PlanChange(.cancelled, id, "\(id) cancelled")) }
            if was.status == .cancelled, action.status != .cancelled {
                changes.append(PlanChange(.reinstated, id, "\(id) reinstated (\(action.status.rawValue))"))
            }
            let dueThen = EffectiveDeadline.of(was, in: oldIndex), dueNow = EffectiveDeadline.of(action, in: newIndex)
            if dueThen?.date != dueNow?.date {
                changes.append(PlanChange(.rescheduled, id, "\(id) rescheduled from \(shown(dueThen?.date)) to \(shown(dueNow?.date))"))
            }
            if action.start != was.start {
                changes.append(PlanChange(.startMoved, id, "\(id) start moved from \(shown(was.start)) to \(shown(action.start))"))
            }
            if action.owner != was.owner {
                changes.append(PlanChange(.reassigned, id, "\(id) reassigned from \(was.owner ?? "no owner") to \(action.owner ?? "no owner")"))
            }
            if action.pillars != was.pillars || action.policies != was.policies || action.milestone != was.milestone {
                changes.append(PlanChange(.reparented, id, "\(id) re-parented: " + [
                    action.pillars != was.pillars ? "pillars \(list(was.pillars)) to \(list(action.pillars))" : nil,
                    action.policies != was.policies ? (action.policies.count > 1 || was.policies.count > 1
                        ? "policies \(was.policies.isEmpty ? "none" : was.policies.joined(separator: ", ")) to \(action.policies.isEmpty ? "none" : action.policies.joined(separator: ", "))"
                        : "policy \(was.policy ?? "none") to \(action.policy ?? "none")") : nil,
                    action.milestone != was.milestone ? "milestone \(was.milestone ?? "none") to \(action.milestone ?? "none")" : nil,
                ].compactMap { $0 }.joined(separator: ", ")))
            }
            if action.title != was.title { changes.append(PlanChange(.retitled, id, "\(id) retitled: \(action.title)")) }
        }
        changes += old.filter { !ids.contains($0.id) }.map { PlanChange(.removed, $0.id, "\($0.id) removed from the plan") }
        return changes
    }

    static func milestones(_ old: [Milestone], _ new: [Milestone]) -> [PlanChange] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(new.map(\.id))
        var changes: [PlanChange] = []
        for milestone in new {
            let id = milestone.id
            guard let was = before[id] else {
                changes.append(PlanChange(.milestoneAdded, id, "milestone \(id) added: \(milestone.title)"))
                continue
            }
            if milestone.due != was.due {
                changes.append(PlanChange(.milestoneMoved, id, "milestone \(id) moved from \(shown(was.due)) to \(shown(milestone.due))"))
            }
        }
        changes += old.filter { !ids.contains($0.id) }.map { PlanChange(.milestoneRemoved, $0.id, "milestone \($0.id) removed from the plan") }
        return changes
    }

    static func burdens(_ old: [Burden], _ new: [Burden]) -> [PlanChange] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [PlanChange] = []
        for burden in new {
            guard let was = before[burden.id] else {
                changes.append(PlanChange(.burdenAdded, burden.id, "burden \(burden.id) added: \(burden.title)"))
                continue
            }
            guard burden.costs != was.costs else { continue }
            let years = Set(burden.costs.map(\.year) + was.costs.map(\.year)).sorted()
            let moved = years.compactMap { year -> String? in
                let then = cost(was.costs, year), now = cost(burden.costs, year)
                return then == now ? nil : "\(year.label): \(then) to \(now)"
            }
            changes.append(PlanChange(.costed, burden.id, "burden \(burden.id) costed (\(moved.joined(separator: "; ")))"))
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
