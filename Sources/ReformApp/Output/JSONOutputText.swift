import Foundation

/// The text of a `--json` shape, the same bytes whichever front end gives it (the CLI prints
/// it; a web page answers `Accept: application/json` with it): pretty, keys sorted.
public enum JSONOutputText {
    /// `value` as JSON text ending in a newline.
    public static func data<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }
}
