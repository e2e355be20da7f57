/// Turns libyaml's positions, which count characters, into byte offsets in the file.
///
/// In a file that is all ASCII the two are the same. Otherwise the offsets are found by walking
/// forward from the last one asked for, which works because the parser's events come in file
/// order: the whole file is walked at most once.
struct CharacterOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the text starts: after a byte order mark, if there is one.
    private let start: Int
    private let isASCII: Bool
    private var character = 0
    private var byte: Int

    /// Offsets into `bytes`, which must be valid UTF-8 (libyaml refuses a file that is not).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // libyaml counts from after a byte order mark.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.bytes = UnsafeBufferPointer(rebasing: bytes[start...])
        self.start = start
        self.byte = 0
        self.isASCII = Self.allASCII(self.bytes)
    }

    /// The byte offset of the character at `index`, or `nil` when that is before the last one asked for or past the end.
    mutating func byteOffset(ofCharacter index: Int) -> Int? {
        guard let offset = offsetAfterMark(ofCharacter: index) else { return nil }
        return start + offset
    }

    private mutating func offsetAfterMark(ofCharacter index: Int) -> Int? {
        if isASCII { return index <= bytes.count ? index : nil }
        guard index >= character else { return nil }
        while character < index {
            guard byte < bytes.count else { return nil }
            byte += 1
            // Continuation bytes (10xxxxxx) belong to the character before them.
            while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            character += 1
        }
        return byte
    }

    private static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let words = bytes.count / 8
        let raw = UnsafeRawPointer(base)
        var high: UInt64 = 0
        for word in 0..<words {
            high |= raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
        }
        for index in (words * 8)..<bytes.count {
            high |= UInt64(bytes[index])
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
