import Foundation
import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Recording many updates from a CSV file, as `reform import-updates` does: every row checked,
/// all recorded in one transaction or none.
public struct ImportUpdates: Sendable {
    /// The rows, and the file's name for messages.
    public var source: UpdateCSVSource
    public var fileName: String
    /// Whether rows may move a complete action back.
    public var reopen: Bool

    /// An import of the CSV `text`, read from `fileName`.
    public init(text: String, fileName: String, reopen: Bool) {
        self.source = .text(text)
        self.fileName = fileName
        self.reopen = reopen
    }

    /// An import of the CSV file at `path`, read a piece at a time as its rows are checked and written.
    public init(file path: String, reopen: Bool) {
        self.source = .file(path: path)
        self.fileName = path
        self.reopen = reopen
    }

    /// Imports the rows as `person` (who recorded rows with no `by`) at `moment`; `progress` hears
    /// the count written every 10,000 rows.
    ///
    /// - Returns: how many updates were recorded.
    /// - Throws: `AppError` naming the file and the row of the first problem; nothing was recorded,
    ///   and a record made for this import is removed again.
    public func run(programme: any ProgrammeSource, record: Record, moment: Moment, person: Person,
                    progress: (@Sendable (Int) -> Void)? = nil) async throws(AppError) -> Int {
        guard person.may(.voidAndCorrect) else { throw AppError.forbidden(.voidAndCorrect) }
        if case .file(let path) = source { try Self.checkReadable(path) }
        let plan = try await programme.plan().programme
        let recorded = try await record.read(ifNone: []) { store throws(StoreError) in try await store.events() }
        let (source, name, reopen) = (source, fileName, reopen)
        do {
            return try await record.write(removingIfMade: true) { store in
                try await UpdateImport.run(source, recorder: UpdateRecorder(programme: plan, now: moment.now), recorded: recorded,
                                           defaultBy: person.name, reopen: reopen, today: moment.today, into: store, progress: progress)
            }
        } catch let error as UpdateError {
            throw AppError.located("\(name): error: \(error.message); nothing was recorded")
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError.located("\(name): error: \(error); nothing was recorded")
        }
    }

    /// Why the file at `path` cannot be read, found before the plan is loaded; what it holds is checked as it is read.
    private static func checkReadable(_ path: String) throws(AppError) {
        do { try FileBytes.checkReadable(path: path) } catch { throw AppError.located("\(path): error: \(error.message)") }
    }

    /// Whether the file at `path` is large enough for a progress line to be worth showing.
    public static func isLarge(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
        return (size ?? 0) >= 1 << 20
    }
}
