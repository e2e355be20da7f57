import Foundation
import Testing

/// The analysis commands on the default programme, at fixed days so that results do not depend on today.
@Suite("status, deadlines, funding and explain")
struct AnalysisCommandTests {
    static let repository = CLITests.repository

    private func json(_ arguments: [String]) async throws -> [String: Any] {
        let result = try await ReformRunner.run(arguments, in: Self.repository)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("status shows each pillar and each action's RAG in words, without colour when NO_COLOR is set")
    func statusText() async throws {
        let result = try await ReformRunner.run(["status", "--as-of", "2025-01-15"], in: Self.repository)
        #expect(result.status == 0)
        #expect(result.stdout.contains("As at 15 January 2025: the file's baseline (January 2024) and 0 recorded updates."))
        #expect(result.stdout.contains("P2 Child protection"))
        #expect(result.stdout.contains("RED       A-MSP-PLAN"))
        #expect(result.stdout.contains("was due December 2024 (from milestone M-WT-IMPLEMENTED), 15 days ago, and is not complete"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("status --pillar filters, and an unknown pillar is a usage error with a suggestion")
    func statusFilter() async throws {
        let json = try await json(["status", "--pillar", "P5", "--as-of", "2024-03-01", "--json"])
        let actions = try #require(json["actions"] as? [[String: Any]])
        #expect(actions.map { $0["id"] as? String } == ["A-NF-EMBED", "A-PROGRAMME", "A-WORKFORCE-REPORT"])
        let bad = try await ReformRunner.run(["status", "--pillar", "P55"], in: Self.repository)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown pillar 'P55' (did you mean 'P5'?)"))
    }

    @Test("status --json has the documented keys and a reason for every RAG")
    func statusJSON() async throws {
        let json = try await json(["status", "--as-of", "2024-03-01", "--json"])
        #expect(Set(json.keys) == ["as_of", "baseline", "updates_applied", "roll_up_rule", "pillars", "policies", "actions"])
        #expect(json["as_of"] as? String == "2024-03-01")
        let actions = try #require(json["actions"] as? [[String: Any]])
        #expect(actions.count == 14)
        for action in actions {
            let rag = try #require(action["rag"] as? [String: Any])
            #expect(["red", "amber", "green", "complete", "not-rated"].contains(rag["status"] as? String))
            #expect((rag["reason"] as? String)?.isEmpty == false)
            #expect((action["forecast"] as? [String: Any])?["basis"] != nil)
        }
    }

    @Test("deadlines --json gives Working Together's state, feeding actions and critical path")
    func deadlinesJSON() async throws {
        let json = try await json(["deadlines", "--as-of", "2024-06-01", "--json"])
        let deadlines = try #require(json["deadlines"] as? [[String: Any]])
        let workingTogether = try #require(deadlines.first { $0["id"] as? String == "WT2023" })
        #expect(workingTogether["days_remaining"] as? Int == 213)
        #expect(workingTogether["state"] as? String == "at-risk")
        #expect((workingTogether["reason"] as? String)?.contains("no evidence of progress") == true)
        #expect((workingTogether["critical_path"] as? [String])?.last != nil)
        let framework = try #require(deadlines.first { $0["id"] as? String == "NF" })
        #expect((framework["date"] as? [String: Any])?["wording"] as? String == "December 2025")
    }

    @Test("deadlines --within keeps deadlines due soon and those missed")
    func deadlinesWithin() async throws {
        let json = try await json(["deadlines", "--as-of", "2024-12-01", "--within", "40", "--json"])
        let ids = (json["deadlines"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        #expect(ids.contains("WT2023") && ids.contains("M-WT-IMPLEMENTED"))
        #expect(ids.contains("M-VSH"))        // missed in September 2024
        #expect(!ids.contains("NF"))          // a year away
    }

    @Test("funding --json: where nothing is quantified the cost is null (not costed), never zero; national money is context")
    func fundingJSON() async throws {
        let json = try await json(["funding", "--as-of", "2024-03-01", "--json"])
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["cost"] is NSNull && total["unfunded"] is NSNull && total["quantified_items"] as? Int == 0)
        let years = try #require(json["by_year"] as? [[String: Any]])
        #expect(years.allSatisfy { (($0["figures"] as? [String: Any])?["cost"]) is NSNull })
        #expect(years.allSatisfy { ((($0["figures"] as? [String: Any])?["unquantified_items"]) as? Int ?? 0) >= 3 })
        #expect(total["unquantified_items"] as? Int == 5)
        #expect((json["unquantified"] as? [[String: Any]])?.count == 5)
        let national = try #require(json["national"] as? [[String: Any]])
        #expect(national.contains { $0["id"] as? String == "F-DFE-KINSHIP" && $0["amount"] as? String == "20000000.00" })
        #expect((json["years"] as? [String])?.first == "2023/24")
    }

    @Test("funding text says plainly that unquantified burdens are not in the figures")
    func fundingText() async throws {
        let result = try await ReformRunner.run(["funding", "--as-of", "2024-03-01"], in: Self.repository)
        #expect(result.stdout.contains("Not in these figures: 5 of 5 burdens have no cost estimate"))
        #expect(result.stdout.contains("National commitments (context only, not the council's money)"))
        #expect(try await ReformRunner.run(["funding", "--year", "2024/26"], in: Self.repository).status == 2)
    }

    @Test("a burden recurrent from 2025/26 is costed in every later year of the window, said to be carried forward; unattributed indicative money is listed")
    func recurrentCostCarriedForward() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-funding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        format: reform-programme/1
        programme: {id: t, title: T, organisation: Council}
        pillars:
          - {id: P1, title: One}
        funding:
          - {id: F-HOPE, title: Hoped-for grant, status: indicative, amounts: {2026/27: 30000}}
        burdens:
          - id: B-KIN
            title: Kinship allowances
            costs:
              - {year: 2025/26, amount: 120000, recurrent: true}
        """.write(to: folder.appendingPathComponent("programme.yaml"), atomically: true, encoding: .utf8)
        let result = try await ReformRunner.run(["funding", "--as-of", "2026-12-06"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for year in ["2026/27", "2027/28", "2028/29"] {
            #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix(year) && $0.contains("£120,000") },
                    "\(year) is costed")
        }
        #expect(!result.stdout.contains("not costed"))
        #expect(result.stdout.contains("B-KIN  Kinship allowances: the recurrent cost of £120,000 a year stated for 2025/26 is assumed to continue in 2026/27 to 2028/29"))
        #expect(result.stdout.contains("F-HOPE  Hoped-for grant: 2026/27 £30,000 (indicative)"))
    }

    @Test("explain gives the rule, the dependencies both ways and the forecast basis")
    func explain() async throws {
        let result = try await ReformRunner.run(["explain", "A-MSP-PLAN", "--as-of", "2025-01-01"], in: Self.repository)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Rule:       past its due date and not complete is red"))
        #expect(result.stdout.contains("Waited on by: A-SCSPR-CARE-LEAVERS (red)"))
        #expect(result.stdout.contains("no forecast can be made until progress is recorded"))
    }

    @Test("explain on an unknown action fails with a suggestion")
    func explainUnknown() async throws {
        let result = try await ReformRunner.run(["explain", "A-MSP-PLNA"], in: Self.repository)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no action 'A-MSP-PLNA' in programme.yaml (did you mean 'A-MSP-PLAN'?)"))
    }
}
