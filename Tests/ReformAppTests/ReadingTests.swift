import ReformModel
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// The use cases that read: status, deadlines, funding, risks, an action explained, validation,
/// and My actions; each sees what was recorded.
@Suite("Reading the programme", .dropsTestDatabases)
struct ReadingTests {
    @Test("status counts the recorded updates and shows an action's progress; a pillar's status holds only its actions", arguments: StoreKind.all)
    func status(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        try await world.update(AppWorld.ownedAction, progress: "70")
        let status = try await ShowStatus(asOf: AppWorld.day).run(programme: world.programme, record: world.record)
        #expect(status.updatesApplied == 1)
        #expect(status.actions.first { $0.id == AppWorld.ownedAction }?.progress == 70)
        let pillar = try await ShowStatus(pillar: "P3", asOf: AppWorld.day).run(programme: world.programme, record: world.record)
        #expect(!pillar.actions.isEmpty && pillar.actions.allSatisfy { $0.pillars.contains("P3") })
        let unknown = await #expect(throws: AppError.self) { try await ShowStatus(pillar: "P9", asOf: AppWorld.day).run(programme: world.programme, record: world.record) }
        #expect(unknown?.field == .pillar)
    }

    @Test("an action explained has its assessment; one the plan lacks is not found, with the nearest id", arguments: StoreKind.all)
    func explain(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let explanation = try await ExplainAction(action: "A-SCSPR-CARE-LEAVERS", asOf: AppWorld.day).run(programme: world.programme, record: world.record)
        #expect(explanation.assessment.dependsOn == ["A-MSP-PLAN"])
        let error = await #expect(throws: AppError.self) { try await ExplainAction(action: "A-MSP-PLAM", asOf: AppWorld.day).run(programme: world.programme, record: world.record) }
        #expect(error?.kind == .notFound && error?.message.contains("'A-MSP-PLAN'") == true)
    }

    @Test("deadlines, funding and risks read the same plan the commands do", arguments: StoreKind.all)
    func deadlinesFundingRisks(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let deadlines = try await ListDeadlines(asOf: AppWorld.day).run(programme: world.programme, record: world.record)
        #expect(deadlines.deadlines.contains { $0.statutory })
        let within = try await ListDeadlines(within: 30, asOf: AppWorld.day).run(programme: world.programme, record: world.record)
        #expect(within.deadlines.allSatisfy { $0.daysRemaining <= 30 })
        let funding = try await ShowFunding(asOf: AppWorld.day).run(programme: world.programme, record: world.record)
        #expect(!funding.funding.byYear.isEmpty)
        #expect(try await ListRisks().run(programme: world.programme).count == world.programme.plan().programme.risks.count)
    }

    @Test("My actions lists a contributor's open actions, the ones never updated first; a viewer has none", arguments: StoreKind.all)
    func myActions(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let contributor = AppWorld.signedIn(.contributor, owners: ["Manchester Safeguarding Partnership (MSP)"])
        try await world.update(AppWorld.othersAction, progress: "20", as: contributor)
        let groups = try await MyActions().run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: contributor)
        #expect(groups.map(\.owner) == ["Manchester Safeguarding Partnership (MSP)"])
        let items = groups.flatMap(\.items)
        #expect(!items.isEmpty && items.allSatisfy { $0.assessment.owner == "Manchester Safeguarding Partnership (MSP)" })
        #expect(items.last?.assessment.id == AppWorld.othersAction)
        #expect(try await MyActions().run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.viewer)).isEmpty)
    }

    @Test("My actions for a lead: open actions only, grouped by owner, the owner with the action longest without an update first, stalest first within",
          arguments: StoreKind.all)
    func myActionsForALead(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let plan = try await world.programme.plan().programme
        try await world.update(AppWorld.ownedAction, status: "complete")
        // The partnership's three actions: one updated today, one in July (over 30 days ago), one never.
        let msp = "Manchester Safeguarding Partnership (MSP)"
        try await world.update("A-MSP-PLAN", progress: "20")
        _ = try await RecordUpdate(UpdateRequest(action: "A-SCSPR-CARE-LEAVERS", progress: "10", by: "", at: "2024-07-01"), base: .latest)
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        let groups = try await MyActions().run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.lead))
        let listed = groups.flatMap(\.items).map(\.assessment.id)
        #expect(!listed.contains(AppWorld.ownedAction), "a complete action is not listed")
        let open = plan.actions.filter { action in action.id != AppWorld.ownedAction && ![.complete, .cancelled].contains(action.status) }
        #expect(Set(listed) == Set(open.map(\.id)))
        #expect(Set(groups.map(\.owner)).count == groups.count, "one group per owner")
        for group in groups {
            #expect(group.items.allSatisfy { ($0.assessment.owner ?? "") == group.owner })
        }
        let partnership = try #require(groups.first { $0.owner == msp })
        #expect(partnership.items.map(\.assessment.id) == ["A-PRACTICE-STANDARDS", "A-SCSPR-CARE-LEAVERS", "A-MSP-PLAN"], "never, then July, then today")
        #expect(partnership.items.map(\.stale) == [true, true, false])
    }

    @Test("validation summarises the plan and warns of updates recorded for actions it no longer has; --strict fails on them", arguments: StoreKind.all)
    func validate(kind: StoreKind) async throws {
        let plan = """
        format: reform-programme/1
        programme: {id: t, title: T, organisation: C}
        pillars:
          - {id: P1, title: One}
        actions:
          - {id: A1, title: First, pillar: P1, start: 2024-01-01, due: 2024-12-31}
        """
        let world = try await AppWorld.make(kind, plan: plan)
        _ = try await world.store.append([RecordedEvent(action: "GONE", occurredAt: "2024-09-01", day: "2024-09-01", recordedAt: "2024-09-01T10:00:00Z",
                                                        recordedBy: "x", progressNew: 10)])
        let outcome = try await ValidateProgramme().run(programme: world.programme, record: world.record)
        #expect(outcome.orphanWarning?.contains("GONE") == true)
        await #expect(throws: AppError.self) { try await ValidateProgramme(strict: true).run(programme: FileProgramme(path: world.programme.path, strict: true), record: world.record) }
    }
}
