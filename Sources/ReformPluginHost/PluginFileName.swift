import ReformPluginKit

/// The naming rule that decides which files are plugins; nothing else is ever loaded.
///
/// - Shared libraries: `libreform-report-<id>.so` on Linux, `libreform-report-<id>.dylib` on macOS.
/// - Executables: `reform-report-<id>`, with no extension, executable by the user.
///
/// `<id>` is letters, digits, `-` and `_`.
public enum PluginFileName {
    /// How a plugin is loaded.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case sharedLibrary = "shared-library"
        case executable
    }

    #if os(macOS)
    static let librarySuffix = ".dylib"
    #else
    static let librarySuffix = ".so"
    #endif

    /// The plugin id and kind a file name stands for, or `nil` when the file is not a plugin by name.
    public static func parse(_ name: String) -> (id: String, kind: Kind)? {
        if name.hasPrefix("libreform-report-"), name.hasSuffix(librarySuffix) {
            let id = String(name.dropFirst("libreform-report-".count).dropLast(librarySuffix.count))
            return isID(id) ? (id, .sharedLibrary) : nil
        }
        if name.hasPrefix("reform-report-") {
            let id = String(name.dropFirst("reform-report-".count))
            return isID(id) ? (id, .executable) : nil
        }
        return nil
    }

    private static func isID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy(PluginManifest.isIDByte)
    }
}
