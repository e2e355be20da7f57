import Foundation
import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Recording many updates from a CSV file, as `reform import-updates` does: every row checked,
/// all recorded in one transaction or none.
public struct ImportUpdates: Sendable {
    /// The CSV file's path.
    public var csvPath: String
    /// Who recorded rows with no `by`.
    public var defaultBy: String
    /// Whether rows may move a complete action back.
    public var reopen: Bool
    /// Today, which rows without `at` default to.
    public var today: CalendarDay

    /// An import of `csvPath`.
    public init(csvPath: String, defaultBy: String, reopen: Bool, today: CalendarDay) {
        self.csvPath = csvPath
        self.defaultBy = defaultBy
        self.reopen = reopen
        self.today = today
    }

    /// Imports the file; `progress` hears the count written every 10,000 rows.
    ///
    /// - Returns: how many updates were recorded.
    /// - Throws: `AppError` naming the file and the row of the first problem; nothing was recorded,
    ///   and a record made for this import is removed again.
    public func run(_ open: OpenProgramme, progress: (@Sendable (Int) -> Void)? = nil) async throws(AppError) -> Int {
        let loaded = try await open.load()
        let text = try readText()
        let recorded = try await open.workspace.read(ifNone: []) { store throws(StoreError) in try await store.events() }
        let location = open.workspace.record
        let recordExisted = location.exists
        do {
            guard let store = try await open.workspace.openRecord(.write(create: true)) else { return 0 }
            return try await UpdateImport.run(text, recorder: UpdateRecorder(programme: loaded.programme), recorded: recorded,
                                              defaultBy: defaultBy, reopen: reopen, today: today, into: store, progress: progress)
        } catch {
            // The record was made for this import, which recorded nothing: leave no empty one behind.
            if !recordExisted { location.removeNewlyMade() }
            switch error {
            case let error as UpdateError: throw AppError("\(csvPath): error: \(error.message); nothing was recorded")
            case let error as StoreError: throw AppError(error)
            case let error as AppError: throw error
            default: throw AppError("\(csvPath): error: \(error); nothing was recorded")
            }
        }
    }

    /// The file as text, or why it cannot be read.
    private func readText() throws(AppError) -> String {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path: csvPath, limit: 1 << 31) } catch { throw AppError("\(csvPath): error: \(error.message)") }
        guard let text = String(validatingUTF8Bytes: bytes) else {
            throw AppError("\(csvPath): error: the file is not valid UTF-8; nothing was recorded")
        }
        return text
    }

    /// Whether the file is large enough for a progress line to be worth showing.
    public var isLarge: Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: csvPath)[.size]) as? Int
        return (size ?? 0) >= 1 << 20
    }
}
