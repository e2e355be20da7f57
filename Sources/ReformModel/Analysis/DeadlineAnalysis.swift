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

    /// Every dated milestone, then every policy with a deadline, then every legal duty whose day of
    /// commencement is known, in file order, with the actions linked to each: what both the
    /// analysis and the loader's size check count as a deadline. A duty waiting for regulations
    /// has no day, so it is no deadline (`DutyStatus` lists it).
    static func deadlines(of programme: Programme, feeding: FeedingActions) -> [Deadline] {
        programme.milestones.compactMap { milestone in
            milestone.due.map { Deadline(kind: .milestone, id: milestone.id, title: milestone.title, date: $0, statutory: milestone.statutory,
                                         national: milestone.national, direct: feeding.byMilestone[milestone.id] ?? []) }
        } + programme.policies.compactMap { policy in
            policy.deadline.map { Deadline(kind: .policy, id: policy.id, title: policy.title, date: $0, statutory: policy.statutory,
                                           national: false, direct: feeding.byPolicy[policy.id] ?? []) }
        } + programme.policies.flatMap { policy in
            policy.duties.compactMap { duty in
                duty.commencement.day(royalAssent: policy.royalAssent).map { day in
                    Deadline(kind: .duty, id: duty.id, title: "\(duty.title) (\(policy.title)\(duty.section.map { " \($0)" } ?? ""))",
                             date: PlanDate(exactly: day), statutory: true, national: false, direct: feeding.byPolicy[duty.id] ?? [])
                }
            }
        }
    }
}
