import Foundation
import Testing
@testable import ReformModel

@Suite("Writing JSON in one pass")
struct JSONStreamEncoderTests {
    private typealias Sample = JSONSample
    private typealias Inner = JSONSample.Inner

    private func text(_ value: some Encodable) throws -> String {
        String(decoding: try JSONStreamEncoder().encode(value), as: UTF8.self)
    }

    @Test("what it writes decodes to the same value, with absent optionals left out")
    func roundTrip() throws {
        let sample = Sample(title: "Kinship \"care\" \\ plan\n\ttab \u{1}é £", count: -42, ratio: 0.25, flag: true, note: nil,
                            tags: ["a", ""], scores: ["b": 2, "a": 1], nested: [Inner(day: CalendarDay(year: 2024, month: 12, day: 31)!, money: Money(pence: 300_000_000_00)), Inner(day: CalendarDay(year: 2025, month: 1, day: 1)!, money: nil)],
                            small: -8, big: .max)
        let bytes = try JSONStreamEncoder().encode(sample)
        #expect(try JSONDecoder().decode(Sample.self, from: Data(bytes)) == sample)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("note"))
    }

    @Test("it gives the same JSON as Foundation's encoder, value for value")
    func sameAsFoundation() throws {
        let sample = Sample(title: "x/y", count: 7, ratio: 3, flag: false, note: "n", tags: [], scores: [:], nested: [], small: 0, big: 10)
        let ours = try JSONSerialization.jsonObject(with: Data(try JSONStreamEncoder().encode(sample))) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: JSONEncoder().encode(sample)) as? NSDictionary
        #expect(ours == theirs)
    }

    @Test("quotes, backslashes and control characters are escaped; slashes and other text are written as they are")
    func escaping() throws {
        #expect(try text(["q\"b\\n\nr\rt\tb\u{8}f\u{C}z\u{1F}/é"]) == #"["q\"b\\n\nr\rt\tb\bf\fz\u001f/é"]"#)
    }

    @Test("dictionary keys are sorted, so equal values give identical bytes")
    func sortedDictionaryKeys() throws {
        let dictionary = Dictionary(uniqueKeysWithValues: (0..<50).map { ("k\($0)", $0) })
        let expected = "{" + dictionary.keys.sorted().map { "\"\($0)\":\(dictionary[$0]!)" }.joined(separator: ",") + "}"
        #expect(try text(dictionary) == expected)
    }

    @Test("whole numbers are written without a fraction; infinity is refused")
    func numbers() throws {
        #expect(try text([1.0, 0.5, -2.25]) == "[1,0.5,-2.25]")
        #expect(try text([Int.min, 0, 9, 10, Int.max]) == "[\(Int.min),0,9,10,\(Int.max)]")
        #expect(throws: EncodingError.self) { try text([Double.infinity]) }
        #expect(throws: EncodingError.self) { try text([Double.nan]) }
    }

    @Test("nested containers are closed before the next member, and a value that writes nothing is an empty object")
    func nestedContainers() throws {
        struct Nesting: Encodable {
            enum Keys: String, CodingKey { case a, b, c }
            func encode(to encoder: any Encoder) throws {
                var outer = encoder.container(keyedBy: Keys.self)
                var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .a)
                try inner.encode(1, forKey: .b)
                var list = outer.nestedUnkeyedContainer(forKey: .b)
                try list.encode("x")
                var deeper = list.nestedUnkeyedContainer()
                try deeper.encode(true)
                try outer.encode(Empty(), forKey: .c)
            }
        }
        struct Empty: Encodable {
            func encode(to encoder: any Encoder) throws {}
        }
        #expect(try text(Nesting()) == #"{"a":{"b":1},"b":["x",[true]],"c":{}}"#)
    }
}
