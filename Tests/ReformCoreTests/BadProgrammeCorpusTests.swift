import Foundation
import Testing
@testable import ReformCore

/// Each file in `Tests/Fixtures/bad` must give exactly the diagnostics `EXPECTED.txt` lists for it.
@Suite("Bad programme files")
struct BadProgrammeCorpusTests {
    static let directory = TestSupport.fixtures.appendingPathComponent("bad")

    /// `EXPECTED.txt` parsed: file name to its expected diagnostic lines.
    static let expectations: [String: [String]] = {
        let text = (try? String(contentsOf: directory.appendingPathComponent("EXPECTED.txt"), encoding: .utf8)) ?? ""
        var result: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("## ") {
                current = String(line.dropFirst(3))
                result[current!] = []
            } else if let name = current, !line.hasPrefix("#") {
                result[name]!.append(String(line))
            }
        }
        return result
    }()

    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    @Test("the corpus has at least 40 files and every file has expectations")
    func corpusIsComplete() {
        #expect(Self.files.count >= 40)
        #expect(Set(Self.files) == Set(Self.expectations.keys))
    }

    @Test("each bad file gives exactly its expected errors at the expected line and column", arguments: files)
    func givesExpectedDiagnostics(file: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(file)))
        let actual = TestSupport.diagnostics(bytes: bytes)
        #expect(actual == Self.expectations[file], "\(file)")
        #expect(actual.contains { $0.contains(": error: ") }, "\(file) must be invalid")
    }
}

/// Hostile inputs made in code: they are binary, huge or tedious to keep as files.
@Suite("Hostile input")
struct HostileInputTests {
    @Test("a zero-byte file is reported as empty")
    func zeroBytes() {
        #expect(TestSupport.diagnostics(bytes: []) == ["1:1: error: the file is empty: a programme file starts with 'format: reform-programme/1'"])
    }

    @Test("a billion-laughs alias bomb fails at its first alias")
    func aliasBomb() {
        var text = "format: reform-programme/1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let diagnostics = TestSupport.diagnostics(text)
        #expect(diagnostics.last == "3:10: error: aliases (*name) are not supported in programme files: write the value out in full")
    }

    @Test("10,000-deep nesting stops at the depth limit, in block and flow style")
    func deepNesting() {
        let flow = "format: reform-programme/1\nactions: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(TestSupport.diagnostics(flow).last?.hasPrefix("2:73: error: nesting is deeper than the limit of 64 levels") == true)
        var block = "format: reform-programme/1\n"
        for depth in 0..<10_000 { block += String(repeating: " ", count: depth) + "k\(depth):\n" }
        #expect(TestSupport.diagnostics(block).last?.contains("error: nesting is deeper than the limit of 64 levels") == true)
    }

    @Test("invalid UTF-8 is reported at its line and column")
    func invalidUTF8() {
        let bytes = Array(TestSupport.programme("actions:\n  - {id: A1, title: \"caf").utf8) + [0xC3, 0x28] + Array("\", pillar: P1}\n".utf8)
        let diagnostics = TestSupport.diagnostics(bytes: bytes)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("6:26: error: the file is not valid UTF-8") == true)
    }

    @Test("a NUL byte is reported at its line and column")
    func nulByte() {
        let bytes = Array(TestSupport.programme("actions:\n  - {id: A1, title: ab").utf8) + [0] + Array("c, pillar: P1}\n".utf8)
        let diagnostics = TestSupport.diagnostics(bytes: bytes)
        #expect(diagnostics == ["6:23: error: the file contains a control character (such as a NUL byte) at byte 138, which YAML does not allow"])
    }

    @Test("a value longer than the limit is refused")
    func longValue() {
        let text = TestSupport.programme("actions:\n  - {id: A1, pillar: P1, title: \(String(repeating: "x", count: 70_000))}\n")
        #expect(TestSupport.diagnostics(text) == ["6:33: error: this value is 70000 bytes long, more than the limit of 65536 bytes"])
    }

    @Test("a file larger than the limit is refused before it is read")
    func largeFile() {
        let limits = LoaderLimits(maxFileBytes: 100)
        let diagnostics = TestSupport.diagnostics(TestSupport.programme(String(repeating: "# padding\n", count: 20)), limits: limits)
        #expect(diagnostics.first?.hasPrefix("1:1: error: the file is ") == true)
        #expect(diagnostics.first?.hasSuffix("more than the limit of 100 bytes") == true)
    }

    @Test("more values than the limit are refused")
    func tooManyValues() {
        let limits = LoaderLimits(maxNodes: 50)
        let list = (0..<100).map { "  - {id: M\($0), title: T, value: 1}" }.joined(separator: "\n")
        #expect(TestSupport.diagnostics(TestSupport.programme("metrics:\n" + list + "\n"), limits: limits).last?
            .contains("error: the file has more than 50 values, the limit") == true)
    }

    @Test("a missing file is an error, not a crash")
    func missingFile() {
        #expect(throws: ProgrammeLoadError.self) { try ProgrammeLoader.load(path: "/nonexistent/programme.yaml") }
    }
}

@Suite("Limits on hostile files")
struct LimitTests {
    @Test("reading stops after the error limit, saying so, rather than listing millions of errors")
    func errorLimit() {
        let keys = (0..<50).map { "  bogus\($0): 1" }.joined(separator: "\n")
        let diagnostics = TestSupport.diagnostics("format: reform-programme/1\nprogramme:\n" + keys + "\n", limits: LoaderLimits(maxErrors: 10))
        #expect(diagnostics.count == 11)
        #expect(diagnostics.last?.contains("error: too many errors (10); stopped reading here: fix these and run again") == true)
    }

    @Test("a misspelt key over a large value stops reading there instead of reading the whole value")
    func largeSkippedValueStops() {
        let entries = (0..<50).map { "  - {id: A\($0)}" }.joined(separator: "\n")
        let text = "format: reform-programme/1\naction:\n" + entries + "\n- [unclosed\n"
        #expect(TestSupport.diagnostics(text, limits: LoaderLimits(maxSkippedNodes: 20)) == [
            "2:1: error: unknown key 'action' in the programme file (did you mean 'actions'?)",
            "3:3: error: stopped reading: the value that starts here, passed over because of the error reported for it, "
                + "holds more than 20 values; fix that error and run again",
        ])
    }

    @Test("a wrong value within the skipping limit is passed over and reading goes on")
    func smallSkippedValueIsPassedOver() {
        let entries = (0..<5).map { "  - {id: A\($0)}" }.joined(separator: "\n")
        let text = "format: reform-programme/1\naction:\n" + entries + "\nbogus: 1\n"
        let diagnostics = TestSupport.diagnostics(text, limits: LoaderLimits(maxSkippedNodes: 20))
        #expect(diagnostics.contains { $0.hasPrefix("8:1: error: unknown key 'bogus'") })
    }

    @Test("a list inside an item longer than the limit stops reading at the list")
    func longListStops() {
        let ids = (0..<30).map { "B\($0)" }.joined(separator: ", ")
        let text = TestSupport.programme("actions:\n  - {id: A1, title: T, pillar: P1, depends_on: [\(ids)]}\n")
        #expect(TestSupport.diagnostics(text, limits: LoaderLimits(maxListEntries: 20)) == [
            "6:48: error: depends_on has more than 20 entries, the limit for a list inside an item",
        ])
    }

    @Test("a map of years longer than the limit stops reading at the map")
    func longYearMap() {
        let years = (2000..<2030).map { "\($0)/\(String(format: "%02d", ($0 + 1) % 100)): 1" }.joined(separator: ", ")
        let text = TestSupport.programme("funding:\n  - {id: F1, title: Grant, status: confirmed, amounts: {\(years)}}\n")
        #expect(TestSupport.diagnostics(text, limits: LoaderLimits(maxListEntries: 20)) == [
            "6:56: error: amounts has more than 20 entries, the limit for a map inside an item",
        ])
    }

    @Test("more items than the limit stop reading at the first one past it, counting every kind of item")
    func tooManyItems() {
        let actions = (0..<10).map { "  - {id: A\($0), title: T, pillar: P1}" }.joined(separator: "\n")
        let diagnostics = TestSupport.diagnostics(TestSupport.programme("actions:\n" + actions + "\n"), limits: LoaderLimits(maxItems: 5))
        // The pillar is the first item, so the fifth action (line 10) is the sixth.
        #expect(diagnostics == ["10:5: error: the file has more than 5 items (actions, milestones, burdens and the like), the limit"])
    }

    @Test("references to undefined ids stop at the error limit, saying so, instead of listing them all")
    func referenceErrorLimit() {
        let actions = (0..<8).map { "  - {id: A\($0), title: T, pillar: P1, depends_on: [X\($0)]}" }.joined(separator: "\n")
        let diagnostics = TestSupport.diagnostics(TestSupport.programme("actions:\n" + actions + "\n"), limits: LoaderLimits(maxErrors: 3))
        #expect(diagnostics.count == 4)
        #expect(diagnostics.first == "6:49: error: unknown action 'X0' (did you mean 'A0'? actions are A0, A1, A2, A3, A4, A5, A6, A7)")
        #expect(diagnostics.last == "8:49: error: too many errors (3); stopped checking here: fix these and run again")
    }

    @Test("a chain of 20,000 dependencies loads without exhausting the stack, and a long cycle is shown shortened")
    func longDependencyChain() throws {
        let count = 20_000
        func chain(closed: Bool) -> String {
            TestSupport.programme("actions:\n" + (0..<count).map { index in
                let next = index + 1 < count ? "A\(index + 1)" : (closed ? "A0" : "")
                return "  - {id: A\(index), title: T, pillar: P1, depends_on: [\(next)]}"
            }.joined(separator: "\n") + "\n")
        }
        #expect(try ProgrammeLoader.parse(chain(closed: false)).programme.actions.count == count)
        #expect(TestSupport.diagnostics(chain(closed: true)) == [
            "\(5 + count):53: error: dependency cycle: A0 -> A1 -> A2 -> A3 -> A4 -> ... \(count - 9) more ... -> A19996 -> A19997 -> A19998 -> A19999 -> A0 "
                + "(an action cannot wait, directly or indirectly, for itself)",
        ])
    }

    @Test("deadlines that would list more feeding actions than the limit are refused, at the deadline that passes it")
    func feedingActionLimit() {
        // Four milestones on one chain of four actions: 4 + 3 + 2 + 1 = 10 feeding actions in all.
        let milestones = (0..<4).map { "  - {id: M\($0), title: M, due: 2026-12}" }.joined(separator: "\n")
        let actions = (0..<4).map { index in
            "  - {id: A\(index), title: T, pillar: P1, milestone: M\(index), depends_on: [\(index + 1 < 4 ? "A\(index + 1)" : "")]}"
        }.joined(separator: "\n")
        let text = TestSupport.programme("milestones:\n" + milestones + "\nactions:\n" + actions + "\n")
        #expect(TestSupport.diagnostics(text, limits: LoaderLimits(maxFeedingActions: 10)).isEmpty)
        let refused = TestSupport.diagnostics(text, limits: LoaderLimits(maxFeedingActions: 8))
        #expect(refused.count == 1)
        #expect(refused.first?.hasPrefix("8:10: error: the deadlines up to this one already list 9 feeding actions, more than the limit of 8") == true)
    }

    @Test("financial years more than 100 years apart are refused, since the burdens analysis has a row for every year between")
    func yearSpan() {
        func text(_ fundingYear: String) -> String {
            TestSupport.programme("""
            funding:
              - {id: F1, title: Grant, status: confirmed, amounts: {\(fundingYear): 1000}}
            burdens:
              - {id: B1, title: Duty, costs: [{year: 2024/25, amount: 500, recurrent: true}]}

            """)
        }
        #expect(TestSupport.diagnostics(text("2124/25")).isEmpty)
        #expect(TestSupport.diagnostics(text("2125/26")) == [
            "6:10: error: financial years run from 2024/25 (burden 'B1') to 2125/26 (funding line 'F1'), more than 100 years apart, the limit: check the years",
        ])
    }

    @Test("a top-level list is refused at once, without reading the rest")
    func topLevelListStopsAtOnce() {
        let text = "- a\n" + String(repeating: "- b\n", count: 1000) + "- [unclosed\n"
        #expect(TestSupport.diagnostics(text) == [
            "1:1: error: the top level of a programme file must be a mapping starting with 'format: reform-programme/1', found a list",
        ])
    }
}
