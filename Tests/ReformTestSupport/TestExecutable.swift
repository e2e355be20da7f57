import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            written += count
        }
        // The mode given to open is masked by the umask: set it outright.
        fchmod(descriptor, 0o755)
    }
}
