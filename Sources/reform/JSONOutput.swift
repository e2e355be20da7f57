import Foundation
import ReformApp

/// Writes values as the stable, documented JSON of the tool's `--json` options.
enum JSONOutput {
    /// Prints `value` as `JSONOutputText` makes it.
    static func print<Value: Encodable>(_ value: Value) throws {
        try JSONOutputText.write(value) { Terminal.output($0) }
    }
}
