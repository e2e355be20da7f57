import Foundation
import ReformRecord
import ReformStore

/// A consistent copy of the whole record, safe while others write, as `reform backup` makes it.
public struct BackUpRecord: Sendable {
    /// Where the copy goes; it must not exist yet.
    public var destination: String

    /// A backup to `destination`.
    public init(to destination: String) {
        self.destination = destination
    }

    /// Makes the copy of `record` and returns where the record was.
    ///
    /// - Throws: `AppError` when the destination exists, there is no record, or the copy fails.
    public func run(record: Record) async throws(AppError) -> String {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw AppError("\(destination) already exists; choose a new file")
        }
        let done = try await record.read(ifNone: false) { store throws(StoreError) in
            try await store.backup(to: destination)
            return true
        }
        guard done else { throw AppError("there is no history database at \(record.name) to back up") }
        return record.name
    }
}
