import Testing
@testable import ReformModel

@Suite("The RAG rule")
struct RAGRuleTests {
    private func rag(_ action: Action, on day: String, thresholds: RAGThresholds = RAGThresholds()) -> RAGAssessment {
        let programme = Build.programme(actions: [action])
        let deadline = EffectiveDeadline.of(action, in: ProgrammeIndex(programme))
        return RAGRule.assess(action, deadline: deadline, asOf: Build.day(day), thresholds: thresholds)
    }

    // A 100-day action: 2024-01-01 to 2024-04-10. On 2024-02-20 exactly 50 days (50%) have gone.
    private func halfway(progress: Int) -> RAGAssessment {
        rag(Build.action(start: "2024-01-01", due: "2024-04-10", progress: progress), on: "2024-02-20")
    }

    @Test("performance at exactly 90% is green, just below is amber")
    func greenBoundary() {
        #expect(halfway(progress: 45).status == .green)   // 45 / 50 = 90%
        #expect(halfway(progress: 45).reason == "45% done with 50% of the time gone (90%): green")
        #expect(halfway(progress: 44).status == .amber)   // 88%
    }

    @Test("performance at exactly 70% is red, just above is amber")
    func redBoundary() {
        #expect(halfway(progress: 35).status == .red)     // 35 / 50 = 70%
        #expect(halfway(progress: 36).status == .amber)   // 72%
    }

    @Test("the boundaries are exact even when the percentages are not whole numbers")
    func exactFractions() {
        // 3-day action, 1 day gone (33.3…%): 30% progress is 90% performance exactly.
        let action = Build.action(start: "2024-01-01", due: "2024-01-04", progress: 30)
        #expect(rag(action, on: "2024-01-02").status == .green)
        let below = Build.action(start: "2024-01-01", due: "2024-01-04", progress: 29)
        #expect(rag(below, on: "2024-01-02").status == .amber)
    }

    @Test("a rounded figure on a threshold says which side of it the exact figure is")
    func justOverThreshold() {
        // 365-day action, 182 days gone: 35% done is 70.2% performance, amber, not "70%".
        let action = Build.action(start: "2024-01-01", due: "2024-12-31", progress: 35)
        let assessment = rag(action, on: "2024-07-01")
        #expect(assessment.status == .amber)
        #expect(assessment.reason == "35% done with 50% of the time gone (just over 70%): amber")
    }

    @Test("thresholds come from settings")
    func customThresholds() {
        let action = Build.action(start: "2024-01-01", due: "2024-04-10", progress: 40)  // 80%
        #expect(rag(action, on: "2024-02-20").status == .amber)
        #expect(rag(action, on: "2024-02-20", thresholds: RAGThresholds(greenAt: 80, redAt: 50)).status == .green)
        #expect(rag(action, on: "2024-02-20", thresholds: RAGThresholds(greenAt: 95, redAt: 80)).status == .red)
    }

    @Test("the issue's example reads as specified")
    func issueExample() {
        // 40% done with 58% of the time gone: 100-day action, 58 days gone.
        let assessment = rag(Build.action(start: "2024-01-01", due: "2024-04-10", progress: 40), on: "2024-02-28")
        #expect(assessment.reason == "40% done with 58% of the time gone (69%): red")
    }

    @Test("complete is complete, cancelled is not rated, blocked is red")
    func statuses() {
        #expect(rag(Build.action(due: "2024-01-31", status: .complete), on: "2025-01-01").status == .complete)
        #expect(rag(Build.action(status: .cancelled), on: "2024-01-01").status == .notRated)
        #expect(rag(Build.action(start: "2024-01-01", due: "2025-01-01", status: .blocked, progress: 90), on: "2024-01-02").status == .red)
    }

    @Test("past due and not complete is red, with the days late")
    func overdue() {
        let assessment = rag(Build.action(start: "2024-01-01", due: "2024-01-31", progress: 99), on: "2024-02-02")
        #expect(assessment.status == .red)
        #expect(assessment.reason == "was due 31 January 2024, 2 days ago, and is not complete")
        #expect(rag(Build.action(start: "2024-01-01", due: "2024-01-31", progress: 100), on: "2024-01-31").status == .green)
    }

    @Test("not started: amber once the start date has passed, green before it")
    func notStarted() {
        let action = Build.action(start: "2024-03-01", due: "2024-06-30", status: .notStarted)
        #expect(rag(action, on: "2024-03-01").status == .green)
        #expect(rag(action, on: "2024-03-02").status == .amber)
        #expect(rag(action, on: "2024-03-02").reason == "not started, though due to start 1 March 2024 (1 day ago)")
    }

    @Test("an override wins for an open action and its reason is shown")
    func override() {
        var action = Build.action(start: "2024-01-01", due: "2024-04-10", progress: 10)
        action.rag = RAGOverride(status: .green, reason: "Partner sign-off agreed")
        #expect(rag(action, on: "2024-03-01").status == .green)
        #expect(rag(action, on: "2024-03-01").reason == "set by hand: Partner sign-off agreed")
        action.status = .complete
        #expect(rag(action, on: "2024-03-01").status == .complete)
    }

    @Test("an action inherits its milestone's date, then its policy's, and says so")
    func inheritedDeadline() {
        let action = Build.action(status: .inProgress, milestone: "M1", policy: "POL")
        let programme = Build.programme(actions: [action],
                                        policies: [Policy(id: "POL", title: "P", kind: .framework, deadline: Build.date("December 2025"))],
                                        milestones: [Milestone(id: "M1", title: "M", due: Build.date("December 2024"))])
        let index = ProgrammeIndex(programme)
        #expect(EffectiveDeadline.of(action, in: index)?.described == "December 2024 (from milestone M1)")
        var noMilestone = action
        noMilestone.milestone = nil
        #expect(EffectiveDeadline.of(noMilestone, in: index)?.described == "December 2025 (from policy POL)")
    }

    @Test("missing dates or progress are not rated, with what is missing")
    func missingData() {
        #expect(rag(Build.action(due: "2025-01-01", progress: 50), on: "2024-06-01").reason
            == "not rated: 50% done, with no start date, policy publication or plan baseline to measure it from")
        #expect(rag(Build.action(start: "2024-01-01", progress: 50), on: "2024-06-01").reason == "not rated: 50% done, with no due date to measure it against")
        #expect(rag(Build.action(start: "2024-01-01", due: "2025-01-01"), on: "2024-06-01").reason == "not rated: in progress, with no progress recorded")
        #expect(rag(Build.action(status: .notStarted), on: "2024-06-01").reason == "not rated: no progress recorded, and no start date to judge it by")
    }

    @Test("an action with progress but no start date is measured from its policy's publication, else the plan's baseline, and says so")
    func measuredFromPublicationOrBaseline() {
        let action = Build.action(due: "2024-12-31", status: .notStarted, progress: 40, policy: "POL")
        let published = MeasuredStart(day: Build.day("2024-01-01"), borrowedFrom: "the publication of Policy (1 January 2024)")
        let rated = RAGRule.assess(action, deadline: EffectiveDeadline(date: Build.date("2024-12-31"), origin: .action, from: nil),
                                   start: published, asOf: Build.day("2024-07-01"), thresholds: RAGThresholds())
        #expect(rated.status == .amber)
        #expect(rated.reason.hasSuffix("measured from the publication of Policy (1 January 2024), as it has no start date"))
        let programme = Build.programme(actions: [Build.action("A", due: "2024-12-31", progress: 40)])
        var withBaseline = programme
        withBaseline.info.asOf = Build.date("2024-01-01")
        let start = MeasuredStart.of(withBaseline.actions[0], in: ProgrammeIndex(withBaseline), baseline: withBaseline.info.asOf)
        #expect(start?.day == Build.day("2024-01-01") && start?.borrowedFrom == "the plan's baseline (1 January 2024)")
    }

    @Test("zero-length periods and due-before-start do not crash and rate sensibly")
    func degeneratePeriods() {
        #expect(rag(Build.action(start: "2024-01-10", due: "2024-01-10", progress: 50), on: "2024-01-10").status == .red)
        #expect(rag(Build.action(start: "2024-01-10", due: "2024-01-10", progress: 95), on: "2024-01-10").status == .green)
        #expect(rag(Build.action(start: "2024-02-01", due: "2024-01-10", progress: 0), on: "2024-01-05").status == .green)
        #expect(rag(Build.action(start: "2024-03-01", due: "2024-06-01", progress: 0), on: "2024-02-01").reason == "0% done before any of the time has gone: green")
    }
}
