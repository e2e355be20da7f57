import Foundation
import ReformSystem

/// A script a test writes and then runs (a plugin).
public enum TestExecutable {
    /// Writes `text` to `path` as an executable, through a descriptor closed on exec. Tests start
    /// programs from many threads at once (LibreOffice, `reform`, plugins); one started while the
    /// script is open for writing would carry that descriptor into its own life, and running the
    /// script fails with "Text file busy" until that program ends.
    public static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let failure = Array(text.utf8).withUnsafeBytes { System.writeAll(descriptor, $0) }
        guard failure == 0 else { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
        // The mode given to open is masked by the umask: set it outright.
        fchmod(descriptor, 0o755)
    }
}
