/// One deadline (a milestone's due date or a policy's deadline) and whether the plan will meet it.
public struct DeadlineAssessment: Hashable, Sendable, Codable {
    /// Where the deadline comes from.
    public enum Kind: String, Hashable, Sendable, Codable {
        case milestone
        case policy
    }

    /// Whether the deadline is, or will be, met.
    public enum State: String, Hashable, Sendable, Codable {
        /// Every action that feeds it was completed by the deadline.
        case met
        /// Open actions feed it and nothing suggests they will be late.
        case onTrack = "on-track"
        /// Something suggests lateness: a red, amber or unrated action, a forecast past the deadline, an action due after it.
        case atRisk = "at-risk"
        /// It has passed with work unfinished, or work finished after it.
        case missed
        /// No action in the plan feeds it (for a national milestone, the DfE's own commitment, this is normal).
        case noActions = "no-actions"
    }

    /// Milestone or policy.
    public let kind: Kind
    /// The milestone's or policy's id.
    public let id: String
    /// Its title.
    public let title: String
    /// The deadline.
    public let date: PlanDate
    /// Whether it is statutory.
    public let statutory: Bool
    /// Whether it is a national (DfE) commitment.
    public let national: Bool
    /// Days from the as-of day to the deadline (negative once passed).
    public let daysRemaining: Int
    /// Met, on track, at risk, missed, or no actions.
    public let state: State
    /// Why, in words.
    public let reason: String
    /// The actions that feed it: linked by milestone or policy, and everything they depend on.
    public let feedingActions: [String]
    /// Those still open.
    public let openActions: [String]
    /// The longest chain of open dependent actions, first to last.
    public let criticalPath: [String]
    /// When the critical path is projected to finish.
    public let projectedFinish: CalendarDay?
    /// Days between the projected finish and the deadline (negative means late).
    public let slackDays: Int?
    /// The latest projected completion of its open actions, and on what basis.
    public let forecast: String
    /// Open feeding actions due after the deadline.
    public let dueAfterDeadline: [String]

    private enum CodingKeys: String, CodingKey {
        case kind, id, title, date, statutory, national, daysRemaining = "days_remaining", state, reason
        case feedingActions = "feeding_actions", openActions = "open_actions", criticalPath = "critical_path"
        case projectedFinish = "projected_finish", slackDays = "slack_days", forecast, dueAfterDeadline = "due_after_deadline"
    }
}

/// Finds every deadline in a programme and judges it.
public enum DeadlineAnalysis {
    /// Every dated milestone and every policy deadline, soonest first.
    public static func assess(_ assessments: [ActionAssessment], index: ProgrammeIndex, asOf: CalendarDay) -> [DeadlineAssessment] {
        let byID = Dictionary(assessments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Grouped once: scanning every action for every milestone would be quadratic in a large programme.
        var byMilestone: [String: [String]] = [:], byPolicy: [String: [String]] = [:]
        for assessment in assessments {
            if let milestone = assessment.milestone { byMilestone[milestone, default: []].append(assessment.id) }
            if let policy = assessment.policy { byPolicy[policy, default: []].append(assessment.id) }
        }
        var result: [DeadlineAssessment] = []
        for milestone in index.programme.milestones {
            guard let due = milestone.due else { continue }
            let direct = byMilestone[milestone.id] ?? []
            result.append(judge(kind: .milestone, id: milestone.id, title: milestone.title, date: due, statutory: milestone.statutory,
                                national: milestone.national, direct: direct, byID: byID, asOf: asOf))
        }
        for policy in index.programme.policies {
            guard let deadline = policy.deadline else { continue }
            let direct = byPolicy[policy.id] ?? []
            result.append(judge(kind: .policy, id: policy.id, title: policy.title, date: deadline, statutory: policy.statutory,
                                national: false, direct: direct, byID: byID, asOf: asOf))
        }
        return result.sorted { ($0.date.day, $0.kind.rawValue, $0.id) < ($1.date.day, $1.kind.rawValue, $1.id) }
    }

    static func judge(kind: DeadlineAssessment.Kind, id: String, title: String, date: PlanDate, statutory: Bool, national: Bool,
                      direct: [String], byID: [String: ActionAssessment], asOf: CalendarDay) -> DeadlineAssessment {
        let feeding = withDependencies(direct, byID: byID)
        let open = feeding.filter { byID[$0].map { !$0.status.isClosed } ?? false }
        let path = CriticalPath(open: open, byID: byID)
        let deadline = date.day
        let slack = path.finish.map { $0.days(to: deadline) }
        let dueAfter = open.filter { byID[$0]?.deadline.map { $0.date.day > deadline } ?? false }
        let forecast = forecastText(open: open, byID: byID, latest: path.finish)
        let (state, reason) = state(feeding: feeding, open: open, byID: byID, deadline: deadline, asOf: asOf,
                                    finish: path.finish, dueAfter: dueAfter, national: national)
        return DeadlineAssessment(kind: kind, id: id, title: title, date: date, statutory: statutory, national: national,
                                  daysRemaining: asOf.days(to: deadline), state: state, reason: reason, feedingActions: feeding,
                                  openActions: open, criticalPath: path.chain, projectedFinish: path.finish, slackDays: slack,
                                  forecast: forecast, dueAfterDeadline: dueAfter)
    }

    /// The actions named, then everything they depend on, each once, in discovery order.
    static func withDependencies(_ ids: [String], byID: [String: ActionAssessment]) -> [String] {
        var seen = Set<String>(), ordered: [String] = []
        var stack = Array(ids.reversed())
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let action = byID[id] else { continue }
            ordered.append(id)
            stack.append(contentsOf: action.dependsOn.reversed())
        }
        return ordered
    }

    private static func state(feeding: [String], open: [String], byID: [String: ActionAssessment], deadline: CalendarDay, asOf: CalendarDay,
                              finish: CalendarDay?, dueAfter: [String], national: Bool) -> (DeadlineAssessment.State, String) {
        let passed = asOf > deadline
        let live = feeding.filter { byID[$0]?.status != .cancelled }
        if live.isEmpty {
            let when = passed ? "passed" : "due in \(asOf.days(to: deadline)) days"
            return (.noActions, national ? "national commitment, \(when); no local action feeds it" : "no action in the plan feeds it (\(when))")
        }
        if open.isEmpty {
            let late = live.filter { byID[$0]?.forecast.projected.map { $0 > deadline } ?? false }
            if !late.isEmpty { return (.missed, "completed after the deadline: \(late.joined(separator: ", "))") }
            return (.met, "all \(live.count) action\(live.count == 1 ? "" : "s") complete")
        }
        if passed {
            return (.missed, "passed \(deadline.days(to: asOf)) days ago with \(open.count) action\(open.count == 1 ? "" : "s") open: \(open.joined(separator: ", "))")
        }
        var concerns: [String] = []
        let troubled = open.filter { id in byID[id].map { $0.rag.status == .red || $0.rag.status == .amber } ?? false }
        if !troubled.isEmpty {
            concerns.append(troubled.map { "\($0) is \(byID[$0]!.rag.status.rawValue)" }.joined(separator: ", "))
        }
        if let finish, finish > deadline {
            concerns.append("projected to finish \(finish.longForm), \(deadline.days(to: finish)) days late")
        }
        let unrated = open.filter { byID[$0]?.rag.status == .notRated }
        if !unrated.isEmpty {
            concerns.append("no evidence of progress for \(unrated.joined(separator: ", ")) (not rated)")
        }
        let unforecast = open.filter { byID[$0]?.forecast.projected == nil }
        if !unforecast.isEmpty {
            concerns.append("no forecast for \(unforecast.joined(separator: ", "))")
        }
        if !dueAfter.isEmpty {
            concerns.append("due after the deadline: \(dueAfter.joined(separator: ", "))")
        }
        if concerns.isEmpty {
            return (.onTrack, "\(open.count) open action\(open.count == 1 ? "" : "s"), all projected to finish in time")
        }
        return (.atRisk, concerns.joined(separator: "; "))
    }

    private static func forecastText(open: [String], byID: [String: ActionAssessment], latest: CalendarDay?) -> String {
        guard !open.isEmpty else { return "no open actions" }
        guard let latest else { return "cannot be forecast: no open action has a projected date" }
        let bases = Set(open.compactMap { byID[$0]?.forecast.basis.rawValue }).sorted()
        return "latest projected completion \(latest.longForm) (basis: \(bases.joined(separator: ", ")))"
    }
}

/// The longest chain of open dependent actions, by projected finish: an action cannot finish
/// before what it depends on, so its finish is the later of its own projection and theirs.
struct CriticalPath {
    /// First to last.
    let chain: [String]
    /// When the chain's last action is projected to finish.
    let finish: CalendarDay?

    init(open: [String], byID: [String: ActionAssessment]) {
        let openSet = Set(open)
        // For each open action: when it can finish (not before what it waits for), and how long its chain is.
        var memo: [String: (finish: CalendarDay?, length: Int)] = [:]
        var visiting = Set<String>()

        func walk(_ id: String) -> (finish: CalendarDay?, length: Int) {
            if let known = memo[id] { return known }
            guard visiting.insert(id).inserted, let action = byID[id] else { return (nil, 0) }
            var finish = action.forecast.projected
            var length = 1
            for dependency in action.dependsOn where openSet.contains(dependency) {
                let theirs = walk(dependency)
                if let theirFinish = theirs.finish, finish.map({ theirFinish > $0 }) ?? true { finish = theirFinish }
                length = max(length, theirs.length + 1)
            }
            visiting.remove(id)
            memo[id] = (finish, length)
            return (finish, length)
        }

        // The latest finish ends the path; on a tie, the longer chain of dependencies is the critical one.
        let last = open.compactMap { id -> (String, CalendarDay, Int)? in
            let result = walk(id)
            return result.finish.map { (id, $0, result.length) }
        }.max { ($0.1, $0.2) < ($1.1, $1.2) }
        guard let (end, endFinish, _) = last else {
            self.chain = []
            self.finish = nil
            return
        }
        var chain = [end]
        var current = end
        var guardCount = 0
        while let action = byID[current], guardCount < open.count {
            guardCount += 1
            let next = action.dependsOn.filter { openSet.contains($0) && !chain.contains($0) }
                .compactMap { id -> (String, CalendarDay, Int)? in memo[id].flatMap { entry in entry.finish.map { (id, $0, entry.length) } } }
                .max { ($0.1, $0.2) < ($1.1, $1.2) }
            guard let (id, _, _) = next else { break }
            chain.append(id)
            current = id
        }
        self.chain = chain.reversed()
        self.finish = endFinish
    }
}
