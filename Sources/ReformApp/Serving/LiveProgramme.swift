import ReformSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// The programme a server serves, analysed once per change and shared by every request.
///
/// Each request asks for `current()`. That costs a `stat` of the plan file and, at most five
/// times a second, one small query of the record; only when either has changed (or the day has
/// turned) is the plan read and the analysis computed again, once, however many requests wait. A plan edited into one that
/// does not validate leaves the last good one in service, with the new file's problems attached.
public actor LiveProgramme {
    private let workspace: Workspace
    private let store: RecordStore
    private let today: @Sendable () -> CalendarDay
    private var cached: (key: Key, snapshot: ProgrammeSnapshot)?
    private var inFlight: (key: Key, task: Task<ProgrammeSnapshot, any Error>)?
    /// The plan as last read, with the file version it was read at: a change of the record alone does not read the file again.
    private var lastRead: (file: FileVersion?, loaded: LoadedProgramme, problems: [String])?

    /// What a snapshot was made from.
    private struct Key: Hashable {
        var file: FileVersion?
        var record: RecordVersion
        var day: CalendarDay
    }

    /// The file's identity on disk: when it last changed, and its size.
    private struct FileVersion: Hashable {
        var modified: Date
        var size: Int
    }

    /// Serves `workspace`'s plan with the record in `store`; `today` gives the day to analyse at.
    public init(workspace: Workspace, store: RecordStore, today: @escaping @Sendable () -> CalendarDay) {
        self.workspace = workspace
        self.store = store
        self.today = today
    }

    /// How many times the analysis has been computed: what the tests of the cache count, and
    /// what a cache of anything drawn from a snapshot (a page's body) is keyed by.
    public private(set) var computations = 0

    /// How often the record is asked how far it has got: a write by this server says so at once
    /// (`recordChanged()`); one by another process is seen within this time.
    public static let recordCheckInterval: TimeInterval = 0.2
    private var lastRecordCheck: (at: Date, version: RecordVersion)?

    /// Says the record has changed (this server wrote to it), so the next request reads it again.
    public func recordChanged() {
        lastRecordCheck = nil
    }

    private func recordVersion() async throws(StoreError) -> RecordVersion {
        if let lastRecordCheck, Date().timeIntervalSince(lastRecordCheck.at) < Self.recordCheckInterval { return lastRecordCheck.version }
        let version = try await store.version()
        lastRecordCheck = (Date(), version)
        return version
    }

    /// The current snapshot, computed again only if the plan, the record or the day has changed.
    ///
    /// - Throws: `AppError` when the plan has never validated (its problems), or the record cannot be read.
    public func current() async throws(AppError) -> ProgrammeSnapshot {
        let key: Key
        do {
            key = Key(file: Self.fileVersion(workspace.programmeFile), record: try await recordVersion(), day: today())
        } catch {
            throw AppError(error)
        }
        if let cached, cached.key == key { return cached.snapshot }
        if let inFlight, inFlight.key == key { return try await Self.wait(for: inFlight.task) }
        let reuse = lastRead.flatMap { $0.file == key.file && key.file != nil ? (loaded: $0.loaded, problems: $0.problems) : nil }
        let lastGood = lastRead?.loaded
        let task = Task { [workspace, store, computations] in
            try await Self.make(workspace: workspace, store: store, day: key.day, lastGood: lastGood, read: reuse, generation: computations + 1)
        }
        inFlight = (key, task)
        computations += 1

        let snapshot = try await Self.wait(for: task)
        if inFlight?.key == key { inFlight = nil }
        cached = (key, snapshot)
        lastRead = (key.file, snapshot.loaded, snapshot.problems)
        return snapshot
    }

    /// The last good plan, read again only when the file has changed: what a write is checked
    /// against, without the analysis being computed for every update recorded.
    public func plan() async throws(AppError) -> Programme {
        if let cached, cached.key.file == Self.fileVersion(workspace.programmeFile) { return cached.snapshot.programme }
        return try await current().programme
    }

    private static func wait(for task: Task<ProgrammeSnapshot, any Error>) async throws(AppError) -> ProgrammeSnapshot {
        do { return try await task.value } catch let error as AppError { throw error } catch { throw AppError("error: \(error)") }
    }

    /// The file's modification time and size, from one `stat` (asked on every request, so not
    /// through FileManager's dictionary of attributes).
    private static func fileVersion(_ path: String) -> FileVersion? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1e9)
        return FileVersion(modified: modified, size: Int(info.st_size))
    }

    private static func make(workspace: Workspace, store: RecordStore, day: CalendarDay, lastGood: LoadedProgramme?,
                             read: (loaded: LoadedProgramme, problems: [String])?, generation: Int) async throws -> ProgrammeSnapshot {
        let loaded: LoadedProgramme
        var problems: [String] = []
        if let read {
            (loaded, problems) = read
        } else {
            do {
                loaded = try await OpenProgramme(workspace).load()
            } catch {
                guard let lastGood else { throw error }
                loaded = lastGood
                problems = error.message.split(separator: "\n").map(String.init)
            }
        }
        let updates = try await store.updates()
        let period = try await ReportPeriod(asOf: day, since: .lastRun).resolve(plugin: "committee-update", store: store, notice: { _ in })
        let lastReport = period.since == nil ? nil : try await store.lastReport(plugin: "committee-update", onOrBefore: day)
        let programme = loaded.programme
        let (analysis, changes) = await BlockingWork.run {
            let analysis = ProgrammeAnalysis(programme, asOf: day, updates: updates)
            let changes = period.since.map {
                ProgrammeChanges(programme: programme, updates: updates, since: $0, until: day, previousActions: period.previousActions)
            } ?? .none(until: day)
            return (analysis, changes)
        }
        return ProgrammeSnapshot(loaded: loaded, analysis: analysis, updates: updates, lastCommitteeReport: lastReport,
                                 changesSinceLastReport: changes, problems: problems, generation: generation)
    }
}
