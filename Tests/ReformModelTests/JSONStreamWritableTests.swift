import Foundation
import Testing
@testable import ReformModel

/// Each type that writes its own JSON must write exactly what its `Encodable` conformance writes.
@Suite("Types that write their own JSON")
struct JSONStreamWritableTests {
    /// Hides a value's `JSONStreamWritable` conformance, so that the encoder goes through `encode(to:)`.
    private struct ThroughEncodable<Value: Encodable>: Encodable {
        let value: Value
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    private func expectSameBytes<Value: JSONStreamWritable>(_ values: [Value], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for value in values {
            var writer = JSONWriter()
            value.writeJSON(to: &writer)
            let viaEncodable = try JSONStreamEncoder().encode(ThroughEncodable(value: value))
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: viaEncodable, as: UTF8.self), sourceLocation: sourceLocation)
        }
    }

    @Test("an action writes every member in order, leaves out absent ones, and escapes its text")
    func action() throws {
        let full = Action(id: "A1", title: "Kinship \"care\"\n\\ plan", pillars: ["P1", "P2"], policy: "POL1", milestone: "M1", owner: "Head",
                          partners: ["NHS"], start: Build.date("2024-04"), due: Build.date("Spring 2025"), status: .complete, progress: 100,
                          completed: Build.date("2025-03-01"), dependsOn: ["A0"], rag: RAGOverride(status: .amber, reason: "why"),
                          requirement: .required, notes: "n\u{1}", source: "doc")
        try expectSameBytes([full, Build.action()])
    }

    @Test("a rating with every member set writes each under its documented key, as its encoding does")
    func ratingWithEveryMember() throws {
        let rating = RAGAssessment(status: .amber, rule: .performance, reason: "30% done with 37% of the time gone (81%): amber",
                                   performance: 81, timeElapsed: 37)
        try expectSameBytes([rating])
        var writer = JSONWriter()
        rating.writeJSON(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"status":"amber","rule":"performance","reason":"30% done with 37% of the time gone (81%): amber","performance":81,"time_elapsed":37}"#)
    }

    @Test("dates of every precision, and days with short years, write as their encoding does")
    func dates() throws {
        try expectSameBytes(["2024-12-31", "2024-12", "2024-Q1", "Winter 2024", "early 2025", "2024/25", "December 2024"].map(Build.date))
        // Days computed from others (a forecast) may fall outside the years a date may be written in.
        let day = CalendarDay(year: 2024, month: 1, day: 2)!
        try expectSameBytes([day.adding(days: -379_316), day.adding(days: 2_905_000), day.adding(days: -738_886)])
    }

    @Test("every assessment, deadline and roll-up of a small programme writes as its encoding does")
    func assessments() throws {
        let programme = Build.programme(
            actions: [
                Build.action("A1", start: "2024-01-01", due: "2024-12-31", progress: 40),
                Build.action("A2", due: "2023-01-01", status: .notStarted, dependsOn: ["A1"]),
                Build.action("A3", status: .complete, milestone: "M1"),
                Build.action("A4", status: .cancelled, policy: "POL1"),
                Build.action("A5", start: "2024-02-01", status: .inProgress, milestone: "M1"),
            ],
            policies: [Policy(id: "POL1", title: "Policy", kind: .statutoryGuidance, deadline: Build.date("December 2025"))],
            milestones: [Milestone(id: "M1", title: "Milestone", due: Build.date("2025-06"))])
        let analysis = ProgrammeAnalysis(programme, asOf: Build.day("2024-06-30"))
        try expectSameBytes(analysis.actions)
        try expectSameBytes(analysis.actions.map(\.rag))
        try expectSameBytes(analysis.actions.map(\.forecast))
        try expectSameBytes(analysis.actions.compactMap(\.deadline))
        try expectSameBytes(analysis.deadlines)
        try expectSameBytes(analysis.pillars + analysis.policies + analysis.milestones)
        #expect(analysis.deadlines.contains { $0.slackDays != nil } && analysis.deadlines.contains { !$0.criticalPath.isEmpty })
        #expect(Set(analysis.actions.compactMap(\.deadline?.origin)) == [.action, .milestone, .policy])
    }

    @Test("a whole analysis, written in one go or in two parts around its assessments, writes as its encoding does",
          arguments: [nil, "2024-04-01"])
    func wholeAnalysis(baseline: String?) throws {
        var programme = Build.programme(
            actions: [Build.action("A1", start: "2024-01-01", due: "2024-12-31", progress: 40, milestone: "M1"),
                      Build.action("A2", due: "2023-01-01", status: .notStarted, dependsOn: ["A1"])],
            milestones: [Milestone(id: "M1", title: "Milestone", due: Build.date("2025-06"))])
        programme.info.asOf = baseline.map(Build.date)
        let updates = [ProgressUpdate(actionID: "A1", day: Build.day("2024-05-01"), progress: 50)]
        let assessed = AssessedProgramme(programme, asOf: Build.day("2024-06-30"), updates: updates)
        let analysis = ProgrammeAnalysis(completing: assessed)
        #expect(analysis == ProgrammeAnalysis(programme, asOf: Build.day("2024-06-30"), updates: updates))
        let viaEncodable = String(decoding: try JSONStreamEncoder().encode(ThroughEncodable(value: analysis)), as: UTF8.self)

        var whole = JSONWriter()
        try analysis.writeJSON(to: &whole)
        #expect(String(decoding: whole.bytes, as: UTF8.self) == viaEncodable)

        var inParts = JSONWriter()
        ProgrammeAnalysis.writeJSONOpening(of: assessed, to: &inParts)
        try analysis.writeJSONRest(to: &inParts)
        #expect(String(decoding: inParts.bytes, as: UTF8.self) == viaEncodable)
        #expect(viaEncodable.contains("\"updates_applied\":1") && viaEncodable.contains("\"baseline\"") == (baseline != nil))
    }

    @Test("a funding analysis's groups, years and figures write as their encoding does, amounts not costed as null")
    func funding() throws {
        let analysis = FundingAnalysisTests.analysis
        try expectSameBytes(analysis.byBurden + analysis.byPolicy + analysis.byPillar)
        try expectSameBytes(analysis.byYear)
        try expectSameBytes(analysis.byBurden.flatMap(\.years).map(\.figures) + [FundingFigures()])
        let notCosted = try #require(analysis.byBurden.first { $0.id == "B3" }?.years.first { !$0.figures.isCosted })
        var writer = JSONWriter()
        notCosted.figures.writeJSON(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self).hasPrefix(#"{"one_off_cost":null,"#))
    }

    @Test("burdens, their costs and funding, and the analysis's attributions and carried costs write as their encoding does, unknown amounts as null")
    func burdensAndAttributions() throws {
        let burdens = FundingAnalysisTests.programme.burdens + [
            Burden(id: "B9", title: "Every \"member\"", policy: "POL1", pillars: ["P1", "P2"], kind: .newDuty,
                   costs: [BurdenCost(year: Build.year("2026/27"), amount: .unknown, recurrent: true, basis: "estimate\n2026")],
                   fundedBy: [FundingAttribution(funding: "F1", amounts: [YearAmount(year: Build.year("2026/27"), amount: .unknown)])],
                   notes: "n", source: "s"),
        ]
        try expectSameBytes(burdens)
        try expectSameBytes(burdens.flatMap(\.costs))
        try expectSameBytes(burdens.flatMap(\.fundedBy))
        try expectSameBytes(burdens.flatMap(\.fundedBy).flatMap(\.amounts))
        try expectSameBytes([Amount.unknown, .known(Money(pence: 12))])
        let analysis = FundingAnalysisTests.analysis
        #expect(!analysis.attributions.isEmpty && !analysis.carriedForward.isEmpty)
        try expectSameBytes(analysis.attributions)
        try expectSameBytes(analysis.carriedForward)
    }

    @Test("money and financial years write what Foundation's encoder writes for them: a quoted decimal and a label")
    func moneyAndYears() throws {
        for money in [Money(pence: 0), Money(pence: 5), Money(pence: 100_050), Money(pence: -1), Money(pence: -123_456_789), Money(pounds: 20_000_000)] {
            var writer = JSONWriter()
            money.writeJSON(to: &writer)
            #expect(writer.bytes == Array(try JSONEncoder().encode(money)))
        }
        var writer = JSONWriter()
        Build.year("2024/25").writeJSON(to: &writer)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        #expect(writer.bytes == Array(try encoder.encode(Build.year("2024/25"))))
    }

    @Test("a list of writable values is one JSON array, the same as its encoding")
    func arrays() throws {
        try expectSameBytes([[Build.action("A1"), Build.action("A2")], []])
        try expectSameBytes([["a", "b\"c"], []])
    }

    @Test("a dictionary writes its keys sorted, as the encoder writes any dictionary, so equal values are equal bytes")
    func dictionaries() throws {
        let counts = ["red": 2, "amber": 0, "green": 5, "not-rated": 1]
        var writer = JSONWriter()
        counts.writeJSON(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"amber":0,"green":5,"not-rated":1,"red":2}"#)
        // Values hidden from `JSONStreamWritable` take the encoder's own dictionary path.
        let viaEncodable = try JSONStreamEncoder().encode(counts.mapValues { ThroughEncodable(value: $0) })
        #expect(writer.bytes == viaEncodable)
        try expectSameBytes([[String: Int](), ["only": 1]])
    }

    @Test("numbers are written digit by digit, zero-padded where asked")
    func digits() {
        var writer = JSONWriter()
        for value in [0, 7, 10, 99, 100, -5, Int.max, Int.min] {
            writer.digits(value)
            writer.punctuation(UInt8(ascii: " "))
        }
        writer.digits(5, width: 4)
        writer.punctuation(UInt8(ascii: " "))
        writer.digits(12345, width: 2)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "0 7 10 99 100 -5 \(Int.max) \(Int.min) 0005 12345")
    }
}
