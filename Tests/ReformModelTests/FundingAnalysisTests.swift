import Testing
@testable import ReformModel

@Suite("Funding and new burdens")
struct FundingAnalysisTests {
    /// The fixture, worked by hand.
    ///
    /// Funding: F1 confirmed 2024/25 £10,000.00, 2025/26 £5,000.00; F2 indicative 2024/25 £3,000.00;
    /// F3 confirmed 2024/25 £1,000.50; F4 confirmed 2025/26 £750.00 (named by no burden);
    /// FN national £20,000,000 (never counted).
    /// Burdens in file order: B1 (POL1, P1) 2024/25 £6,000.00 one-off, 2025/26 £4,000.00 recurrent, funded by F1, F2;
    /// B2 (POL1, P2) 2024/25 £7,000.25 recurrent, funded by F1, F2 and explicitly £1,000.50 of F3;
    /// B3 (POL2, P1 and P2) 2024/25 unknown, 2025/26 £2,500.00 one-off, funded by F1; B4 (no policy) with no costs.
    ///
    /// Recurrent costs carry forward through the years shown (2024/25 to 2026/27) until a later
    /// recurrent entry: B2's £7,000.25 into 2025/26 and 2026/27, B1's £4,000.00 into 2026/27; B3's
    /// unknown one is not carried.
    ///
    /// Explicit first: B2 gets £1,000.50 of F3, leaving £5,999.75 uncovered.
    /// Confirmed, in file order. F1 2024/25 £10,000.00: B1 £6,000.00, B2 £4,000.00 (F1 exhausted; B2 £1,999.75 uncovered);
    /// B3 2024/25 is unknown, so it gets nothing. F1 2025/26 £5,000.00: B1 £4,000.00, B2 £1,000.00 (F1 exhausted; B3 £2,500.00 uncovered).
    /// Indicative. F2 2024/25 £3,000.00: B2 £1,999.75, leaving £1,000.25 of F2 unattributed.
    ///
    /// 2024/25: one-off 6,000.00 + recurrent 7,000.25 = cost 13,000.25; confirmed 6,000.00 + 5,000.50 = 11,000.50;
    ///          unfunded 1,999.75, all at risk (indicative); no funding identified 0.00; 1 unquantified item (B3).
    /// 2025/26: one-off 2,500.00 + recurrent 4,000.00 + 7,000.25 carried = cost 13,500.25; confirmed 5,000.00; unfunded 8,500.25, none at risk.
    /// 2026/27: recurrent 4,000.00 + 7,000.25, both carried = cost 11,000.25; nothing confirmed.
    /// Total: cost 37,500.75 = confirmed 16,000.50 + at risk 1,999.75 + no funding 19,500.50; unquantified 2 (B3's year, B4).
    static let programme = Build.programme(
        policies: [Policy(id: "POL1", title: "First", kind: .strategy), Policy(id: "POL2", title: "Second", kind: .strategy)],
        funding: [
            Funding(id: "F1", title: "F1", status: .confirmed, amounts: [YearAmount(year: Build.year("2024/25"), amount: Build.pounds(10_000)),
                                                                      YearAmount(year: Build.year("2025/26"), amount: Build.pounds(5000))]),
            Funding(id: "F2", title: "F2", status: .indicative, amounts: [YearAmount(year: Build.year("2024/25"), amount: Build.pounds(3000))]),
            Funding(id: "F3", title: "F3", status: .confirmed, amounts: [YearAmount(year: Build.year("2024/25"), amount: .known(Money(pence: 100_050)))]),
            Funding(id: "F4", title: "F4", status: .confirmed, amounts: [YearAmount(year: Build.year("2025/26"), amount: Build.pounds(750))]),
            Funding(id: "FN", title: "National", status: .confirmed, scope: .national,
                    amounts: [YearAmount(year: Build.year("2024/25"), amount: Build.pounds(20_000_000))]),
        ],
        burdens: [
            Burden(id: "B1", title: "B1", policy: "POL1", pillars: ["P1"], costs: [
                BurdenCost(year: Build.year("2024/25"), amount: Build.pounds(6000), recurrent: false),
                BurdenCost(year: Build.year("2025/26"), amount: Build.pounds(4000), recurrent: true),
            ], fundedBy: [FundingAttribution(funding: "F1"), FundingAttribution(funding: "F2")]),
            Burden(id: "B2", title: "B2", policy: "POL1", pillars: ["P2"], costs: [
                BurdenCost(year: Build.year("2024/25"), amount: .known(Money(pence: 700_025)), recurrent: true),
            ], fundedBy: [FundingAttribution(funding: "F1"), FundingAttribution(funding: "F2"),
                          FundingAttribution(funding: "F3", amounts: [YearAmount(year: Build.year("2024/25"), amount: .known(Money(pence: 100_050)))])]),
            Burden(id: "B3", title: "B3", policy: "POL2", pillars: ["P1", "P2"], costs: [
                BurdenCost(year: Build.year("2024/25"), amount: .unknown, recurrent: true),
                BurdenCost(year: Build.year("2025/26"), amount: Build.pounds(2500), recurrent: false),
            ], fundedBy: [FundingAttribution(funding: "F1")]),
            Burden(id: "B4", title: "B4"),
        ])

    static let analysis = FundingAnalysis(programme, asOf: Build.day("2024-06-01"))

    private func figures(_ year: String) -> FundingFigures {
        Self.analysis.byYear.first { $0.year == Build.year(year) }!.figures
    }

    @Test("attribution follows explicit amounts, then confirmed then indicative funding in file order")
    func attributions() {
        let shares = Self.analysis.attributions.map { "\($0.burden) \($0.funding) \($0.year.label) \($0.amount.decimalString)\($0.explicit ? " explicit" : "")" }
        #expect(shares == [
            "B2 F3 2024/25 1000.50 explicit",
            "B1 F1 2024/25 6000.00", "B2 F1 2024/25 4000.00",
            "B1 F1 2025/26 4000.00", "B2 F1 2025/26 1000.00",
            "B2 F2 2024/25 1999.75",
        ])
    }

    @Test("2024/25 reconciles to the penny")
    func firstYear() {
        let year = figures("2024/25")
        #expect(year.oneOffCost.decimalString == "6000.00")
        #expect(year.recurrentCost.decimalString == "7000.25")
        #expect(year.cost.decimalString == "13000.25")
        #expect(year.confirmed.decimalString == "11000.50")
        #expect(year.unfunded.decimalString == "1999.75")
        #expect(year.atRisk.decimalString == "1999.75")
        #expect(year.noFundingIdentified.decimalString == "0.00")
        // One burden unknown this year, and one with no estimate for any year, which counts in every year.
        #expect(year.unquantifiedItems == 2)
    }

    @Test("2025/26 reconciles to the penny")
    func secondYear() {
        let year = figures("2025/26")
        #expect(year.cost.decimalString == "13500.25")
        #expect(year.carriedForward.decimalString == "7000.25")
        #expect(year.confirmed.decimalString == "5000.00")
        #expect(year.atRisk.decimalString == "0.00")
        #expect(year.noFundingIdentified.decimalString == "8500.25")
    }

    @Test("totals reconcile: cost = confirmed + at risk + no funding identified")
    func totals() {
        let total = Self.analysis.total
        #expect(total.cost.decimalString == "37500.75")
        #expect(total.confirmed.decimalString == "16000.50")
        #expect(total.atRisk.decimalString == "1999.75")
        #expect(total.noFundingIdentified.decimalString == "19500.50")
        #expect(total.confirmed + total.atRisk + total.noFundingIdentified == total.cost)
        #expect(total.unquantifiedItems == 2)
    }

    @Test("figures by policy and pillar; a burden under two pillars counts under each")
    func groups() {
        let byPolicy = Dictionary(uniqueKeysWithValues: Self.analysis.byPolicy.map { ($0.title, $0.total) })
        #expect(byPolicy["First"]?.cost.decimalString == "35000.75")
        #expect(byPolicy["First"]?.confirmed.decimalString == "16000.50")
        #expect(byPolicy["Second"]?.noFundingIdentified.decimalString == "2500.00")
        #expect(byPolicy["No policy"]?.unquantifiedItems == 1)
        let byPillar = Dictionary(uniqueKeysWithValues: Self.analysis.byPillar.map { ($0.id, $0.total) })
        #expect(byPillar["P1"]?.cost.decimalString == "16500.00")
        #expect(byPillar["P2"]?.cost.decimalString == "23500.75")
    }

    @Test("unquantified burdens are listed by name, unattributed confirmed and indicative funding are shown, national funding is context only")
    func listings() {
        #expect(Self.analysis.unquantified.map(\.id) == ["B3", "B4"])
        #expect(Self.analysis.unquantified[0].years == [Build.year("2024/25")])
        #expect(Self.analysis.unattributedConfirmed.map { "\($0.id) \($0.year!.label) \($0.amount)" } == ["F4 2025/26 750.00"])
        #expect(Self.analysis.unattributedIndicative.map { "\($0.id) \($0.year!.label) \($0.amount)" } == ["F2 2024/25 1000.25"])
        #expect(Self.analysis.national.map(\.id) == ["FN"])
        #expect(Self.analysis.total.cost < Money(pounds: 20_000_000))
    }

    @Test("a recurrent cost carries into the later years shown, as an assumption in words, until a later recurrent entry says otherwise")
    func recurrentCostsCarryForward() {
        let programme = Build.programme(burdens: [
            Burden(id: "B", title: "Kinship allowances", costs: [BurdenCost(year: Build.year("2025/26"), amount: Build.pounds(120_000), recurrent: true)]),
            Burden(id: "C", title: "Family help", costs: [BurdenCost(year: Build.year("2025/26"), amount: Build.pounds(50_000), recurrent: true),
                                                        BurdenCost(year: Build.year("2027/28"), amount: Build.pounds(80_000), recurrent: true)]),
        ])
        let analysis = FundingAnalysis(programme, asOf: Build.day("2026-12-06"))
        #expect(analysis.years.map(\.label) == ["2025/26", "2026/27", "2027/28", "2028/29"])
        let kinship = analysis.byBurden.first { $0.id == "B" }!.years
        #expect(kinship.map { $0.figures.money($0.figures.cost)?.decimalString } == ["120000.00", "120000.00", "120000.00", "120000.00"])
        #expect(kinship.map(\.figures.carriedForward.decimalString) == ["0.00", "120000.00", "120000.00", "120000.00"])
        let help = analysis.byBurden.first { $0.id == "C" }!.years
        #expect(help.map(\.figures.recurrentCost.decimalString) == ["50000.00", "50000.00", "80000.00", "80000.00"])
        #expect(analysis.unquantified.isEmpty, "no year reads as not costed")
        #expect(analysis.carriedForward.map(\.assumption) == [
            "Kinship allowances: the recurrent cost of £120,000 a year stated for 2025/26 is assumed to continue in 2026/27 to 2028/29 (no later figure is given).",
            "Family help: the recurrent cost of £50,000 a year stated for 2025/26 is assumed to continue in 2026/27 (no later figure is given).",
            "Family help: the recurrent cost of £80,000 a year stated for 2027/28 is assumed to continue in 2028/29 (no later figure is given).",
        ])
    }

    @Test("at least three years from the as-of year are shown, with no gaps")
    func years() {
        #expect(Self.analysis.years.map(\.label) == ["2024/25", "2025/26", "2026/27"])
        let later = FundingAnalysis(Self.programme, asOf: Build.day("2027-01-01"))
        #expect(later.years.map(\.label) == ["2024/25", "2025/26", "2026/27", "2027/28", "2028/29"])
    }

    @Test("explicit attributions above the cost are capped at the cost, so nothing goes negative")
    func explicitAboveCost() {
        let programme = Build.programme(
            funding: [Funding(id: "F", title: "F", status: .confirmed, amounts: [YearAmount(year: Build.year("2024/25"), amount: Build.pounds(900))])],
            burdens: [Burden(id: "B", title: "B", costs: [BurdenCost(year: Build.year("2024/25"), amount: Build.pounds(500), recurrent: false)],
                             fundedBy: [FundingAttribution(funding: "F", amounts: [YearAmount(year: Build.year("2024/25"), amount: Build.pounds(800))])])])
        let total = FundingAnalysis(programme, asOf: Build.day("2024-06-01")).total
        #expect(total.confirmed.decimalString == "500.00")
        #expect(total.unfunded.decimalString == "0.00")
    }

    @Test("restricting to one year keeps only that year")
    func restricted() {
        let one = Self.analysis.restricted(to: Build.year("2025/26"))
        #expect(one.total.cost.decimalString == "13500.25")
        #expect(one.byPolicy.allSatisfy { $0.years.count == 1 })
    }
}
