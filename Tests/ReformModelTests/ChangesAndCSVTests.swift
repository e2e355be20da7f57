import Testing
@testable import ReformModel

@Suite("Changes since a day, and CSV")
struct ChangesAndCSVTests {
    @Test("changes list status moves, completions, RAG changes, progress, slipped dates, added and removed actions, by id and title")
    func changes() {
        let programme = Build.programme(actions: [
            Build.action("A", start: "2024-01-01", due: "2024-12-31", status: .notStarted),
            Build.action("B", start: "2024-01-01", due: "2024-06-30", progress: 50),
            Build.action("C", start: "2024-01-01", due: "2024-12-31", progress: 10),
        ])
        let updates = [
            ProgressUpdate(actionID: "A", day: Build.day("2024-03-01"), status: .inProgress, progress: 20),
            ProgressUpdate(actionID: "B", day: Build.day("2024-04-01"), status: .complete),
            ProgressUpdate(actionID: "C", day: Build.day("2024-04-01"), due: Build.date("March 2025")),
        ]
        let changes = ProgrammeChanges(programme: programme, updates: updates, since: Build.day("2024-02-01"), until: Build.day("2024-05-01"),
                                       previousActions: ["A": "A", "B": "B", "Z": "Gone"])
        let kinds = changes.changes.map { "\($0.kind.rawValue) \($0.action)" }
        // C is new since the earlier plan, so it is reported as added and nothing else.
        #expect(kinds == ["status A", "rag A", "progress A", "completed B", "added C", "removed Z"])
        #expect(changes.changes.first { $0.kind == .completed }?.summary == "B (B) was completed on 1 April 2024")
        #expect(changes.changes.first { $0.kind == .progress }?.summary == "A (A) moved from not reported to 20% done")
        #expect(changes.changes.first { $0.kind == .removed }?.summary == "Z (Gone) was removed from the plan")
    }

    @Test("with no earlier plan to compare, a slipped date is reported")
    func slipped() {
        let programme = Build.programme(actions: [Build.action("C", start: "2024-01-01", due: "2024-12-31", progress: 10)])
        let updates = [ProgressUpdate(actionID: "C", day: Build.day("2024-04-01"), due: Build.date("March 2025"))]
        let changes = ProgrammeChanges(programme: programme, updates: updates, since: Build.day("2024-02-01"), until: Build.day("2024-05-01"))
        #expect(changes.changes.map(\.summary).contains("C (C) slipped from 31 December 2024 to March 2025"))
    }

    @Test("CSV fields with commas, quotes and line breaks are quoted; formulas are neutralised")
    func csvWriting() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a, b") == "\"a, b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSV.field("-5 risk") == "'-5 risk")
        #expect(CSV.field("@cmd") == "'@cmd")
        #expect(CSV.field("\tx") == "'\tx")
        #expect(CSV.field("+44 1234") == "'+44 1234")
        #expect(CSV.field("\rx") == "\"'\rx\"")
        #expect(CSV.field("=1+1", guardFormulas: false) == "=1+1")
        #expect(CSV.field("été, £5") == "\"été, £5\"")
        #expect(CSV.row(["a", "b"]) == "a,b\r\n")
        #expect(CSV.row(["", "", "é"]) == ",,é\r\n")
        #expect(CSV.row([]) == "\r\n")
    }

    @Test("CSV read a piece at a time gives the same rows wherever the pieces split it: inside quotes, a doubled quote, a CRLF or a character")
    func csvInPieces() throws {
        let text = "\u{FEFF}id,note\r\n1,\"say \"\"hi\"\", then\r\nleave\"\r\n2,été £5\r\n3,\"\"\r\n4,lone\rreturn\n5,\"ends in a quote\"\"\""
        let whole = try CSV.parse(text)
        #expect(whole == [["id", "note"], ["1", "say \"hi\", then\r\nleave"], ["2", "été £5"], ["3", ""], ["4", "lone\rreturn"], ["5", "ends in a quote\""]])
        let bytes = Array(text.utf8)
        for size in 1...bytes.count {
            var reader = CSVReader()
            var rows: [[String]] = []
            try bytes.withUnsafeBufferPointer { all in
                for start in stride(from: 0, to: all.count, by: size) {
                    try reader.read(UnsafeBufferPointer(rebasing: all[start..<min(start + size, all.count)])) { rows.append($0) }
                }
            }
            try reader.finish { rows.append($0) }
            #expect(rows == whole, "pieces of \(size) bytes")
        }
        // Problems are found at the same line, however the text arrives.
        for bad in ["a,b\nc,\"open", "a,b\nc,d\"e\n", "a\n\"x\"y\n"] {
            var reader = CSVReader()
            let wholeError = #expect(throws: CSV.ParseError.self) { try CSV.parse(bad) }
            let pieceError = #expect(throws: CSV.ParseError.self) {
                try Array(bad.utf8).withUnsafeBufferPointer { all in
                    for index in all.indices { try reader.read(UnsafeBufferPointer(rebasing: all[index...index])) { _ in } }
                }
                try reader.finish { _ in }
            }
            #expect(wholeError == pieceError)
        }
    }

    @Test("the byte writer writes what CSV.field and CSV.row write, money as plain decimals, and a byte order mark for Excel")
    func csvWriter() throws {
        let awkward = ["plain", "a, b", "say \"hi\"", "=HYPERLINK(\"x\")", "-5 risk", "@cmd", "\tx", "+44 1234", "\rx", "line\nbreak", "été, £5", "", "\"", "'"]
        var writer = CSVWriter()
        writer.row(awkward)
        writer.row(awkward, guardFormulas: false)
        for money in [Money(pence: 0), Money(pence: 5), Money(pence: 125_050), Money(pence: -305), Money.maximum] {
            writer.field(money)
        }
        writer.emptyFields(2)
        writer.endRow()
        let moneyRow = [Money(pence: 0), Money(pence: 5), Money(pence: 125_050), Money(pence: -305), Money.maximum].map(\.decimalString) + ["", ""]
        #expect(moneyRow == ["0.00", "0.05", "1250.50", "-3.05", "100000000000.00", "", ""])
        let expected = "\u{FEFF}" + CSV.row(awkward.map { CSV.field($0) }) + CSV.row(awkward.map { CSV.field($0, guardFormulas: false) }) + CSV.row(moneyRow)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
        #expect(try CSV.parse(String(decoding: writer.bytes, as: UTF8.self)).first == awkward.map { CSV.startsFormula($0.utf8.first ?? 0) ? "'" + $0 : $0 })
        #expect(CSVWriter(byteOrderMark: false).bytes.isEmpty)
    }

    @Test("CSV parsing handles quotes, CRLF, a BOM and multi-line fields, and names the line of a problem")
    func csvParsing() throws {
        #expect(try CSV.parse("\u{FEFF}a,b\r\n\"x, y\",\"line\nbreak\"\r\n") == [["a", "b"], ["x, y", "line\nbreak"]])
        #expect(try CSV.parse("a,,c\n") == [["a", "", "c"]])
        #expect(throws: CSV.ParseError.self) { try CSV.parse("a,\"open\nb\n") }
        #expect(throws: CSV.ParseError.self) { try CSV.parse("a,b\"c\n") }
    }

    @Test("every note recorded in the period is a change, with who and when, and none from outside it")
    func notesInThePeriod() {
        let programme = Build.programme(actions: [Build.action("A", start: "2024-01-01", due: "2024-12-31", progress: 10)])
        let updates = [
            ProgressUpdate(actionID: "A", day: Build.day("2024-01-15"), note: "before", by: "x"),
            ProgressUpdate(actionID: "A", day: Build.day("2024-03-01"), note: "Draft shared", by: "Head of Service"),
        ]
        let changes = ProgrammeChanges(programme: programme, updates: updates, since: Build.day("2024-02-01"), until: Build.day("2024-05-01"))
        let notes = changes.changes.filter { $0.kind == .note }
        #expect(notes.map(\.to) == ["Draft shared"])
        #expect(notes.first?.note == ActionNote(text: "Draft shared", by: "Head of Service", day: Build.day("2024-03-01")))
        #expect(notes.first?.summary == "A (A): note by Head of Service on 1 March 2024: Draft shared")
    }

    @Test("every action has a direction of travel: complete is best and red worst, and not rated shows no trend")
    func directionOfTravel() {
        #expect(DirectionOfTravel(action: "A", title: "A", then: .amber, now: .green).trend == .improving)
        #expect(DirectionOfTravel(action: "A", title: "A", then: .green, now: .red).described == "GREEN to RED \u{2193} worsening")
        #expect(DirectionOfTravel(action: "A", title: "A", then: .amber, now: .complete).trend == .improving)
        #expect(DirectionOfTravel(action: "A", title: "A", then: .notRated, now: .red).trend == .unchanged)
        // A is red on 1 February (1% done with 8% of the time gone) and green by May (60% with 33% gone).
        let programme = Build.programme(actions: [Build.action("A", start: "2024-01-01", due: "2024-12-31", progress: 1),
                                                  Build.action("B", start: "2024-01-01", due: "2024-12-31", progress: 10)])
        let updates = [ProgressUpdate(actionID: "A", day: Build.day("2024-04-01"), progress: 60)]
        let changes = ProgrammeChanges(programme: programme, updates: updates, since: Build.day("2024-02-01"), until: Build.day("2024-05-01"))
        #expect(changes.directions.map(\.action) == ["A", "B"])
        #expect(changes.directions.first?.trend == .improving)
        #expect(ProgrammeChanges.none(until: Build.day("2024-05-01")).directions.isEmpty)
    }
}
