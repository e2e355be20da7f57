import ReformModel

/// The checks that need the whole file: references resolve, dependencies have no cycle, and
/// dates are in an order that can be met.
struct ProgrammeValidator: Sendable {
    let programme: Programme
    let sites: DecodingSites

    /// Every problem found, unsorted.
    func validate() -> [Diagnostic] {
        let index = ProgrammeIndex(programme)
        // The two halves are independent: on a large file, checking them on two cores at once saves a fifth of the load.
        let (referencesAndCycles, datesAndMoney) = Parallel.both({ [self] in
            checkReferences() + checkCycles(index.actionPositions)
        }, {
            checkDeadlines(index) + checkAttributions()
        })
        return referencesAndCycles + datesAndMoney
    }

    private func checkReferences() -> [Diagnostic] {
        sites.references.compactMap { reference in
            let ids = sites.definitions[reference.kind]
            if ids[reference.id] != nil { return nil }
            return Diagnostic(.error, at: reference.position, unknownReferenceMessage(reference, ids: Array(ids.keys)))
        }
    }

    private func unknownReferenceMessage(_ reference: DecodingSites.Reference, ids: [String]) -> String {
        let kind = reference.kind
        var message = "unknown \(kind.noun) '\(reference.id)'"
        let ordered = orderedIDs(kind, among: ids)
        if ordered.isEmpty {
            return message + " (the file defines no \(kind.plural))"
        }
        if let close = Suggestion.closest(to: reference.id, among: ordered) {
            message += " (did you mean '\(close)'?"
        } else {
            message += " ("
        }
        if ordered.count <= 12 {
            message += (message.hasSuffix("(") ? "" : " ") + "\(kind.plural) are \(ordered.joined(separator: ", ")))"
        } else {
            message += (message.hasSuffix("(") ? "" : " ") + "\(ordered.count) \(kind.plural) are defined)"
        }
        return message
    }

    /// Ids in file order, so messages list them as the author wrote them.
    private func orderedIDs(_ kind: ItemKind, among ids: [String]) -> [String] {
        let positions = sites.definitions[kind]
        return ids.sorted { (positions[$0] ?? .startOfFile) < (positions[$1] ?? .startOfFile) }
    }

    /// Each dependency cycle once, at the `depends_on` entry that closes it.
    private func checkCycles(_ actionIndex: [String: Int]) -> [Diagnostic] {
        // Edges by the index of the action they leave from; an edge to an unknown action is reported elsewhere.
        var edges = [[DecodingSites.Dependency]](repeating: [], count: programme.actions.count)
        for edge in sites.dependencies {
            if let from = actionIndex[edge.from] { edges[from].append(edge) }
        }
        var state = [UInt8](repeating: 0, count: programme.actions.count) // 1 = on the current path, 2 = done
        // Only the first action of a repeated id is walked (the repeat is reported elsewhere).
        var isFirst = [Bool](repeating: false, count: programme.actions.count)
        for position in actionIndex.values { isFirst[position] = true }
        var diagnostics: [Diagnostic] = []
        var path: [String] = []

        func visit(_ node: Int) {
            state[node] = 1
            path.append(programme.actions[node].id)
            for edge in edges[node] {
                guard let target = actionIndex[edge.to] else { continue }
                switch state[target] {
                case 1:
                    let cycle = path[path.lastIndex(of: edge.to)!...] + [edge.to]
                    diagnostics.append(Diagnostic(.error, at: edge.position,
                        "dependency cycle: \(cycle.joined(separator: " -> ")) (an action cannot wait, directly or indirectly, for itself)"))
                case 0:
                    visit(target)
                default:
                    break
                }
            }
            path.removeLast()
            state[node] = 2
        }
        for node in programme.actions.indices where state[node] == 0 && isFirst[node] {
            visit(node)
        }
        return diagnostics
    }

    /// Warnings: an action due after its policy's statutory deadline or its milestone; a dependency due after its dependant.
    private func checkDeadlines(_ index: ProgrammeIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let actionIndex = index.actionPositions
        for (action, duePosition) in zip(programme.actions, sites.actionDue) where !action.status.isClosed {
            guard let due = action.due, let position = duePosition else { continue }
            if let id = action.policy, let policy = index.policy(id), policy.statutory, let deadline = policy.deadline, due.day > deadline.day {
                diagnostics.append(Diagnostic(.warning, at: position,
                    "action '\(action.id)' is due \(due.shown), after the statutory deadline of '\(policy.id)' (\(deadline.shown))"))
            }
            if let id = action.milestone, let milestone = index.milestone(id), let deadline = milestone.due, due.day > deadline.day {
                diagnostics.append(Diagnostic(.warning, at: position,
                    "action '\(action.id)' is due \(due.shown), after its milestone '\(milestone.id)' (\(deadline.shown))"))
            }
        }
        for edge in sites.dependencies {
            guard let dependant = actionIndex[edge.from], let dependency = actionIndex[edge.to],
                  !programme.actions[dependency].status.isClosed,
                  let dependantDue = programme.actions[dependant].due, let dependencyDue = programme.actions[dependency].due,
                  dependencyDue.day > dependantDue.day else { continue }
            diagnostics.append(Diagnostic(.warning, at: edge.position,
                "'\(edge.to)' is due \(dependencyDue.shown), after '\(edge.from)' which depends on it is due \(dependantDue.shown)"))
        }
        return diagnostics
    }

    /// Explicit attributions must name a year the funding line has, and not attribute more than it holds.
    private func checkAttributions() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let funding = Dictionary(programme.funding.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var attributed: [String: [FinancialYear: Money]] = [:]
        for burden in programme.burdens {
            for attribution in burden.fundedBy {
                guard let line = funding[attribution.funding] else { continue }
                let position = sites.definitions[.burden][burden.id] ?? .startOfFile
                if line.scope == .national {
                    diagnostics.append(Diagnostic(.error, at: position,
                        "burden '\(burden.id)' is funded by '\(line.id)', which is national funding (scope: national) and never counts as the council's money"))
                    continue
                }
                for entry in attribution.amounts {
                    guard let money = entry.amount.money else { continue }
                    attributed[line.id, default: [:]][entry.year, default: .zero] += money
                    let available = line.amounts.first { $0.year == entry.year }?.amount
                    if available == nil {
                        diagnostics.append(Diagnostic(.error, at: position,
                            "burden '\(burden.id)' attributes \(money.formatted()) of '\(line.id)' in \(entry.year.label), but '\(line.id)' has no amount for \(entry.year.label)"))
                    }
                }
            }
        }
        for line in programme.funding {
            for entry in line.amounts {
                guard let available = entry.amount.money, let total = attributed[line.id]?[entry.year], total > available else { continue }
                let position = sites.definitions[.funding][line.id] ?? .startOfFile
                diagnostics.append(Diagnostic(.error, at: position,
                    "burdens attribute \(total.formatted()) of '\(line.id)' in \(entry.year.label), more than its \(available.formatted())"))
            }
        }
        return diagnostics
    }
}
