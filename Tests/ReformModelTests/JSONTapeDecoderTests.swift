import Foundation
import Testing
@testable import ReformModel

@Suite("Reading JSON from a tape")
struct JSONTapeDecoderTests {
    private typealias Sample = JSONSample
    private typealias Inner = JSONSample.Inner

    private func ours<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try JSONTapeDecoder().decode(type, from: Array(text.utf8))
    }

    private func foundations<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    private static let sample = Sample(
        title: "Kinship \"care\" \\ plan\n\ttab \u{1}é £ 👪", count: -42, ratio: 0.1, flag: true, note: nil, tags: ["a", "", "\u{2028}"],
        scores: ["b": 2, "a": 1, "é\"": 3], nested: [Inner(day: CalendarDay(year: 2024, month: 12, day: 31)!, money: Money(pence: 300_000_000_00), year: FinancialYear(startYear: 2026)),
                                                   Inner(day: CalendarDay(year: 2025, month: 1, day: 1)!, money: nil, year: nil)],
        small: -8, big: .max, colour: .amber, matrix: [[1, nil, 3], [], [nil]])

    @Test("what either encoder writes decodes to the value it was, as Foundation's decoder reads it")
    func roundTrip() throws {
        for bytes in [try JSONStreamEncoder().encode(Self.sample), Array(try JSONEncoder().encode(Self.sample))] {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(try ours(Sample.self, text) == Self.sample)
            #expect(try ours(Sample.self, text) == foundations(Sample.self, text))
        }
    }

    @Test("members are found in any order, with spacing, escaped names, nulls for absent optionals and unknown members passed over")
    func memberOrderAndSpacing() throws {
        let text = """
         { "matrix" : [ [ ] ] , "big":0,"small" :1, "nested":[], "extra": {"deep": [1, {"x": "y"}]},
           "scores":{}, "tags":[ "\\u00e9\\ud83d\\udc6a\\/" ], "note":null, "fl\\u0061g":false, "ratio":-1.5e2, "count":0, "title":"" }\r\n
        """
        let decoded = try ours(Sample.self, text)
        #expect(decoded == (try foundations(Sample.self, text)))
        #expect(decoded.tags == ["é👪/"])
        #expect(decoded.ratio == -150)
        #expect(decoded.flag == false)
    }

    @Test("numbers read as Foundation reads them: exact doubles, whole numbers written with a fraction, and overflow refused")
    func numbers() throws {
        let doubles = "[0.1, 1e-7, 123456789.123456789, -0.0, 5e-324, 1.7976931348623157e308, 2.5E+3]"
        #expect(try ours([Double].self, doubles).map(\.bitPattern) == (try foundations([Double].self, doubles)).map(\.bitPattern))
        #expect(try ours([Int].self, "[1.0, 1e3, -0, \(Int.min), \(Int.max)]") == [1, 1000, 0, Int.min, Int.max])
        #expect(throws: DecodingError.self) { try ours([Int].self, "[9223372036854775808]") }
        #expect(throws: DecodingError.self) { try ours([Int].self, "[1.5]") }
        #expect(throws: DecodingError.self) { try ours([UInt8].self, "[256]") }
        #expect(throws: DecodingError.self) { try ours([Double].self, "[1e999]") }
    }

    @Test("text that is not JSON is refused with its line and column, as Foundation refuses it",
          arguments: ["", "{\"a\":1,}", "[01]", "[1.]", "[-]", "[tru]", "[1] 2", "{a:1}", "[\"\\x\"]", "[\"\\u12\"]",
                      "[\"tab\there\"]", "[\"open", "[1", "{\"a\" 1}", "[\u{7F}]", "nul"])
    func brokenText(text: String) throws {
        #expect(throws: (any Error).self) { try foundations([Int].self, text) }
        let error = try #require(throws: DecodingError.self) { try ours([Int].self, text) }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect(context.debugDescription.hasPrefix("The given data was not valid JSON: line 1, column "))
    }

    @Test("a comma before a closing bracket is refused, as RFC 8259 has it (Foundation's decoder lets it pass)")
    func trailingComma() throws {
        #expect(throws: DecodingError.self) { try ours([Int].self, "[1,]") }
        #expect(throws: DecodingError.self) { try ours([String: Int].self, "{\"a\":1,}") }
    }

    @Test("bytes that are not UTF-8 are refused: stray continuations, overlong forms, surrogates, values past U+10FFFF, cut sequences",
          arguments: [[0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) throws {
        let text = Array("[\"a".utf8) + bytes + Array("\"]".utf8)
        #expect(throws: DecodingError.self) { try JSONTapeDecoder().decode([String].self, from: text) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode([String].self, from: Data(text)) }
    }

    /// Any JSON value, read through the containers a decoder offers, for comparing two decoders on any text.
    private indirect enum AnyJSON: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([AnyJSON]), object([String: AnyJSON])

        private struct Name: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            if let object = try? decoder.container(keyedBy: Name.self) {
                self = .object(Dictionary(try object.allKeys.map { ($0.stringValue, try object.decode(AnyJSON.self, forKey: $0)) }, uniquingKeysWith: { $1 }))
            } else if var list = try? decoder.unkeyedContainer() {
                var elements: [AnyJSON] = []
                while !list.isAtEnd { elements.append(try list.decode(AnyJSON.self)) }
                self = .array(elements)
            } else {
                let value = try decoder.singleValueContainer()
                if value.decodeNil() { self = .null }
                else if let flag = try? value.decode(Bool.self) { self = .bool(flag) }
                else if let number = try? value.decode(Double.self) { self = .number(number) }
                else { self = .string(try value.decode(String.self)) }
            }
        }
    }

    @Test("every one-byte change to a document is read as Foundation reads it, or refused where Foundation refuses it (a comma before a closing bracket aside)")
    func oneByteChanges() throws {
        let document = Array(#"{"a": [1, -2.5e3, true, null, "x\n\u00e9👪"], "bb": {"ccc": false, "dddd": "", "eeeee": {}}, "ffffff": [[], 0]}"#.utf8)
        let replacements = Array(#""\,:{}[]0-e.u "#.utf8) + [0x80, 0x01, 0xF0]
        var texts: [[UInt8]] = []
        for position in document.indices {
            var removed = document
            removed.remove(at: position)
            texts.append(removed)
            for byte in replacements {
                var replaced = document
                replaced[position] = byte
                texts.append(replaced)
                var inserted = document
                inserted.insert(byte, at: position)
                texts.append(inserted)
            }
        }
        var accepted = 0
        for text in texts {
            let ours = try? JSONTapeDecoder().decode(AnyJSON.self, from: text)
            let foundations = try? JSONDecoder().decode(AnyJSON.self, from: Data(text))
            if let ours {
                accepted += 1
                #expect(ours == foundations, "\(String(decoding: text, as: UTF8.self))")
            } else if foundations != nil {
                let trailingComma = String(decoding: text, as: UTF8.self).contains(/,\s*[\]}]/)
                #expect(trailingComma, "refused, but Foundation reads it: \(String(decoding: text, as: UTF8.self))")
            }
        }
        #expect(accepted > texts.count / 10) // the comparison means something only if many changes still read
    }

    /// Reads `value`'s JSON with both decoders and expects the same value.
    private func expectReadAsFoundationReads<Value: Codable & Equatable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = try JSONStreamEncoder().encode(value)
        let ours = try JSONTapeDecoder().decode(Value.self, from: bytes)
        #expect(ours == value, sourceLocation: sourceLocation)
        #expect(ours == (try JSONDecoder().decode(Value.self, from: Data(bytes))), sourceLocation: sourceLocation)
    }

    private func readsItself<Value: JSONTapeReadable & Encodable & Equatable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = try JSONStreamEncoder().encode(value)
        try bytes.withUnsafeBufferPointer { buffer in
            let document = JSONTapeDocument(bytes: buffer, values: try JSONTape(buffer).values)
            #expect(try Value(tape: JSONTapeValue(document: document, index: 0)) == value, sourceLocation: sourceLocation)
        }
    }

    @Test("the types that read themselves read what Foundation's decoder reads from the same text")
    func typesThatReadThemselves() throws {
        let analysis = FundingAnalysisTests.analysis
        try expectReadAsFoundationReads(analysis)
        try expectReadAsFoundationReads(analysis.byBurden)
        try expectReadAsFoundationReads(FundingAnalysisTests.programme.burdens)
        try expectReadAsFoundationReads(FundingAnalysisTests.programme)
        try expectReadAsFoundationReads([Amount.unknown, .known(Money(pence: 5))])
        // Each reads itself, rather than leaving it to its init(from:).
        try readsItself(analysis.byBurden)
        try readsItself(analysis.attributions)
        try readsItself(analysis.carriedForward)
        try readsItself(FundingAnalysisTests.programme.burdens)
        // Absent optional members, and stated amounts absent from a set of figures, as Foundation reads them.
        let sparse = #"[{"id":"B","title":"T","pillars":[],"costs":[{"year":"2025/26","amount":null,"recurrent":false}],"funded_by":[]}]"#
        #expect(try ours([Burden].self, sparse) == (try foundations([Burden].self, sparse)))
        #expect(try ours(FundingFigures.self, #"{"unquantified_items":2,"cost":"1.00"}"#) == (try foundations(FundingFigures.self, #"{"unquantified_items":2,"cost":"1.00"}"#)))
    }

    @Test("where a type that reads itself meets text it does not accept, the error is Foundation's, with its path",
          arguments: [#"[{"id":"B","title":"T","pillars":[],"costs":[{"year":"2025/26","amount":"1.5x","recurrent":false}],"funded_by":[]}]"#,
                      #"[{"id":"B","title":"T","pillars":[],"costs":[{"year":"2025/27","amount":null,"recurrent":false}],"funded_by":[]}]"#,
                      #"[{"id":"B","title":"T","pillars":[],"costs":[],"funded_by":[{"funding":"F","amounts":[{"year":"2025/26"}]}]}]"#,
                      #"[{"id":"B","title":"T","pillars":[],"kind":"new duty","costs":[],"funded_by":[]}]"#,
                      #"[{"id":"B","title":"T","pillars":[1],"costs":[],"funded_by":[]}]"#,
                      #"[{"id":"B","title":null,"pillars":[],"costs":[],"funded_by":[]}]"#])
    func errorsOfTypesThatReadThemselves(text: String) throws {
        func described(_ decode: () throws -> [Burden]) -> String {
            do { _ = try decode(); return "no error" } catch let error as DecodingError {
                switch error {
                case .keyNotFound(let key, let context): return "missing \(key.stringValue) at \(context.codingPath.map(\.stringValue))"
                case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                    return "\(context.codingPath.map(\.stringValue)): \(context.debugDescription)"
                @unknown default: return "\(error)"
                }
            } catch { return "\(error)" }
        }
        let oursDescribed = described { try ours([Burden].self, text) }
        #expect(oursDescribed != "no error")
        #expect(oursDescribed == described { try foundations([Burden].self, text) })
    }

    @Test("lists a reader never uses are read as empty, and what follows them as it was written; other paths are left alone")
    func emptyingLists() throws {
        struct Part: Decodable, Equatable { var big: [Int]; var rest: [String]; var word: String }
        struct Whole: Decodable, Equatable { var part: Part; var after: [Int] }
        let text = Array(#"{"part": {"big": [1, [2, {"x": 3}], 4], "rest": ["]", "\"["], "word": "w"}, "after": [5]}"#.utf8)
        let emptied = try JSONTapeDecoder().decode(Whole.self, from: text, emptyingListsAt: [["part", "big"], ["part", "word"], ["missing", "big"], ["after", "x"]])
        #expect(emptied == Whole(part: Part(big: [], rest: ["]", "\"["], word: "w"), after: [5]))
        #expect(try JSONTapeDecoder().decode(Whole.self, from: text, emptyingListsAt: [["part", "big"]]).part.big.isEmpty)
        #expect(try JSONTapeDecoder().decode([Int].self, from: Array("[1,2]".utf8), emptyingListsAt: [[]]) == [])
        // A name written with escapes is the same name.
        let escaped = Array(#"{"part": {"b\u0069g": [1], "rest": [], "word": "w"}, "after": []}"#.utf8)
        #expect(try JSONTapeDecoder().decode(Whole.self, from: escaped, emptyingListsAt: [["part", "big"]]).part.big.isEmpty)
    }

    @Test("a part decoded on its own, and a whole that takes it from there, read what the whole document reads, errors with the same path")
    func partsAside() throws {
        struct Envelope: Decodable, Equatable { var first: [Int]; var inner: Sample; var last: String }
        let text = Array(#"{"first": [1, 2], "inner": \#(String(decoding: try JSONStreamEncoder().encode(Self.sample), as: UTF8.self)), "last": "end"}"#.utf8)
        try text.withUnsafeBufferPointer { bytes in
            let decoder = JSONTapeDecoder()
            let prepared = try decoder.prepare(bytes)
            let inner = try decoder.decode(Sample.self, at: ["inner"], of: prepared)
            #expect(inner == Self.sample)
            #expect(try decoder.decode([Inner].self, at: ["inner", "nested"], of: prepared) == Self.sample.nested)
            var taken = 0
            let whole = try decoder.decode(Envelope.self, of: prepared, taking: ["inner"]) { taken += 1; return inner }
            #expect(whole == Envelope(first: [1, 2], inner: Self.sample, last: "end"))
            #expect(taken == 1)
            // What the part's decoding throws is thrown where the whole reaches it.
            struct Broken: Error {}
            #expect(throws: Broken.self) { try decoder.decode(Envelope.self, of: prepared, taking: ["inner"]) { throw Broken() } }
            let missing = try #require(throws: DecodingError.self) { try decoder.decode(Sample.self, at: ["absent"], of: prepared) }
            guard case .keyNotFound(let key, _) = missing else { Issue.record("\(missing)"); return }
            #expect(key.stringValue == "absent")
        }
        // A part that does not decode names the path from the top, as the whole document's decoding does.
        let bad = Array(#"{"first": [], "inner": {"title": 1}, "last": ""}"#.utf8)
        try bad.withUnsafeBufferPointer { bytes in
            let decoder = JSONTapeDecoder()
            let aside = try #require(throws: DecodingError.self) { try decoder.decode(Sample.self, at: ["inner"], of: try decoder.prepare(bytes)) }
            let whole = try #require(throws: DecodingError.self) { try decoder.decode(Envelope.self, from: bytes) }
            guard case .typeMismatch(_, let asideContext) = aside, case .typeMismatch(_, let wholeContext) = whole else { Issue.record("\(aside) \(whole)"); return }
            #expect(asideContext.codingPath.map(\.stringValue) == ["inner", "title"])
            #expect(asideContext.codingPath.map(\.stringValue) == wholeContext.codingPath.map(\.stringValue))
        }
    }

    @Test("a line break counts towards the line of an error")
    func errorLine() throws {
        let error = try #require(throws: DecodingError.self) { try ours([Int].self, "[1,\n  2,\n  x]") }
        guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); return }
        #expect(context.debugDescription.contains("line 3, column 3"))
    }

    @Test("nesting deeper than the limit is refused, not followed until the stack runs out")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DecodingError.self) { try ours([Int].self, deep) }
    }

    @Test("a missing member, a wrong type and a null where a value belongs name their path, as Foundation's errors do")
    func decodingErrors() throws {
        let missing = #"{"title":"t","count":1,"ratio":1,"flag":true,"tags":[],"scores":{},"nested":[{"day":"2025-01-01"},{"money":1}],"small":1,"big":1,"matrix":[]}"#
        for decode in [{ try ours(Sample.self, missing) }, { try foundations(Sample.self, missing) }] as [() throws -> Sample] {
            let error = try #require(throws: DecodingError.self) { try decode() }
            guard case .keyNotFound(let key, let context) = error else { Issue.record("\(error)"); continue }
            #expect(key.stringValue == "day")
            #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["nested", "1"])
        }
        let wrong = #"[["a", 2]]"#
        for decode in [{ try ours([[String]].self, wrong) }, { try foundations([[String]].self, wrong) }] as [() throws -> [[String]]] {
            let error = try #require(throws: DecodingError.self) { try decode() }
            guard case .typeMismatch(_, let context) = error else { Issue.record("\(error)"); continue }
            #expect(context.codingPath.compactMap(\.intValue) == [0, 1])
        }
        let null = #"{"a": null}"#
        for decode in [{ try ours([String: String].self, null) }, { try foundations([String: String].self, null) }] as [() throws -> [String: String]] {
            let error = try #require(throws: DecodingError.self) { try decode() }
            guard case .valueNotFound(_, let context) = error else { Issue.record("\(error)"); continue }
            #expect(context.codingPath.map(\.stringValue) == ["a"])
        }
    }
}
