import Testing
import ReformCore
import ReformModel

/// What changed between two versions of a plan, in the words a revision log and the committee read.
@Suite("What changed in the plan")
struct PlanChangesTests {
    private func plan(_ actions: String, burdens: String = "") throws -> Programme {
        try ProgrammeLoader.parse(bytes: Array("""
        format: reform-programme/1
        programme: {id: t, title: T, organisation: C}
        pillars:
          - {id: P1, title: One}
          - {id: P2, title: Two}
        milestones:
          - {id: M1, title: Milestone, due: December 2025, pillars: [P1]}
        actions:
        \(actions)
        \(burdens)
        """.utf8), file: "t.yaml").programme
    }

    @Test("actions added, cancelled, rescheduled, reassigned and re-parented, and a burden costed, each in words by id")
    func inWords() throws {
        let before = try plan("""
          - {id: A1, title: First, pillar: P1, owner: Head of Service, due: December 2025}
          - {id: A2, title: Second, pillar: P1, due: 2025/26}
          - {id: A3, title: Third, pillar: P1}
        """, burdens: """
        burdens:
          - id: B1
            title: Duty
            costs:
              - {year: 2025/26, amount: unknown, recurrent: true}
        """)
        let after = try plan("""
          - {id: A1, title: First, pillar: P1, owner: Deputy Director, due: March 2027}
          - {id: A2, title: Second, pillar: P2, due: 2025/26, status: cancelled}
          - {id: A4, title: Fourth, pillar: P1}
        """, burdens: """
        burdens:
          - id: B1
            title: Duty
            costs:
              - {year: 2025/26, amount: 120000, recurrent: true}
        """)
        #expect(PlanChanges.between(before, after).map(\.words) == [
            "A1 rescheduled from December 2025 to March 2027",
            "A1 reassigned from Head of Service to Deputy Director",
            "A2 cancelled",
            "A2 re-parented: pillars P1 to P2",
            "A4 added: Fourth",
            "A3 removed from the plan",
            "burden B1 costed (2025/26: unknown recurrent to £120,000 recurrent)",
        ])
        #expect(PlanChanges.between(after, after).isEmpty)
    }
}
