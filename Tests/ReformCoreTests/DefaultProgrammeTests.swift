import Foundation
import Testing
@testable import ReformCore
import ReformModel

/// The repository's `programme.yaml` carries the facts of the two seed documents, each with its source.
@Suite("The default programme")
struct DefaultProgrammeTests {
    static let loaded: LoadedProgramme? = try? ProgrammeLoader.load(path: TestSupport.repository.appendingPathComponent("programme.yaml").path)

    private func programme() throws -> Programme {
        try #require(Self.loaded).programme
    }

    @Test("it validates without errors or warnings")
    func validates() throws {
        let loaded = try ProgrammeLoader.load(path: TestSupport.repository.appendingPathComponent("programme.yaml").path)
        #expect(loaded.warnings.isEmpty)
    }

    @Test("its first line points editors at the committed JSON Schema")
    func schemaComment() throws {
        let text = try String(contentsOf: TestSupport.repository.appendingPathComponent("programme.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=\(ProgrammeJSONSchema.repositoryPath)\n"))
    }

    @Test("it has the vision, the six pillars and the two phases")
    func pillarsAndPhases() throws {
        let programme = try programme()
        #expect(programme.info.organisation == "Manchester City Council")
        #expect(programme.info.vision?.hasPrefix("For children to grow up in loving, safe and stable families") == true)
        #expect(programme.pillars.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(programme.phases.map { $0.start?.wording } == ["Spring 2023", "March 2025"])
        #expect(programme.phases.first?.end?.wording == "March 2025")
    }

    @Test("it has the four national policies of 15 December 2023 with their deadlines")
    func policies() throws {
        let policies = try programme().policies
        #expect(policies.count == 4)
        #expect(policies.allSatisfy { $0.published?.day.iso == "2023-12-15" })
        let deadlines = Dictionary(uniqueKeysWithValues: policies.map { ($0.id, $0.deadline?.day.iso) })
        #expect(deadlines["WT2023"] == "2024-12-31")
        #expect(deadlines["NF"] == "2025-12-31")
        #expect(policies.first { $0.id == "WT2023" }?.statutory == true)
    }

    @Test("it has the national milestones with the documents' wording", arguments: [
        ("M-ASGSF", "January 2024"), ("M-KIN-TRAINING", "Spring 2024"), ("M-KIN-AMBASSADOR", "Spring 2024"),
        ("M-KIN-GUIDANCE", "Spring 2024"), ("M-VSH", "September 2024"), ("M-DASHBOARD", "early 2024"),
    ])
    func nationalMilestones(id: String, due: String) throws {
        let milestone = try #require(try programme().milestones.first { $0.id == id })
        #expect(milestone.due?.wording == due)
        #expect(milestone.national)
    }

    @Test("national funding is marked national and the Virtual School's confirmed funding has an unknown amount")
    func funding() throws {
        let funding = try programme().funding
        let kinship = try #require(funding.first { $0.id == "F-DFE-KINSHIP" })
        #expect(kinship.scope == .national)
        #expect(kinship.amounts == [YearAmount(year: FinancialYear(startYear: 2024), amount: .known(Money(pounds: 20_000_000)))])
        #expect(funding.first { $0.id == "F-KINSHIP-CONTRACT" }?.total == .known(Money(pounds: 3_000_000)))
        let virtualSchool = try #require(funding.first { $0.id == "F-VSH" })
        #expect(virtualSchool.scope == .local && virtualSchool.status == .confirmed)
        #expect(virtualSchool.amounts.map(\.amount) == [.unknown])
    }

    @Test("no local cost is quantified, because the documents give none")
    func burdensUnquantified() throws {
        let burdens = try programme().burdens
        #expect(burdens.count >= 4)
        #expect(burdens.allSatisfy { $0.costs.allSatisfy { !$0.amount.isKnown } })
    }

    @Test("indicator readiness is 21 green, 5 orange and 9 red")
    func indicators() throws {
        let indicators = try programme().indicators
        let counts = Dictionary(grouping: indicators, by: \.readiness).mapValues { $0.reduce(0) { $0 + $1.count } }
        #expect(counts == [.green: 21, .orange: 5, .red: 9])
    }

    @Test("the metrics are the reported figures", arguments: [
        ("KINSHIP-CARERS-SUPPORTED", "850"), ("SGO-CHILDREN", "666"), ("KINSHIP-FOSTERING", "236"), ("LAC-KINSHIP-SHARE", "20"), ("INDICATORS-REPORTED", "381"),
    ])
    func metrics(id: String, value: String) throws {
        #expect(try programme().metrics.first { $0.id == id }?.value == value)
    }

    @Test("the committee's two resolutions are recorded")
    func committee() throws {
        let meeting = try #require(try programme().committees.first?.meetings.first)
        #expect(meeting.resolutions.count == 2)
        #expect(meeting.resolutions[1].text.contains("Workforce Development Strategy"))
    }

    @Test("every item names a source that the programme lists")
    func everyItemHasASource() throws {
        let programme = try programme()
        let sources = Set(programme.sources.map(\.id))
        #expect(sources == ["000_297639388e358003.txt", "003_c3af33ffa4c75a95.txt"])
        let groups: [[String?]] = [
            programme.phases.map(\.source), programme.pillars.map(\.source), programme.policies.map(\.source),
            programme.milestones.map(\.source), programme.actions.map(\.source), programme.funding.map(\.source),
            programme.burdens.map(\.source), programme.indicators.map(\.source), programme.metrics.map(\.source),
            programme.risks.map(\.source), programme.committees.map(\.source), [programme.info.source],
        ]
        let itemSources = groups.flatMap { $0 }
        #expect(itemSources.allSatisfy { $0.map(sources.contains) == true })
    }
}
