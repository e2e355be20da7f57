import Foundation
@testable import ReformCore
import ReformModel

/// Paths and helpers shared by the loader tests.
enum TestSupport {
    /// `Tests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The repository root.
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent()

    /// The smallest valid programme, followed by `rest` (top-level YAML).
    static func programme(_ rest: String = "") -> String {
        """
        format: reform-programme/1
        programme: {id: t, title: T, organisation: C}
        pillars:
          - {id: P1, title: One}

        """ + rest
    }

    /// The diagnostics (errors and warnings) of parsing `text`, as `line:column: severity: message`.
    static func diagnostics(_ text: String, limits: LoaderLimits = .standard) -> [String] {
        diagnostics(bytes: Array(text.utf8), limits: limits)
    }

    /// The diagnostics of parsing raw bytes.
    static func diagnostics(bytes: [UInt8], limits: LoaderLimits = .standard) -> [String] {
        do {
            return try ProgrammeLoader.parse(bytes: bytes, file: "t.yaml", limits: limits).warnings.map(\.description)
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// Loads text that must be valid.
    static func load(_ text: String) throws -> LoadedProgramme {
        try ProgrammeLoader.parse(text)
    }
}
