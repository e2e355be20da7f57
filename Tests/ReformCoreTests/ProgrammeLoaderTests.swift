import Testing
@testable import ReformCore
import ReformModel

@Suite("Loading programmes")
struct ProgrammeLoaderTests {
    @Test("an action's fields are decoded with dates keeping their wording")
    func decodesAction() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        policies:
          - {id: WT, title: Working Together, kind: statutory-guidance, deadline: December 2024, statutory: true}
        actions:
          - id: A1
            title: Plan
            pillars: [P1]
            policy: WT
            owner: Head of Service
            partners: [Police, NHS]
            start: 2024-01-15
            due: Autumn 2024
            status: in-progress
            progress: 40
            rag: {status: amber, reason: "Awaiting partner sign-off"}
            requirement: required
          - {id: A2, title: Next, pillar: P1, depends_on: A1}
        """))
        let action = try #require(loaded.programme.actions.first)
        #expect(action.pillars == ["P1"])
        #expect(action.partners == ["Police", "NHS"])
        #expect(action.due?.wording == "Autumn 2024")
        #expect(action.due?.day.iso == "2024-11-30")
        #expect(action.status == .inProgress)
        #expect(action.progress == 40)
        #expect(action.rag == RAGOverride(status: .amber, reason: "Awaiting partner sign-off"))
        #expect(loaded.programme.actions[1].dependsOn == ["A1"])
        #expect(loaded.programme.actions[1].progress == nil)
        #expect(loaded.warnings.isEmpty)
    }

    @Test("90, 90% and 90.0 are the same progress in the file, as on the command line and in a CSV, and 90.5 is refused the same way")
    func progressForms() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        actions:
          - {id: A1, title: One, pillar: P1, status: in-progress, progress: 90}
          - {id: A2, title: Two, pillar: P1, status: in-progress, progress: 90%}
          - {id: A3, title: Three, pillar: P1, status: in-progress, progress: 90.0}
        """))
        #expect(loaded.programme.actions.map(\.progress) == [90, 90, 90])
        let refused = TestSupport.diagnostics(TestSupport.programme("""
        actions:
          - {id: A1, title: One, pillar: P1, status: in-progress, progress: 90.5}
        """))
        #expect(refused.contains { $0.hasSuffix("error: progress must be a whole number from 0 to 100, not '90.5'") }, "\(refused)")
    }

    @Test("money sections keep unknown apart from zero and keep file order")
    func decodesMoney() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        funding:
          - id: F1
            title: Grant
            status: confirmed
            amounts: {2025/26: 0, 2024/25: unknown}
        burdens:
          - id: B1
            title: Duty
            costs:
              - {year: 2024/25, amount: 1250.5, recurrent: true}
              - {year: 2025/26, amount: ~, recurrent: false}
            funded_by:
              - {funding: F1, amounts: {2025/26: 0}}
        """))
        let funding = try #require(loaded.programme.funding.first)
        #expect(funding.amounts.map(\.year.label) == ["2025/26", "2024/25"])
        #expect(funding.amounts.map(\.amount) == [.known(.zero), .unknown])
        #expect(funding.scope == .local)
        let burden = try #require(loaded.programme.burdens.first)
        #expect(burden.costs.map(\.amount) == [.known(Money(pence: 125_050)), .unknown])
        #expect(burden.fundedBy == [FundingAttribution(funding: "F1", amounts: [YearAmount(year: FinancialYear(startYear: 2025), amount: .known(.zero))])])
    }

    @Test("an action due after its policy's statutory deadline is a warning, not an error")
    func statutoryDeadlineWarning() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        policies:
          - {id: WT, title: Working Together, kind: statutory-guidance, deadline: December 2024, statutory: true}
        actions:
          - {id: A1, title: Late, pillar: P1, policy: WT, due: 2025-01}
        """))
        #expect(loaded.warnings.map(\.description) == [
            "8:56: warning: action 'A1' is due January 2025, after the statutory deadline of 'WT' (December 2024)",
        ])
    }

    @Test("values read exactly as written after multi-byte characters, and through escapes, quotes and folded lines")
    func valuesAfterMultiByteCharacters() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        actions:
          - {id: A1, title: "Café – £5 🎉", pillar: P1, owner: Head of Service}
          - {id: A2, title: "Say \\"yes\\"\\tnow", pillar: P1, owner: 'It''s ours', notes: ""}
          - id: A3
            title: >
              Folded
              over lines
            pillar: P1
            owner: plain
              continued
        """))
        #expect(loaded.programme.actions.map(\.title) == ["Café – £5 🎉", "Say \"yes\"\tnow", "Folded over lines\n"])
        #expect(loaded.programme.actions.map(\.owner) == ["Head of Service", "It's ours", "plain continued"])
        #expect(loaded.programme.actions.map(\.notes) == [nil, "", nil])
    }

    @Test("an open action due after its milestone is a warning at its due date")
    func milestoneDeadlineWarning() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        milestones:
          - {id: M1, title: Plan agreed, due: 2024-09-30}
        actions:
          - {id: A1, title: Late, pillar: P1, milestone: M1, due: 2024-10}
          - {id: A2, title: Done late, pillar: P1, milestone: M1, due: 2024-10, status: complete}
        """))
        #expect(loaded.warnings.map(\.description) == [
            "8:59: warning: action 'A1' is due October 2024, after its milestone 'M1' (30 September 2024)",
        ])
    }

    @Test("a dependency due after the action that waits for it is a warning at the depends_on entry")
    func dependencyOrderWarning() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        actions:
          - {id: A1, title: First, pillar: P1, due: 2024-06-30}
          - {id: A2, title: Second, pillar: P1, due: 2024-05-31, depends_on: [A1]}
        """))
        #expect(loaded.warnings.map(\.description) == [
            "7:71: warning: 'A1' is due 30 June 2024, after 'A2' which depends on it is due 31 May 2024",
        ])
    }

    @Test("a closed dependency raises no order warning")
    func closedDependencyNoWarning() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        actions:
          - {id: A1, title: First, pillar: P1, due: 2024-06-30, status: complete}
          - {id: A2, title: Second, pillar: P1, due: 2024-05-31, depends_on: [A1]}
        """))
        #expect(loaded.warnings.isEmpty)
    }

    @Test("errors from every stage are reported together in file order")
    func allErrorsInOneRun() {
        let diagnostics = TestSupport.diagnostics(TestSupport.programme("""
        actions:
          - {id: A1, title: One, pillar: P2, due: 2024-02-30}
          - {id: A2, title: Two, pillar: P1, statuss: complete}
        risks:
          - {id: R1, title: Risk, impact: 9}
        """))
        #expect(diagnostics == [
            "6:34: error: unknown pillar 'P2' (did you mean 'P1'? pillars are P1)",
            "6:43: error: '2024-02-30' is not a date: February 2024 has 29 days",
            "7:38: error: unknown key 'statuss' in an action (did you mean 'status'?)",
            "9:35: error: impact must be from 1 to 5, not 9",
        ])
    }

    @Test("a complete action without progress counts as 100% and one with less is warned about")
    func completeProgress() throws {
        let loaded = try TestSupport.load(TestSupport.programme("""
        actions:
          - {id: A1, title: Done, pillar: P1, status: complete}
          - {id: A2, title: Done too, pillar: P1, status: complete, progress: 40}
        """))
        #expect(loaded.programme.actions.map(\.progress) == [100, 40])
        #expect(loaded.warnings.map(\.message) == ["action 'A2' is complete but its progress is 40%; analysis treats a complete action as 100%"])
    }
}
