import Testing
@testable import ReformCore

@Suite("Finding scalars in the file by libyaml's character positions")
struct CharacterOffsetsTests {
    private func offsets(_ text: [UInt8], _ characters: [Int]) -> [Int?] {
        text.withUnsafeBufferPointer { bytes in
            var offsets = CharacterOffsets(bytes)
            return characters.map { offsets.byteOffset(ofCharacter: $0) }
        }
    }

    @Test("in ASCII text a character's position is its byte offset")
    func ascii() {
        #expect(offsets(Array("id: A1\ntitle: Plan\n".utf8), [0, 4, 14]) == [0, 4, 14])
    }

    @Test("characters of two, three and four bytes move the offsets after them")
    func multiByte() {
        // "é" is 2 bytes, "–" 3 and "🎉" 4; "x" is the character after each.
        let text = Array("é x – x 🎉 x".utf8)
        #expect(offsets(text, [2, 6, 10]) == [3, 9, 16])
        #expect(offsets(text, [2, 6, 10]).map { $0.map { text[$0] } } == Array(repeating: UInt8(ascii: "x"), count: 3))
    }

    @Test("a byte order mark is not counted, as libyaml does not count it")
    func byteOrderMark() {
        #expect(offsets([0xEF, 0xBB, 0xBF] + Array("id: A1".utf8), [0, 4]) == [3, 7])
    }

    @Test("a position before the last one asked for, or past the end, has no offset")
    func outOfOrder() {
        let text = Array("£ title: Plan".utf8)
        #expect(offsets(text, [9, 2]) == [10, nil])
        #expect(offsets(text, [40]) == [nil])
    }
}
