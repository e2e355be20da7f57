import ReformModel

/// The checks that need the whole file: references resolve, dependencies have no cycle, and
/// dates are in an order that can be met.
struct ProgrammeValidator: Sendable {
    let programme: Programme
    let sites: DecodingSites

    /// Every problem found, unsorted, with at most `maxErrors` errors: past that the checks stop,
    /// saying so, as the decoder does, so that a file of a million bad references is refused at once.
    func validate(maxErrors: Int = LoaderLimits.standard.maxErrors,
                  maxFeedingActions: Int = LoaderLimits.standard.maxFeedingActions) -> [Diagnostic] {
        // The actions' positions were found while decoding them (the one place actions are made).
        assert(sites.actionDue.count == programme.actions.count, "the sites are not those of this programme's actions")
        let index = ProgrammeIndex(programme, actionPositions: sites.actionPositions)
        // The checks fall into independent halves of about equal time, run on two cores at once: the
        // deadlines, which take longest, on one; the references, dependencies, money and supersession on the other.
        // The limits are one past the error limit, so that the limit below sees that there were more.
        let (referencesDependenciesAndMoney, deadlines) = Parallel.both({ [self] in
            var references = ReferenceCheck(sites: sites)
            let unknown = references.unknownReferences(limit: maxErrors + 1)
            let edges = resolvedDependencies(index.actionPositions)
            return unknown + checkCycles(edges, firstPositions: index.actionPositions.values, limit: maxErrors + 1) + checkDependencyOrder(edges)
                + checkAttributions() + checkYearSpan() + checkSupersession()
        }, {
            var feeding = FeedingActions(index)
            return checkDeadlines(index, feeding) + checkFeedingActions(&feeding, limit: maxFeedingActions)
        })
        let all = referencesDependenciesAndMoney + deadlines
        let errors = all.errors
        guard errors.count > maxErrors else { return all }
        let kept = Array(errors.sortedByPosition().prefix(maxErrors))
        let last = kept.last?.position ?? .startOfFile
        return all.filter { $0.severity != Diagnostic.Severity.error } + kept
            + [Diagnostic(.error, at: last, "too many errors (\(maxErrors)); stopped checking here: fix these and run again")]
    }

    /// Each cycle of `supersedes` once, at the entry that closes it: a policy cannot replace, through
    /// others, the policy that replaces it. Policies are few, so a plain walk from each will do.
    private func checkSupersession() -> [Diagnostic] {
        var edges: [String: [DecodingSites.Dependency]] = [:]
        for edge in sites.supersedes where edge.from != edge.to { edges[edge.from, default: []].append(edge) }
        var reported = Set<String>(), diagnostics: [Diagnostic] = []
        for start in programme.policies.map(\.id) where !reported.contains(start) {
            // Depth first from `start`, looking for an edge back to it.
            var stack: [(id: String, path: [String])] = [(start, [start])], seen = Set<String>()
            while let (id, path) = stack.popLast() {
                for edge in edges[id] ?? [] {
                    if edge.to == start {
                        diagnostics.append(Diagnostic(.error, at: edge.position, "supersession cycle: \((path + [start]).joined(separator: " supersedes ")) "
                                                      + "(a policy cannot be superseded, directly or through others, by one it supersedes)"))
                        reported.formUnion(path)
                    } else if seen.insert(edge.to).inserted {
                        stack.append((edge.to, path + [edge.to]))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Each dependency cycle once, at the `depends_on` entry that closes it, stopping after `limit` cycles.
    ///
    /// The walk keeps its own stack rather than recursing, so a chain of 200,000 dependencies
    /// cannot overflow a thread's stack.
    private func checkCycles(_ dependencies: [ResolvedDependency], firstPositions: some Sequence<Int>, limit: Int) -> [Diagnostic] {
        // Edges by the position of the action they leave from.
        var edges = [[ResolvedDependency]](repeating: [], count: programme.actions.count)
        for edge in dependencies {
            edges[edge.from].append(edge)
        }
        var state = [UInt8](repeating: 0, count: programme.actions.count) // 1 = on the current path, 2 = done
        // Where each action on the current path stands in `path`, so a cycle is found without searching.
        var depthOnPath = [Int](repeating: -1, count: programme.actions.count)
        // Only the first action of a repeated id is walked (the repeat is reported elsewhere).
        var isFirst = [Bool](repeating: false, count: programme.actions.count)
        for position in firstPositions { isFirst[position] = true }
        var diagnostics: [Diagnostic] = []
        var path: [(node: Int, nextEdge: Int)] = []

        for root in programme.actions.indices where state[root] == 0 && isFirst[root] {
            state[root] = 1
            depthOnPath[root] = 0
            path.append((root, 0))
            while let (node, nextEdge) = path.last {
                guard nextEdge < edges[node].count else {
                    path.removeLast()
                    state[node] = 2
                    depthOnPath[node] = -1
                    continue
                }
                path[path.count - 1].nextEdge += 1
                let edge = edges[node][nextEdge]
                let target = edge.to
                switch state[target] {
                case 1:
                    let onCycle = path[depthOnPath[target]...].lazy.map { programme.actions[$0.node].id }
                    diagnostics.append(Diagnostic(.error, at: edge.site.position,
                        "dependency cycle: \(Self.shown(onCycle, closedBy: edge.site.to)) (an action cannot wait, directly or indirectly, for itself)"))
                    if diagnostics.count >= limit { return diagnostics }
                case 0:
                    state[target] = 1
                    depthOnPath[target] = path.count
                    path.append((target, 0))
                default:
                    break
                }
            }
        }
        return diagnostics
    }

    /// A cycle as `A -> B -> A`, with the middle of a long one left out so that a message stays readable.
    private static func shown(_ onCycle: some Collection<String>, closedBy last: String) -> String {
        let count = onCycle.count + 1
        guard count > 12 else { return (Array(onCycle) + [last]).joined(separator: " -> ") }
        return (Array(onCycle.prefix(5)) + ["... \(count - 10) more ..."] + Array(onCycle.suffix(4)) + [last]).joined(separator: " -> ")
    }

    /// An error when the deadlines' lists of feeding actions would be too long to analyse: see `LoaderLimits.maxFeedingActions`.
    private func checkFeedingActions(_ feeding: inout FeedingActions, limit: Int) -> [Diagnostic] {
        let (count, passedAt) = DeadlineAnalysis.feedingActionCount(programme, feeding: &feeding, limit: limit)
        guard let id = passedAt else { return [] }
        let position = sites.definitions[.milestone][id] ?? sites.definitions[.policy][id] ?? .startOfFile
        return [Diagnostic(.error, at: position, "the deadlines up to this one already list \(count) feeding actions, more than the limit of "
            + "\(limit): each deadline lists every action that feeds it, directly or through depends_on, so deadlines that share "
            + "long chains of dependencies multiply; shorten the chains, or link fewer deadlines to them")]
    }

    /// The most financial years apart that a file's costs and funding may be. The New Burdens
    /// analysis has a row for every year between the first and the last for every burden, policy
    /// and pillar, so one mistyped year (`1024/25`) would make it millions of rows.
    static let maxYearSpan = 100

    /// An error when the file's financial years lie further apart than `maxYearSpan`, at the item with the later year.
    private func checkYearSpan() -> [Diagnostic] {
        var earliest: (year: FinancialYear, kind: ItemKind, id: String)?, latest: (year: FinancialYear, kind: ItemKind, id: String)?
        func note(_ year: FinancialYear, _ kind: ItemKind, _ id: String) {
            if earliest.map({ year < $0.year }) ?? true { earliest = (year, kind, id) }
            if latest.map({ year > $0.year }) ?? true { latest = (year, kind, id) }
        }
        for burden in programme.burdens {
            for cost in burden.costs { note(cost.year, .burden, burden.id) }
        }
        for line in programme.funding {
            for entry in line.amounts { note(entry.year, .funding, line.id) }
        }
        guard let earliest, let latest, latest.year.startYear - earliest.year.startYear > Self.maxYearSpan else { return [] }
        let position = sites.definitions[latest.kind][latest.id] ?? .startOfFile
        return [Diagnostic(.error, at: position, "financial years run from \(earliest.year.label) (\(earliest.kind.noun) '\(earliest.id)') to "
            + "\(latest.year.label) (\(latest.kind.noun) '\(latest.id)'), more than \(Self.maxYearSpan) years apart, the limit: check the years")]
    }

    /// Warnings: an open action due after its policy's statutory deadline, or after its milestone.
    ///
    /// Actions are reached through `feeding`'s groups by milestone and policy, so each id is
    /// looked up once per milestone or policy rather than once per action.
    private func checkDeadlines(_ index: ProgrammeIndex, _ feeding: FeedingActions) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let actions = programme.actions
        func check(_ positions: [Int], deadline: PlanDate, message: (String, PlanDate) -> String) {
            for position in positions {
                // Read field by field: taking the whole action would copy every one of its strings.
                guard let due = actions[position].due, due.day > deadline.day, !actions[position].status.isClosed,
                      let duePosition = sites.actionDue[position] else { continue }
                diagnostics.append(Diagnostic(.warning, at: duePosition, message(actions[position].id, due)))
            }
        }
        for (id, positions) in feeding.byPolicy {
            guard let policy = index.policy(id), policy.statutory, let deadline = policy.deadline else { continue }
            check(positions, deadline: deadline) { id, due in
                "action '\(id)' is due \(due.shown), after the statutory deadline of '\(policy.id)' (\(deadline.shown))"
            }
        }
        for (id, positions) in feeding.byMilestone {
            guard let milestone = index.milestone(id), let deadline = milestone.due else { continue }
            check(positions, deadline: deadline) { id, due in
                "action '\(id)' is due \(due.shown), after its milestone '\(milestone.id)' (\(deadline.shown))"
            }
        }
        return diagnostics
    }

    /// Warnings: an open dependency due after the action that depends on it.
    private func checkDependencyOrder(_ dependencies: [ResolvedDependency]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let actions = programme.actions
        for edge in dependencies {
            guard let dependencyDue = actions[edge.to].due, let dependantDue = actions[edge.from].due,
                  !actions[edge.to].status.isClosed,
                  dependencyDue.day > dependantDue.day else { continue }
            diagnostics.append(Diagnostic(.warning, at: edge.site.position,
                "'\(edge.site.to)' is due \(dependencyDue.shown), after '\(edge.site.from)' which depends on it is due \(dependantDue.shown)"))
        }
        return diagnostics
    }

    /// A `depends_on` entry between two actions the file defines, with their positions.
    private struct ResolvedDependency {
        /// The positions of the action that waits, and of the action it waits for.
        let from: Int, to: Int
        /// The entry as written, for messages.
        let site: DecodingSites.Dependency
    }

    /// The `depends_on` entries whose actions both exist (an unknown one is reported by the reference check),
    /// each id looked up once for the checks that walk them.
    private func resolvedDependencies(_ actionIndex: [String: Int]) -> [ResolvedDependency] {
        sites.dependencies.compactMap { site in
            guard let from = actionIndex[site.from], let to = actionIndex[site.to] else { return nil }
            return ResolvedDependency(from: from, to: to, site: site)
        }
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
