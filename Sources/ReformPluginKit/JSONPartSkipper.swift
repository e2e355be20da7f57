import Foundation

/// Replaces chosen lists in a JSON document with empty ones, in one pass over the bytes,
/// without parsing what it passes over.
///
/// This is what lets a plugin that reads a few kilobytes of a 100 MB request avoid decoding
/// the rest: skipping a value only has to find where it ends.
enum JSONPartSkipper {
    /// `json` with the list at each of `paths` replaced by `[]`; paths that are absent are ignored.
    /// Returns `nil` when there is nothing to skip, or the text is not JSON this can follow, so
    /// the caller reads it whole.
    static func emptyingLists(at paths: Set<[String]>, in json: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !paths.isEmpty else { return nil }
        var found: [Range<Int>] = []
        var scanner = Scanner(bytes: json)
        scanner.skipSpace()
        guard scanner.collect(Array(paths), into: &found) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(json.count - found.reduce(0) { $0 + $1.count } + 2 * found.count)
        var copied = 0
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            result.append(contentsOf: UnsafeBufferPointer(rebasing: json[copied..<range.lowerBound]))
            result.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "]")])
            copied = range.upperBound
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: json[copied...]))
        return result
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// At an object: records the ranges of the lists at `paths` (relative to it) and passes the object.
        mutating func collect(_ paths: [[String]], into found: inout [Range<Int>]) -> Bool {
            guard next(is: "{") else { return false }
            skipSpace()
            if next(is: "}") { return true }
            while true {
                skipSpace()
                guard let key = readKey() else { return false }
                skipSpace()
                guard next(is: ":") else { return false }
                skipSpace()
                let below = paths.filter { $0.first == key }
                if below.contains(where: { $0.count == 1 }) {
                    let start = index
                    guard peek(is: "["), skipValue() else { return false }
                    found.append(start..<index)
                } else if !below.isEmpty, peek(is: "{") {
                    guard collect(below.map { Array($0.dropFirst()) }, into: &found) else { return false }
                } else {
                    guard skipValue() else { return false }
                }
                skipSpace()
                if next(is: "}") { return true }
                guard next(is: ",") else { return false }
            }
        }

        /// Reads a key without escapes; a key with escapes is returned as written, which matches no path.
        private mutating func readKey() -> String? {
            guard next(is: "\"") else { return nil }
            let start = index
            guard skipStringBody() else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
        }

        /// Passes one value of any kind, checking only that brackets and quotes balance.
        private mutating func skipValue() -> Bool {
            var depth = 0
            repeat {
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    guard skipStringBody() else { return false }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    guard depth >= 0 else { return false }
                case UInt8(ascii: ","), UInt8(ascii: ":"):
                    guard depth > 0 else { return false }
                default:
                    if depth == 0 {
                        // A number, true, false or null at the top: it ends where a delimiter starts.
                        while index < bytes.count, !Self.endsScalar(bytes[index]) { index += 1 }
                        return true
                    }
                }
            } while depth > 0
            return true
        }

        /// Having read the opening quote, passes the rest of a string.
        ///
        /// Strings are most of a request's bytes, so it jumps from quote to quote with `memchr`
        /// and only then looks back for backslashes: a quote after an odd number of them is escaped.
        private mutating func skipStringBody() -> Bool {
            guard let base = bytes.baseAddress else { return false }
            while index < bytes.count {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "\"")), bytes.count - index) else {
                    index = bytes.count
                    return false
                }
                let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = quote + 1
                var backslashes = 0
                while quote - backslashes - 1 >= 0, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
                if backslashes % 2 == 0 { return true }
            }
            return false
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        }

        private func peek(is character: Unicode.Scalar) -> Bool {
            index < bytes.count && bytes[index] == UInt8(ascii: character)
        }

        private mutating func next(is character: Unicode.Scalar) -> Bool {
            guard peek(is: character) else { return false }
            index += 1
            return true
        }

        private static func endsScalar(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        }
    }
}
