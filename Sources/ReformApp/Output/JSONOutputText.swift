import Foundation
import ReformModel

/// The text of a `--json` shape, the same bytes whichever front end gives it (the CLI prints
/// it; a web page answers `Accept: application/json` with it): pretty, keys sorted.
///
/// Written in one pass by `JSONStreamEncoder` and laid out by `JSONPrettyPrinter`, which gives
/// the bytes Foundation's `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, without its tree of the whole value: for a status of 100,000
/// actions, seconds and hundreds of megabytes less.
public enum JSONOutputText {
    /// `value` as JSON text ending in a newline.
    public static func data<Value: Encodable>(_ value: Value) throws -> Data {
        var text = Data()
        try write(value) { text.append(contentsOf: $0) }
        return text
    }

    /// `value` as JSON text ending in a newline, handed to `emit` a megabyte at a time: what a
    /// command prints, without holding the whole text.
    public static func write<Value: Encodable>(_ value: Value, emit: ([UInt8]) -> Void) throws {
        let compact = try JSONStreamEncoder().encode(value)
        JSONPrettyPrinter.format(compact, chunkSize: 1 << 20, emit: emit)
        emit([UInt8(ascii: "\n")])
    }
}
