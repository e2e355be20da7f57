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

    /// Makes the copy and returns where the record was.
    ///
    /// - Throws: `AppError` when the destination exists, there is no record, or the copy fails.
    public func run(_ workspace: Workspace) async throws(AppError) -> String {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw AppError("error: \(destination) already exists; choose a new file")
        }
        guard let store = try await workspace.openRecord(.read) else {
            throw AppError("error: there is no history database at \(workspace.record) to back up")
        }
        do { try await store.backup(to: destination) } catch { throw AppError(error) }
        return store.location
    }
}
