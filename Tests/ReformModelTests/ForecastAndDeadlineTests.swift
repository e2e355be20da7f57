import Testing
@testable import ReformModel

@Suite("Forecasts and deadlines")
struct ForecastAndDeadlineTests {
    @Test("with two or more recorded updates the forecast uses their rate")
    func forecastFromUpdates() {
        let action = Build.action(start: "2024-01-01", due: "2024-12-31", progress: 10)
        let updates = [ProgressUpdate(actionID: "A1", day: Build.day("2024-03-01"), progress: 20),
                       ProgressUpdate(actionID: "A1", day: Build.day("2024-03-31"), progress: 50)]
        // 30 points in 30 days; 50 points left take 50 days after 31 March: 20 May.
        let forecast = ForecastRule.forecast(action, deadline: nil, updates: updates, asOf: Build.day("2024-04-01"))
        #expect(forecast.basis == .recordedUpdates)
        #expect(forecast.projected == Build.day("2024-05-20"))
    }

    @Test("a pace that should have finished before today, with nothing recorded since, is no forecast: it says overdue at the recorded pace since a date")
    func forecastFromAStalePace() {
        let action = Build.action(start: "2024-01-01", due: "2025-12-31", progress: 10)
        let updates = [ProgressUpdate(actionID: "A1", day: Build.day("2025-08-01"), progress: 40),
                       ProgressUpdate(actionID: "A1", day: Build.day("2025-09-01"), progress: 70)]
        // 30 points in 31 days; 30 points left took 31 days after 1 September: 2 October 2025. Fourteen months on, nothing since.
        let forecast = ForecastRule.forecast(action, deadline: nil, updates: updates, asOf: Build.day("2026-11-01"))
        #expect(forecast.projected == nil && forecast.basis == .recordedUpdates)
        #expect(forecast.explanation.hasSuffix("at that pace it would have finished on 2 October 2025, but nothing has been recorded since 1 September 2025: "
                                               + "overdue at the recorded pace since 2 October 2025, and no forecast can be made until progress is recorded"))
    }

    @Test("with fewer updates the forecast uses the file's progress over elapsed time")
    func forecastFromFile() {
        let action = Build.action(start: "2024-01-01", due: "2024-12-31", progress: 25)
        // 25% in 60 days: 75% more takes 180 days after 1 March: 28 August.
        let forecast = ForecastRule.forecast(action, deadline: nil, updates: [], asOf: Build.day("2024-03-01"))
        #expect(forecast.basis == .fileProgress)
        #expect(forecast.projected == Build.day("2024-08-28"))
    }

    @Test("with no progress the planned date is assumed; once it has passed, or while blocked, no forecast is made, and it says why")
    func forecastFromPlan() {
        let action = Build.action(due: "2024-06-30")
        let deadline = EffectiveDeadline(date: Build.date("2024-06-30"), origin: .action, from: nil)
        #expect(ForecastRule.forecast(action, deadline: deadline, updates: [], asOf: Build.day("2024-03-01")).projected == Build.day("2024-06-30"))
        let late = ForecastRule.forecast(action, deadline: deadline, updates: [], asOf: Build.day("2024-09-01"))
        #expect(late.projected == nil)
        #expect(late.explanation.contains("no forecast can be made until progress is recorded"))
        let blocked = ForecastRule.forecast(Build.action(due: "2024-06-30", status: .blocked), deadline: deadline, updates: [], asOf: Build.day("2024-03-01"))
        #expect(blocked.projected == nil && blocked.explanation.hasPrefix("blocked: no forecast can be made"))
    }

    @Test("stalled updates give no projection and say why")
    func stalled() {
        let updates = [ProgressUpdate(actionID: "A1", day: Build.day("2024-03-01"), progress: 40),
                       ProgressUpdate(actionID: "A1", day: Build.day("2024-04-01"), progress: 40)]
        let forecast = ForecastRule.forecast(Build.action(progress: 40), deadline: nil, updates: updates, asOf: Build.day("2024-04-02"))
        #expect(forecast.projected == nil)
        #expect(forecast.explanation.hasPrefix("no progress between 1 March 2024 (40%) and 1 April 2024 (40%)"))
    }

    private func deadline(_ programme: Programme, on day: String, id: String = "M1") -> DeadlineAssessment? {
        ProgrammeAnalysis(programme, asOf: Build.day(day)).deadlines.first { $0.id == id }
    }

    @Test("a deadline's critical path is the longest chain of open dependencies, with its slack")
    func criticalPath() throws {
        let programme = Build.programme(actions: [
            Build.action("A", start: "2024-01-01", due: "2024-03-31", progress: 10),
            Build.action("B", start: "2024-01-01", due: "2024-02-29", status: .notStarted),
            Build.action("C", start: "2024-01-01", due: "2024-05-31", status: .notStarted, dependsOn: ["A", "B"], milestone: "M1"),
            Build.action("D", start: "2024-01-01", due: "2024-04-30", status: .notStarted, milestone: "M1"),
        ], milestones: [Milestone(id: "M1", title: "Milestone", due: Build.date("2024-06-30"))])
        let result = try #require(deadline(programme, on: "2024-01-01"))
        #expect(result.feedingActions == ["C", "A", "B", "D"])
        // C finishes last; of the actions it waits for, A finishes later than B, so the chain is A then C.
        #expect(result.criticalPath == ["A", "C"])
        #expect(result.slackDays == 30)
        #expect(result.state == .onTrack)
        #expect(result.daysRemaining == 181)
    }

    @Test("deadlines that share actions each get their own critical path")
    func sharedActionsCriticalPaths() throws {
        let programme = Build.programme(actions: [
            Build.action("A", start: "2024-01-01", due: "2024-03-31", status: .notStarted, milestone: "M1"),
            Build.action("B", start: "2024-01-01", due: "2024-05-31", status: .notStarted, dependsOn: ["A"], milestone: "M2"),
            Build.action("C", start: "2024-01-01", due: "2024-02-29", status: .notStarted, milestone: "M3"),
        ], milestones: [Milestone(id: "M1", title: "First", due: Build.date("2024-04-30")),
                        Milestone(id: "M2", title: "Second", due: Build.date("2024-06-30")),
                        Milestone(id: "M3", title: "Third", due: Build.date("2024-07-31"))])
        #expect(try #require(deadline(programme, on: "2024-01-01", id: "M1")).criticalPath == ["A"])
        #expect(try #require(deadline(programme, on: "2024-01-01", id: "M2")).criticalPath == ["A", "B"])
        #expect(try #require(deadline(programme, on: "2024-01-01", id: "M3")).criticalPath == ["C"])
    }

    @Test("a dependency that finishes later than its dependant pushes the path and the finish")
    func dependencyPushesFinish() throws {
        let programme = Build.programme(actions: [
            Build.action("A", start: "2024-01-01", due: "2024-08-31", status: .notStarted),
            Build.action("C", start: "2024-01-01", due: "2024-05-31", status: .notStarted, dependsOn: ["A"], milestone: "M1"),
        ], milestones: [Milestone(id: "M1", title: "Milestone", due: Build.date("2024-06-30"))])
        let result = try #require(deadline(programme, on: "2024-01-01"))
        #expect(result.criticalPath == ["A", "C"])
        #expect(result.slackDays == -62)
        #expect(result.state == .atRisk)
        #expect(result.dueAfterDeadline == ["A"])
    }

    @Test("deadline states: met, missed, at risk for a red action, no actions")
    func states() throws {
        let milestones = [Milestone(id: "M1", title: "Milestone", due: Build.date("2024-06-30"))]
        var done = Build.action(status: .complete, milestone: "M1")
        done.completed = Build.date("2024-05-01")
        #expect(deadline(Build.programme(actions: [done], milestones: milestones), on: "2024-07-01")?.state == .met)
        var lateDone = done
        lateDone.completed = Build.date("2024-07-15")
        #expect(deadline(Build.programme(actions: [lateDone], milestones: milestones), on: "2024-08-01")?.state == .missed)
        let open = Build.action(start: "2024-01-01", due: "2024-06-30", progress: 5, milestone: "M1")
        #expect(deadline(Build.programme(actions: [open], milestones: milestones), on: "2024-07-01")?.state == .missed)
        let red = deadline(Build.programme(actions: [open], milestones: milestones), on: "2024-04-01")
        #expect(red?.state == .atRisk)
        #expect(red?.reason.contains("A1 is red") == true)
        #expect(deadline(Build.programme(milestones: milestones), on: "2024-04-01")?.state == .noActions)
    }

    @Test("a deadline's reason names ten actions and counts the rest, while its lists keep every one")
    func reasonNamesTenActions() throws {
        let milestones = [Milestone(id: "M1", title: "Milestone", due: Build.date("2024-06-30"))]
        // Thirteen actions well behind: 5% done with half the time gone makes each red.
        let behind = (1...13).map { Build.action("A\($0)", start: "2024-01-01", due: "2024-06-30", progress: 5, milestone: "M1") }
        let atRisk = try #require(deadline(Build.programme(actions: behind, milestones: milestones), on: "2024-04-01"))
        #expect(atRisk.state == .atRisk)
        #expect(atRisk.reason.hasPrefix("A1 is red, A2 is red, "))
        #expect(atRisk.reason.contains("A10 is red and 3 more red or amber;"))
        #expect(!atRisk.reason.contains("A11"))
        #expect(atRisk.openActions.count == 13)

        let missed = try #require(deadline(Build.programme(actions: behind, milestones: milestones), on: "2024-07-10"))
        #expect(missed.reason == "passed 10 days ago with 13 actions open: A1, A2, A3, A4, A5, A6, A7, A8, A9, A10 and 3 more")
        #expect(missed.openActions == behind.map(\.id))

        let few = try #require(deadline(Build.programme(actions: Array(behind.prefix(10)), milestones: milestones), on: "2024-07-10"))
        #expect(few.reason.hasSuffix("A9, A10"))
    }

    @Test("a programme with a dependency cycle, built in code, is analysed without hanging or crashing")
    func cycleDoesNotCrash() {
        let programme = Build.programme(actions: [
            Build.action("A", start: "2024-01-01", due: "2024-03-31", dependsOn: ["B"], milestone: "M1"),
            Build.action("B", start: "2024-01-01", due: "2024-03-31", dependsOn: ["A"]),
        ], milestones: [Milestone(id: "M1", title: "M", due: Build.date("2024-06-30"))])
        let analysis = ProgrammeAnalysis(programme, asOf: Build.day("2024-02-01"))
        #expect(analysis.deadlines.first?.feedingActions.sorted() == ["A", "B"])
    }

    @Test("a chain of 20,000 open dependent actions is one critical path, found without exhausting the stack")
    func longChainCriticalPath() {
        let count = 20_000
        let actions = (0..<count).map { index in
            Build.action("A\(index)", start: "2024-01-01", due: "2024-12-31", progress: 10,
                         dependsOn: index + 1 < count ? ["A\(index + 1)"] : [], milestone: "M1")
        }
        let programme = Build.programme(actions: actions, milestones: [Milestone(id: "M1", title: "M", due: Build.date("2025-06-30"))])
        let deadline = ProgrammeAnalysis(programme, asOf: Build.day("2024-03-01")).deadlines.first
        #expect(deadline?.criticalPath.count == count)
        #expect(deadline?.criticalPath.first == "A\(count - 1)" && deadline?.criticalPath.last == "A0")
    }

    @Test("updates apply up to the as-of day only, so a past day is reproduced exactly")
    func stateAsOf() {
        let programme = Build.programme(actions: [Build.action(start: "2024-01-01", due: "2024-12-31", status: .notStarted)])
        let updates = [ProgressUpdate(actionID: "A1", day: Build.day("2024-02-01"), status: .inProgress, progress: 20),
                       ProgressUpdate(actionID: "A1", day: Build.day("2024-05-01"), status: .complete)]
        let before = ProgrammeState(programme: programme, asOf: Build.day("2024-01-31"), updates: updates).programme.actions[0]
        #expect(before.status == .notStarted)
        let middle = ProgrammeState(programme: programme, asOf: Build.day("2024-03-01"), updates: updates).programme.actions[0]
        #expect(middle.status == .inProgress && middle.progress == 20)
        let after = ProgrammeState(programme: programme, asOf: Build.day("2024-06-01"), updates: updates).programme.actions[0]
        #expect(after.status == .complete && after.completed?.day == Build.day("2024-05-01") && after.progress == 100)
    }

    @Test("roll-ups count by RAG and take the worst open, rated RAG")
    func rollUps() {
        let programme = Build.programme(actions: [
            Build.action("A", start: "2024-01-01", due: "2024-12-31", progress: 90),
            Build.action("B", start: "2024-01-01", due: "2024-12-31", progress: 1),
            Build.action("C", status: .complete),
        ])
        let analysis = ProgrammeAnalysis(programme, asOf: Build.day("2024-07-01"))
        let pillar = analysis.pillars[0]
        #expect(pillar.counts[.green] == 1 && pillar.counts[.red] == 1 && pillar.counts[.complete] == 1)
        #expect(pillar.overall == .red)
        #expect(analysis.pillars[1].overall == .notRated)
    }
}

@Suite("Critical path ties")
struct CriticalPathTieTests {
    @Test("when actions finish on the same day, the longer chain of dependencies is the critical path")
    func longerChainWinsTie() throws {
        let programme = Build.programme(actions: [
            Build.action("FIRST", due: "2024-06-30", status: .notStarted, milestone: "M1"),
            Build.action("SECOND", due: "2024-06-30", status: .notStarted, dependsOn: ["FIRST"], milestone: "M1"),
        ], milestones: [Milestone(id: "M1", title: "M", due: Build.date("2024-12-31"))])
        let deadline = try #require(ProgrammeAnalysis(programme, asOf: Build.day("2024-01-01")).deadlines.first)
        #expect(deadline.criticalPath == ["FIRST", "SECOND"])
    }
}
