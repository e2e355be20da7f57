import Foundation
import ReformCore
import ReformModel
import ReformRecord
import ReformStore
import ReformSystem

/// The programme a server serves: its plan and its analysis today, computed once per change and
/// shared by every request; a programme source like a command's file.
///
/// The plan is the record's latest revision once one is published (every server on the record
/// serves a new revision within `recordCheckInterval`), the file while there is none. Each request
/// costs a `stat` of the plan file and, at most five times a second, one small query of the
/// record; only when either has changed (or the day has turned) is the plan read and the analysis
/// computed again, once, however many requests wait. A file edited into one that does not
/// validate leaves the last good plan in service, with the file's problems attached.
public actor LiveProgramme: ProgrammeSource {
    /// The programme file: the plan while the record holds no revision, and what the first change from the browser keeps as revision 1.
    public let file: String
    private let record: Record
    private let today: @Sendable () -> CalendarDay
    private var cached: (key: Key, snapshot: ProgrammeSnapshot)?
    private var inFlight: (key: Key, task: Task<ProgrammeSnapshot, any Error>)?
    /// The plan as last read, with the version it was read at: a change of the record alone does not read the plan again.
    private var lastRead: (plan: PlanVersion, loaded: LoadedProgramme, problems: [String])?

    /// What a snapshot was made from.
    private struct Key: Hashable {
        var plan: PlanVersion
        var record: RecordVersion
        var day: CalendarDay
    }

    /// Which plan is served: the file as it is on disk, or a revision of the record.
    private enum PlanVersion: Hashable {
        case file(FileVersion?)
        case revision(Int64)

        /// Whether a plan read at this version can be used again for it (a file that is not there cannot).
        var isReusable: Bool {
            if case .file(nil) = self { return false }
            return true
        }
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

    /// The plan to serve, given how far the record has got.
    private func planVersion(_ record: RecordVersion) -> PlanVersion {
        record.lastPlanRevision > 0 ? .revision(record.lastPlanRevision) : .file(Self.fileVersion(file))
    }

    /// The current snapshot, computed again only if the plan, the record or the day has changed.
    ///
    /// - Throws: `AppError` when the plan has never validated (its problems), or the record cannot be read.
    public func current() async throws(AppError) -> ProgrammeSnapshot {
        let version = try await recordVersion()
        let key = Key(plan: planVersion(version), record: version, day: today())
        if let cached, cached.key == key { return cached.snapshot }
        if let inFlight, inFlight.key == key { return try await Self.wait(for: inFlight.task) }
        let reuse = lastRead.flatMap { $0.plan == key.plan && key.plan.isReusable ? (loaded: $0.loaded, problems: $0.problems) : nil }
        let lastGood = lastRead?.loaded
        let task = Task { [file, record, computations] in
            try await Self.make(file: file, plan: key.plan, record: record, day: key.day, lastGood: lastGood, read: reuse, generation: computations + 1)
        }
        inFlight = (key, task)
        computations += 1

        let snapshot = try await Self.wait(for: task)
        if inFlight?.key == key { inFlight = nil }
        cached = (key, snapshot)
        lastRead = (key.plan, snapshot.loaded, snapshot.problems)
        return snapshot
    }

    /// The last good plan, read again only when the file has changed: what a write is checked
    /// against, without the analysis being computed for every update recorded.
    public func plan() async throws(AppError) -> LoadedProgramme {
        if let cached, cached.key.plan == planVersion(try await recordVersion()) { return cached.snapshot.loaded }
        return try await current().loaded
    }

    /// Today's plan is the one served; another day's is the revision in force then (the file's plan while there is none).
    public func plan(inForceOn day: CalendarDay, record: Record) async throws(AppError) -> PlanInForce {
        if day == today(), record === self.record {
            let snapshot = try await current()
            return PlanInForce(loaded: snapshot.loaded, revision: snapshot.revision)
        }
        if let found = try await RecordedRevisions.plan(inForceOn: day, record: record) { return found }
        return PlanInForce(loaded: try await plan(), revision: nil)
    }

    /// The plan analysed at `day`: today's is the snapshot every page shares; another day's is computed for the asking.
    public func analysis(asOf day: CalendarDay, record: Record, scope: AnalysisScope) async throws(AppError) -> OpenedProgramme {
        if day == today(), record === self.record {
            let snapshot = try await current()
            return OpenedProgramme(loaded: snapshot.loaded, analysis: snapshot.analysis, revision: snapshot.revision, schedule: snapshot.schedule)
        }
        let plan = try await plan(inForceOn: day, record: record)
        let updates = try await record.read(ifNone: []) { store throws(StoreError) in try await store.updates() }
        let programme = plan.loaded.programme
        let analysis = await BlockingWork.run { scope.analyse(programme, asOf: day, updates: updates) }
        let schedule = plan.revision == nil ? nil : try await RecordedRevisions.schedule(of: programme, asOf: day, record: record)
        return OpenedProgramme(loaded: plan.loaded, analysis: analysis, revision: plan.revision, schedule: schedule)
    }

    private static func wait(for task: Task<ProgrammeSnapshot, any Error>) async throws(AppError) -> ProgrammeSnapshot {
        do { return try await task.value } catch let error as AppError { throw error } catch { throw AppError("\(error)") }
    }

    /// The file's modification time and size, from one `stat` (asked on every request).
    private static func fileVersion(_ path: String) -> FileVersion? {
        System.fileVersion(path).map { FileVersion(modified: $0.modified, size: $0.size) }
    }

    private static func make(file: String, plan: PlanVersion, record: Record, day: CalendarDay, lastGood: LoadedProgramme?,
                             read: (loaded: LoadedProgramme, problems: [String])?, generation: Int) async throws -> ProgrammeSnapshot {
        let loaded: LoadedProgramme
        var problems: [String] = []
        var revision: Int64?
        if case .revision(let number) = plan { revision = number }
        if let read {
            (loaded, problems) = read
        } else if let revision {
            guard let stored = try await record.read(ifNone: nil, { store throws(StoreError) in try await store.revision(revision) }) else {
                throw AppError("the record has no plan revision \(revision)")
            }
            loaded = try await RecordedRevisions.load(stored)
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
        let history = try await RecordedRevisions.history(revision: revision, current: programme, since: period.since, asOf: day, record: record)
        return ProgrammeSnapshot(loaded: loaded, analysis: analysis, updates: updates, lastCommitteeReport: period.since == nil ? nil : lastReport,
                                 changesSinceLastReport: changes, revision: revision, schedule: history?.baseline,
                                 planChangesSinceLastReport: history?.revisions ?? [], problems: problems, generation: generation)
    }
}
