import Foundation

/// Writes values as the stable, documented JSON of the tool's `--json` options.
enum JSONOutput {
    /// Encodes `value` with sorted keys and prints it.
    static func print<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
