import Foundation

/// Writes files so that a reader never sees half a file and a failure leaves nothing behind:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw FileWriteError(message: "cannot write \(path): cannot create a file in \(directory.path)")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw FileWriteError(message: "cannot write \(path): \(reason)")
        }
    }
}
