import Foundation
import Testing
@testable import ReformCore
import ReformModel
@testable import ReformPluginHost
import ReformPluginKit

/// The second example plan (Examples/families-first): a fictional council carrying its plan
/// forward under the Families First Partnership and the Children's Wellbeing and Schools Act
/// 2026. It validates, every format of every bundled report renders from it, and the reports say
/// what a reform that moves on needs said.
@Suite("The Families First example plan")
struct ExamplePlanTests {
    static let path = TestPaths.repository.appendingPathComponent("Examples/families-first/programme.yaml").path
    static let asOf = CalendarDay(year: 2026, month: 12, day: 6)!

    static func request(plugin: String, format: String) throws -> ReportRequest {
        let programme = try ProgrammeLoader.load(path: path).programme
        return ReportRequest(plugin: plugin, format: format, options: [:], generatedAt: "2026-12-06T09:00:00Z", asOf: asOf, since: nil,
                             programme: programme, analysis: ProgrammeAnalysis(programme, asOf: asOf),
                             changes: .none(until: asOf))
    }

    static func render(_ id: String, _ format: String) throws -> [UInt8] {
        let plugin = try SharedLibraryPlugin(path: TestPaths.buildDirectory + "/libreform-report-\(id).so", expectedID: id)
        return try ReportRenderer.render(try request(plugin: id, format: format), with: plugin, format: try ReportRenderer.format(format, of: plugin))
    }

    @Test("it validates with no warning, and says it is fictional")
    func validates() throws {
        let loaded = try ProgrammeLoader.load(path: Self.path)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.programme.info.organisation.contains("fictional"))
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        #expect(text.contains("AN EXAMPLE, NOT A REAL COUNCIL") && text.contains("ILLUSTRATIVE"))
    }

    @Test("every format of every bundled report renders from it", arguments: [
        ("summary", "markdown"), ("committee-update", "markdown"), ("committee-update", "html"), ("committee-update", "docx"),
        ("cost-burden", "markdown"), ("cost-burden", "csv"), ("cost-burden", "html"), ("cost-burden", "xlsx"),
        ("action-plan", "xlsx"), ("action-plan", "csv"),
    ])
    func renders(plugin: String, format: String) throws {
        let plugin = try SharedLibraryPlugin(path: TestPaths.buildDirectory + "/libreform-report-\(plugin).so", expectedID: plugin)
        #expect(plugin.manifest.formats.map(\.id).contains(format))
        #expect(try Self.render(plugin.manifest.id, format).count > 500)
    }

    @Test("the committee update lists the Act's duties by commencement state, the superseded policies with their successors, and each action under each of its policies")
    func committeeUpdate() throws {
        let text = String(decoding: try Self.render("committee-update", "markdown"), as: UTF8.self)
        let duties = try #require(text.range(of: "### Legal duties by commencement").map { String(text[$0.upperBound...]) })
        let inForce = try #require(duties.range(of: "*In force*")), awaiting = try #require(duties.range(of: "*Awaiting regulations*"))
        #expect(inForce.upperBound < awaiting.lowerBound)
        let inForceRows = String(duties[inForce.upperBound..<awaiting.lowerBound])
        #expect(inForceRows.contains("s5: Section 5 of the Act") && inForceRows.contains("in force since 29 June 2026") && inForceRows.contains("A-S5-REVIEW"))
        #expect(duties.contains("s3: Multi-agency child protection teams | Children's Wellbeing and Schools Act 2026 | on a day appointed by regulations | A-MACPT"),
                "no made-up date for a duty awaiting regulations")
        #expect(text.contains("Stable Homes, Built on Love is superseded by Keeping Children Safe, Helping Families Thrive"))
        #expect(text.contains("Families First Partnership programme guide (March 2025) is superseded by Families First Partnership programme guide (re-issued March 2026)"))
        #expect(text.contains("Carried over: The three strands of the 2025 guide"))
        let byPolicy = try #require(text.range(of: "### Progress by policy and duty").map { String(text[$0.upperBound...].prefix(4_000)) })
        for (policy, action) in [("Families First Partnership programme guide (re-issued March 2026)", "A-MACPT"),
                                 ("Children's Wellbeing and Schools Act 2026 s3: Multi-agency child protection teams", "A-MACPT"),
                                 ("Keeping Children Safe, Helping Families Thrive", "A-FAMILY-HELP"),
                                 ("Families First Partnership programme guide (re-issued March 2026)", "A-FAMILY-HELP")] {
            #expect(byPolicy.contains("| \(policy) | \(action):"), "\(action) under \(policy)")
        }
    }

    @Test("the roll-ups by policy count an action under each of its policies once; a duty in force is a deadline, one awaiting regulations is not")
    func analysis() throws {
        let programme = try ProgrammeLoader.load(path: Self.path).programme
        let analysis = ProgrammeAnalysis(programme, asOf: Self.asOf)
        let ffp = try #require(analysis.policies.first { $0.id == "FFP-2026" })
        #expect(ffp.actions.sorted() == ["A-EDUCATION-PARTNER", "A-FAMILY-HELP", "A-FGDM", "A-MACPT"])
        #expect(analysis.policies.first { $0.id == "KCSHFT" }?.actions.sorted() == ["A-FAMILY-HELP", "A-PLAN-REFRESH"])
        let duties = analysis.deadlines.filter { $0.kind == .duty }
        #expect(duties.map(\.id) == ["CWSA-2026-s5"] && duties.first?.date.day == CalendarDay(year: 2026, month: 6, day: 29))
        #expect(duties.first?.state == .met, "the review was done before the section came into force")
        let states = DutyStatus.all(programme, actions: programme.actions, asOf: Self.asOf)
        #expect(states.filter { $0.state == .awaitingRegulations }.map(\.id) == ["CWSA-2026-s1", "CWSA-2026-s2", "CWSA-2026-s3"])
        #expect(states.allSatisfy { $0.state != .awaitingRegulations || $0.day == nil })
        let lineage = PolicyLineage(programme.policies)
        #expect(lineage.superseded.map(\.id) == ["SHBOL", "FFP-2025"] && lineage.deliveredThrough.map(\.id) == ["KCSHFT"])
    }

    @Test("a New Burdens line inside a consolidated grant still counts against its burden, and is not counted again as the consolidated grant's")
    func consolidation() throws {
        let programme = try ProgrammeLoader.load(path: Self.path).programme
        let funding = ProgrammeAnalysis(programme, asOf: Self.asOf).funding
        let year = FinancialYear(startYear: 2025)
        let shares = funding.attributions.filter { $0.burden == "B-SUPPORTED-ACCOMMODATION" && $0.year == year }
        let (traced, rest) = (try Money.parse("300000").get(), try Money.parse("900000").get())
        #expect(shares.map(\.funding) == ["F-SAR-NB"] && shares.first?.amount == traced)
        let leftOver = funding.unattributedConfirmed.first { $0.id == "F-CHILDREN-FAMILIES" && $0.year == year }
        #expect(leftOver?.amount == .known(rest), "£1,200,000 less the £300,000 traced inside it")
        let text = String(decoding: try Self.render("cost-burden", "markdown"), as: UTF8.self)
        #expect(text.contains("| F-CHILDREN-FAMILIES: Children and Families Grant 2025-26 | 31/7834 | F-SAR-NB: Supported Accommodation Reforms New Burdens | 2025/26 | £300,000 | B-SUPPORTED-ACCOMMODATION |"))
    }
}
