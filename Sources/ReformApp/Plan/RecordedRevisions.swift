import NIOConcurrencyHelpers
import ReformCore
import ReformModel
import ReformRecord
import ReformStore
import ReformSystem

/// The plan's revisions as the use cases read them: the one in force at a day, loaded (once per
/// text: a revision never changes), and the baseline the dates are compared with.
enum RecordedRevisions {
    /// Loaded revisions by SHA-256, the few most recent: a server serves one, a report compares it with its baseline.
    private static let loaded = NIOLockedValueBox<[(sha: String, plan: LoadedProgramme)]>([])
    private static let kept = 4

    /// What a revision is called in messages.
    static func name(_ number: Int64?) -> String { "the plan's revision \(number ?? 0)" }

    /// The revision in force at the end of `day` (the first, for a day before it), text and all; `nil` while the plan is a file.
    static func inForce(on day: CalendarDay, record: Record) async throws(AppError) -> PlanRevision? {
        try await record.read(ifNone: nil) { store throws(StoreError) in
            if let revision = try await store.revision(inForceOn: day) { return revision }
            return try await store.firstRevision()
        }
    }

    /// The latest revision, text and all; `nil` while the plan is a file.
    static func latest(record: Record) async throws(AppError) -> PlanRevision? {
        try await record.read(ifNone: nil) { store throws(StoreError) in try await store.latestRevision() }
    }

    /// `revision` loaded and validated, on a Dispatch thread; one already loaded is not read again.
    static func load(_ revision: PlanRevision) async throws(AppError) -> LoadedProgramme {
        if let hit = loaded.withLockedValue({ $0.first { $0.sha == revision.sha256 }?.plan }) { return hit }
        let name = name(revision.number), text = revision.text
        let plan: LoadedProgramme
        do {
            plan = try await BlockingWork.run { () throws(ProgrammeLoadError) in try ProgrammeLoader.parse(bytes: text, file: name) }
        } catch {
            // A stored revision was valid when published; a newer tool may be stricter.
            let lines = error.diagnostics.map { $0.formatted(file: error.file) }
            throw AppError.located((lines + ["\(name) no longer validates: publish a corrected revision with `reform plan publish`"]).joined(separator: "\n"))
        }
        keep(plan, of: revision)
        return plan
    }

    /// Keeps `plan` as `revision` loaded: a revision just published was validated on the way in, and
    /// is what every page reads next. Its outline is made meanwhile, off the request, for the next edit.
    static func keep(_ plan: LoadedProgramme, of revision: PlanRevision) {
        loaded.withLockedValue { cache in
            cache.removeAll { $0.sha == revision.sha256 }
            cache.insert((revision.sha256, plan), at: 0)
            if cache.count > kept { cache.removeLast() }
        }
        let (sha, text) = (revision.sha256, revision.text)
        Task.detached(priority: .utility) {
            guard let outline = PlanOutline(text) else { return }
            outlines.withLockedValue { cache in
                cache.removeAll { $0.sha == sha }
                cache.insert((sha, outline), at: 0)
                if cache.count > 2 { cache.removeLast() }
            }
        }
    }

    /// The whole outline of the revision with `sha256`, when it has been made.
    static func outline(of sha256: String) -> PlanOutline? {
        outlines.withLockedValue { $0.first { $0.sha == sha256 }?.outline }
    }

    /// Outlines of the latest revisions published here, by SHA-256.
    private static let outlines = NIOLockedValueBox<[(sha: String, outline: PlanOutline)]>([])

    /// The plan in force at `day` from the record, or `nil` while the plan is a file.
    static func plan(inForceOn day: CalendarDay, record: Record) async throws(AppError) -> PlanInForce? {
        guard let revision = try await inForce(on: day, record: record) else { return nil }
        return PlanInForce(loaded: try await load(revision), revision: revision.number)
    }

    /// How `current` stands against the latest baseline marked by the end of `day`, with who moved each
    /// action since; `nil` when no baseline is marked.
    static func schedule(of current: Programme, asOf day: CalendarDay, record: Record) async throws(AppError) -> BaselineSchedule? {
        let end = day.adding(days: 1).iso
        let found: (PlanBaseline, PlanRevision, [PlanRevision])? = try await record.read(ifNone: nil) { store throws(StoreError) in
            guard let mark = try await store.baselines().last(where: { $0.markedAt < end }), let revision = try await store.revision(mark.revision) else {
                return nil
            }
            let since = try await store.revisionLog().filter { ($0.number ?? 0) > mark.revision && $0.recordedAt < end }
            return (mark, revision, since)
        }
        guard let (mark, revision, since) = found else { return nil }
        let baseline = try await load(revision)
        let revisions = since.reversed().map(summary)
        return await BlockingWork.run {
            BaselineSchedule(baseline: baseline.programme, number: mark.revision, name: mark.name, current: current, since: revisions)
        }
    }

    /// The plan's side of a report made from `revision` for the period from `since` to `asOf`.
    static func history(revision: Int64?, current: Programme, since: CalendarDay?, asOf day: CalendarDay, record: Record) async throws(AppError) -> PlanHistory? {
        guard let revision else { return nil }
        let schedule = try await self.schedule(of: current, asOf: day, record: record)
        let start = since?.adding(days: 1).iso ?? "", end = day.adding(days: 1).iso
        let log = try await record.read(ifNone: []) { store throws(StoreError) in try await store.revisionLog() }
        let revisions = log.reversed().filter { since != nil && $0.recordedAt >= start && $0.recordedAt < end && $0.base != nil }.map(summary)
        return PlanHistory(revision: revision, baseline: schedule, revisions: revisions)
    }

    /// A revision as a schedule or history lists it.
    static func summary(_ revision: PlanRevision) -> BaselineSchedule.Revision {
        BaselineSchedule.Revision(number: revision.number ?? 0, by: revision.recordedBy, at: revision.recordedAt, reason: revision.reason, changes: revision.changes)
    }
}
