/// Finds every deadline in a programme and judges it.
public enum DeadlineAnalysis {
    /// Every dated milestone and every policy deadline, soonest first.
    ///
    /// `assessments` are those of `index.programme.actions`, in the same order, as
    /// `ActionAssessment.assessAll` gives them: actions are found by their position there.
    public static func assess(_ assessments: [ActionAssessment], index: ProgrammeIndex, asOf: CalendarDay) -> [DeadlineAssessment] {
        precondition(assessments.count == index.programme.actions.count, "one assessment per action of the indexed programme")
        var judge = DeadlineJudge(assessments: assessments, feeding: FeedingActions(assessments, positions: index.actionPositions), asOf: asOf)
        let result = deadlines(of: index.programme, feeding: judge.feeding).map { judge.judge($0) }
        return result.sorted { ($0.date.day, $0.kind.rawValue, $0.id) < ($1.date.day, $1.kind.rawValue, $1.id) }
    }

    /// How many actions the deadlines' lists of feeding actions hold in all, counted only until it
    /// passes `limit`, and the deadline (a milestone's or policy's id) where it did.
    ///
    /// Every deadline lists every action feeding it, so deadlines that share a long chain of
    /// dependencies make the analysis grow with their product: 10,000 milestones on one chain
    /// would list 50 million actions. The loader refuses such a programme with this count.
    /// `feeding` groups `programme`'s actions.
    public static func feedingActionCount(_ programme: Programme, feeding: inout FeedingActions, limit: Int) -> (count: Int, passedAt: String?) {
        var count = 0
        for deadline in deadlines(of: programme, feeding: feeding) {
            count += feeding.withDependencies(deadline.direct).count
            if count > limit { return (count, deadline.id) }
        }
        return (count, nil)
    }

    /// Every dated milestone, then every policy with a deadline, in file order, with the actions
    /// linked to each: what both the analysis and the loader's size check count as a deadline.
    static func deadlines(of programme: Programme, feeding: FeedingActions) -> [Deadline] {
        programme.milestones.compactMap { milestone in
            milestone.due.map { Deadline(kind: .milestone, id: milestone.id, title: milestone.title, date: $0, statutory: milestone.statutory,
                                         national: milestone.national, direct: feeding.byMilestone[milestone.id] ?? []) }
        } + programme.policies.compactMap { policy in
            policy.deadline.map { Deadline(kind: .policy, id: policy.id, title: policy.title, date: $0, statutory: policy.statutory,
                                           national: false, direct: feeding.byPolicy[policy.id] ?? []) }
        }
    }
}

/// A milestone's due date or a policy's deadline, with the positions of the actions linked to it.
struct Deadline {
    let kind: DeadlineAssessment.Kind
    let id: String, title: String
    let date: PlanDate
    let statutory: Bool, national: Bool
    /// The actions linked to it by milestone or policy (not yet those they depend on).
    let direct: [Int]
}

/// Judges one deadline against the actions that feed it, finding actions by position so that
/// no assessment is copied and no id is hashed more than once.
struct DeadlineJudge {
    /// Every action's assessment, in file order.
    let assessments: [ActionAssessment]
    /// The day judged at.
    let asOf: CalendarDay
    /// What feeds each deadline.
    private(set) var feeding: FeedingActions
    private var criticalPaths: CriticalPathFinder

    /// Prepares to judge deadlines fed by `assessments`.
    init(assessments: [ActionAssessment], feeding: FeedingActions, asOf: CalendarDay) {
        self.assessments = assessments
        self.feeding = feeding
        self.asOf = asOf
        self.criticalPaths = CriticalPathFinder(assessments: assessments, dependencies: feeding.dependencies)
    }

    /// Judges `deadline`, fed by the actions linked to it and everything they depend on.
    mutating func judge(_ deadline: Deadline) -> DeadlineAssessment {
        let feeding = self.feeding.withDependencies(deadline.direct)
        let open = feeding.filter { !assessments[$0].status.isClosed }
        let path = criticalPaths.path(through: open)
        let day = deadline.date.day
        let dueAfter = open.filter { assessments[$0].deadline.map { $0.date.day > day } ?? false }
        let (state, reason) = state(feeding: feeding, open: open, deadline: day, finish: path.finish, dueAfter: dueAfter,
                                    national: deadline.national)
        return DeadlineAssessment(kind: deadline.kind, id: deadline.id, title: deadline.title, date: deadline.date,
                                  statutory: deadline.statutory, national: deadline.national,
                                  daysRemaining: asOf.days(to: day), state: state, reason: reason, feedingActions: ids(feeding),
                                  openActions: ids(open), criticalPath: path.chain.map { assessments[$0].id },
                                  projectedFinish: path.finish, slackDays: path.finish.map { $0.days(to: day) },
                                  forecast: forecastText(open: open, latest: path.finish), dueAfterDeadline: ids(dueAfter))
    }

    private func ids(_ positions: [Int]) -> [String] {
        positions.map { assessments[$0].id }
    }

    /// The most actions a reason names; the rest are counted. A reason is read in a committee
    /// report's table, where a thousand ids help nobody, and the assessment lists them all anyway.
    static let actionsNamedInReason = 10

    /// The actions at `positions` by id, the first few only: `A1, A2 and 30 more`.
    private func list(_ positions: [Int]) -> String {
        named(positions, more: "more") { assessments[$0].id }
    }

    /// The first `actionsNamedInReason` of `positions` described, then how many `more` there are.
    private func named(_ positions: [Int], more: String, _ describe: (Int) -> String) -> String {
        let shown = positions.prefix(Self.actionsNamedInReason).map(describe).joined(separator: ", ")
        let rest = positions.count - Self.actionsNamedInReason
        return rest > 0 ? "\(shown) and \(rest) \(more)" : shown
    }

    private func state(feeding: [Int], open: [Int], deadline: CalendarDay, finish: CalendarDay?, dueAfter: [Int],
                       national: Bool) -> (DeadlineAssessment.State, String) {
        let passed = asOf > deadline
        let live = feeding.filter { assessments[$0].status != .cancelled }
        if live.isEmpty {
            let when = passed ? "passed" : "due in \(asOf.days(to: deadline)) days"
            return (.noActions, national ? "national commitment, \(when); no local action feeds it" : "no action in the plan feeds it (\(when))")
        }
        if open.isEmpty {
            let late = live.filter { assessments[$0].forecast.projected.map { $0 > deadline } ?? false }
            if !late.isEmpty { return (.missed, "completed after the deadline: \(list(late))") }
            return (.met, "all \(live.count) action\(live.count == 1 ? "" : "s") complete")
        }
        if passed {
            return (.missed, "passed \(deadline.days(to: asOf)) days ago with \(open.count) action\(open.count == 1 ? "" : "s") open: \(list(open))")
        }
        var concerns: [String] = []
        let troubled = open.filter { assessments[$0].rag.status == .red || assessments[$0].rag.status == .amber }
        if !troubled.isEmpty {
            concerns.append(named(troubled, more: "more red or amber") { "\(assessments[$0].id) is \(assessments[$0].rag.status.rawValue)" })
        }
        if let finish, finish > deadline {
            concerns.append("projected to finish \(finish.longForm), \(deadline.days(to: finish)) days late")
        }
        let unrated = open.filter { assessments[$0].rag.status == .notRated }
        if !unrated.isEmpty {
            concerns.append("no evidence of progress for \(list(unrated)) (not rated)")
        }
        let unforecast = open.filter { assessments[$0].forecast.projected == nil }
        if !unforecast.isEmpty {
            concerns.append("no forecast for \(list(unforecast))")
        }
        if !dueAfter.isEmpty {
            concerns.append("due after the deadline: \(list(dueAfter))")
        }
        if concerns.isEmpty {
            return (.onTrack, "\(open.count) open action\(open.count == 1 ? "" : "s"), all projected to finish in time")
        }
        return (.atRisk, concerns.joined(separator: "; "))
    }

    private func forecastText(open: [Int], latest: CalendarDay?) -> String {
        guard !open.isEmpty else { return "no open actions" }
        guard let latest else { return "cannot be forecast: no open action has a projected date" }
        let bases = Set(open.map { assessments[$0].forecast.basis.rawValue }).sorted()
        return "latest projected completion \(latest.longForm) (basis: \(bases.joined(separator: ", ")))"
    }
}
