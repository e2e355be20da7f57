import Foundation
import ReformStore

/// The rules for documents kept in the record (reports run from the browser): how large one may
/// be, and how long a server keeps them.
public enum KeptDocuments {
    /// The largest document kept: 50 MB. A committee update is tens of kilobytes; a plugin that
    /// makes hundreds of megabytes is refused rather than filling the record and the server's memory.
    public static let maximumBytes = 50 * 1_000_000

    /// `bytes` in megabytes, for messages: "50 MB", "0.2 MB".
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_000_000
        return (value >= 10 ? String(Int(value.rounded())) : String(format: "%.1f", value)) + " MB"
    }

    /// Removes the documents of runs made more than `days` days before `moment` (the runs stay,
    /// each with its document's SHA-256): what `reform serve --keep-documents-days` does daily.
    ///
    /// - Returns: how many documents were removed.
    public static func removeOlder(than days: Int, record: Record, moment: Moment) async throws(AppError) -> Int {
        let cutoff = Moment(now: moment.now.addingTimeInterval(-Double(days) * 86_400), today: moment.today.adding(days: -days)).stamp
        return try await record.write { store throws(StoreError) in try await store.removeDocuments(ofRunsGeneratedBefore: cutoff) }
    }
}
