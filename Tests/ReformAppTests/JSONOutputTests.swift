import Foundation
import ReformModel
import ReformTestSupport
import Testing
@testable import ReformApp

/// The `--json` text is the bytes scripts have always read: what Foundation's `JSONEncoder` gives
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, now written in one pass.
@Suite("JSON output text")
struct JSONOutputTests {
    private static func foundation(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }

    @Test("status, funding, deadlines, an explained action and history are Foundation's bytes, on the default plan with updates")
    func theCommandsShapes() async throws {
        let world = try await AppWorld.make(.sqlite)
        try await world.update("A-NF-EMBED", status: "in-progress", progress: "30", note: "Déjà \"quoted\" \\ and a tab\there, 🙂 and a line\nbreak")
        let (programme, record, day) = (world.programme, world.record, AppWorld.day)
        let status = try await ShowStatus(asOf: day).run(programme: programme, record: record)
        let funding = try await ShowFunding(asOf: day).run(programme: programme, record: record).funding
        let deadlines = try await ListDeadlines(asOf: day).run(programme: programme, record: record)
        let explained = try await ExplainAction(action: "A-NF-EMBED", asOf: day).run(programme: programme, record: record).assessment
        let history = try await ReadHistory().history(programme: programme, record: record).map(EventJSON.init)
        #expect(try JSONOutputText.data(status) == Self.foundation(status))
        #expect(try JSONOutputText.data(funding) == Self.foundation(funding))
        #expect(try JSONOutputText.data(deadlines) == Self.foundation(deadlines))
        #expect(try JSONOutputText.data(explained) == Self.foundation(explained))
        #expect(try JSONOutputText.data(history) == Self.foundation(history))
    }

    private struct Awkward: Encodable {
        var zeta = 1
        var alpha: [Int] = []
        var empty: [String: Int] = [:]
        var ids = ["A10": 1, "A9": 2, "a": 3, "B": 4, "_x": 5, "a_b": 6, "ab": 7, "Ä": 8, "a\"b": 9, "a\u{01}": 10, "😀": 11, "\u{FFFD}": 12]
        var text = "x/y\u{01}\u{7F}é\"\\\t\n\u{08}\u{0C}\r\u{2028}<>&'"
        var numbers: [Double] = [0.1, 1e-7, 12_345_678_901_234.5, 3, -0.0, 1e21]
        var nothing: Int? = nil
        var nested = [[[String: [Int]]]](repeating: [["k": []], [:]], count: 2)
    }

    @Test("keys sort by their bytes, escapes are undone to sort them, and empty lists, nesting and numbers are laid out as Foundation lays them out")
    func awkwardValues() throws {
        #expect(try JSONOutputText.data(Awkward()) == Self.foundation(Awkward()))
        // A command prints the text a piece at a time; the pieces make the same bytes.
        let compact = try JSONStreamEncoder().encode(Awkward())
        var pieces: [[UInt8]] = []
        JSONPrettyPrinter.format(compact, chunkSize: 16) { pieces.append($0) }
        #expect(pieces.count > 10 && Array(pieces.joined()) == JSONPrettyPrinter.format(compact))
        #expect(try JSONOutputText.data("a plain string") == Self.foundation("a plain string"))
        #expect(try JSONOutputText.data([Int]()) == Self.foundation([Int]()))
    }
}
