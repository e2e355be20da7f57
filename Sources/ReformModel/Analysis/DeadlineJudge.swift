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
        // "No evidence of progress" only where nothing at all is recorded; any other unrated action says why.
        let unrated = open.filter { assessments[$0].rag.status == .notRated }
        let nothingRecorded = unrated.filter { assessments[$0].hasNothingRecorded }
        if !nothingRecorded.isEmpty {
            concerns.append("no evidence of progress for \(list(nothingRecorded)) (not rated)")
        }
        let unratedOtherwise = unrated.filter { !assessments[$0].hasNothingRecorded }
        if !unratedOtherwise.isEmpty {
            concerns.append(named(unratedOtherwise, more: "more not rated") { "\(assessments[$0].id) is \(assessments[$0].rag.reason)" })
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
