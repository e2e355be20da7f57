import Foundation
import ReformCore
import ReformRecord

/// Which revision a programme file on disk was pulled from (or last published as), kept beside
/// the record's default folder: `.reform/<file name>.revision` next to the file. What
/// `reform plan publish` takes as the file's base.
struct WorkingCopy {
    /// The programme file.
    let file: String

    private var marker: String {
        let url = URL(fileURLWithPath: file)
        return url.deletingLastPathComponent().appendingPathComponent(".reform").appendingPathComponent(url.lastPathComponent + ".revision").path
    }

    /// The revision the file was drawn from, when one was remembered.
    var revision: Int64? {
        guard let bytes = try? FileBytes.read(path: marker, limit: 64) else { return nil }
        return Int64(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Remembers that the file is `revision`'s text now. Failing to is not worth failing the command for: `--base` says it instead.
    func remember(_ revision: PlanRevision) {
        guard let number = revision.number else { return }
        let folder = URL(fileURLWithPath: marker).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(Array("\(number)\n".utf8), to: marker)
    }
}
