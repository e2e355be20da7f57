import Foundation
import ReformCore
import ReformModel
import ReformRecord
import ReformStore
import ReformSystem

/// The programme a server serves: its plan and its analysis today, computed once per change and
/// shared by every request; a programme source like a command's file.
///
/// Each request costs a `stat` of the plan file and, at most five times a second, one small query
/// of the record; only when either has changed (or the day has turned) is the plan read and the
/// analysis computed again, once, however many requests wait. A plan edited into one that does
/// not validate leaves the last good one in service, with the new file's problems attached.
public actor LiveProgramme: ProgrammeSource {
    private let file: String
    private let record: Record
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
        var modified: Double
        var size: Int
    }

    /// Serves the plan in `file` with the updates in `record`; `today` gives the day to analyse at.
    public init(file: String, record: Record, today: @escaping @Sendable () -> CalendarDay) {
        self.file = file
        self.record = record
        self.today = today
    }

    /// Messages name "the plan", not a path on the server that a browser has no use for.
    public nonisolated var name: String { "the plan" }

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

    private func recordVersion() async throws(AppError) -> RecordVersion {
        if let lastRecordCheck, Date().timeIntervalSince(lastRecordCheck.at) < Self.recordCheckInterval { return lastRecordCheck.version }
        let version = try await record.read(ifNone: RecordVersion(lastEvent: 0, lastReportRun: 0)) { store throws(StoreError) in try await store.version() }
        lastRecordCheck = (Date(), version)
        return version
    }

    /// The current snapshot, computed again only if the plan, the record or the day has changed.
    ///
    /// - Throws: `AppError` when the plan has never validated (its problems), or the record cannot be read.
    public func current() async throws(AppError) -> ProgrammeSnapshot {
        let key = Key(file: Self.fileVersion(file), record: try await recordVersion(), day: today())
        if let cached, cached.key == key { return cached.snapshot }
        if let inFlight, inFlight.key == key { return try await Self.wait(for: inFlight.task) }
        let reuse = lastRead.flatMap { $0.file == key.file && key.file != nil ? (loaded: $0.loaded, problems: $0.problems) : nil }
        let lastGood = lastRead?.loaded
        let task = Task { [file, record, computations] in
            try await Self.make(file: file, record: record, day: key.day, lastGood: lastGood, read: reuse, generation: computations + 1)
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
    public func plan() async throws(AppError) -> LoadedProgramme {
        if let cached, cached.key.file == Self.fileVersion(file) { return cached.snapshot.loaded }
        return try await current().loaded
    }

    /// The plan analysed at `day`: today's is the snapshot every page shares; another day's is computed for the asking.
    public func analysis(asOf day: CalendarDay, record: Record) async throws(AppError) -> OpenedProgramme {
        if day == today(), record === self.record {
            let snapshot = try await current()
            return OpenedProgramme(loaded: snapshot.loaded, analysis: snapshot.analysis)
        }
        let loaded = try await plan()
        let updates = try await record.read(ifNone: []) { store throws(StoreError) in try await store.updates() }
        let analysis = await BlockingWork.run { ProgrammeAnalysis(loaded.programme, asOf: day, updates: updates) }
        return OpenedProgramme(loaded: loaded, analysis: analysis)
    }

    private static func wait(for task: Task<ProgrammeSnapshot, any Error>) async throws(AppError) -> ProgrammeSnapshot {
        do { return try await task.value } catch let error as AppError { throw error } catch { throw AppError("\(error)") }
    }

    /// The file's modification time and size, from one `stat` (asked on every request).
    private static func fileVersion(_ path: String) -> FileVersion? {
        System.fileVersion(path).map { FileVersion(modified: $0.modified, size: $0.size) }
    }

    private static func make(file: String, record: Record, day: CalendarDay, lastGood: LoadedProgramme?,
                             read: (loaded: LoadedProgramme, problems: [String])?, generation: Int) async throws -> ProgrammeSnapshot {
        let loaded: LoadedProgramme
        var problems: [String] = []
        if let read {
            (loaded, problems) = read
        } else {
            do {
                loaded = try await FileProgramme(path: file).plan()
            } catch {
                guard let lastGood else { throw error }
                loaded = lastGood
                problems = error.message.split(separator: "\n").map(String.init)
            }
        }
        let (updates, lastReport) = try await record.read(ifNone: ([], nil)) { store throws(StoreError) in
            (try await store.updates(), try await store.lastReport(plugin: "committee-update", onOrBefore: day))
        }
        let period = try ReportPeriod(asOf: day, since: .lastRun).resolved(plugin: "committee-update", lastRun: lastReport, notice: { _ in })
        let programme = loaded.programme
        let (analysis, changes) = await BlockingWork.run {
            let analysis = ProgrammeAnalysis(programme, asOf: day, updates: updates)
            let changes = period.since.map {
                ProgrammeChanges(programme: programme, updates: updates, since: $0, until: day, previousActions: period.previousActions)
            } ?? .none(until: day)
            return (analysis, changes)
        }
        return ProgrammeSnapshot(loaded: loaded, analysis: analysis, updates: updates, lastCommitteeReport: period.since == nil ? nil : lastReport,
                                 changesSinceLastReport: changes, problems: problems, generation: generation)
    }
}
