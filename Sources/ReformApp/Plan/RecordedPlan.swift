import Foundation
import NIOConcurrencyHelpers
import ReformCore
import ReformModel
import ReformStore
import ReformSystem

/// The plan as a command reads it: the record's latest revision once one is published (the file
/// on disk is then a working copy), the programme file while there is none.
///
/// A working copy that differs from the record's plan is said in one line (`notice`), naming both
/// and how to reconcile them, and the record's plan is used. A past day (`--as-of`) is analysed
/// with the revision in force that day.
public final class RecordedPlan: ProgrammeSource {
    /// The working copy, which is the plan while the record has no revision.
    public let file: String
    private let record: Record
    private let strict: Bool
    private let notice: @Sendable (String) -> Void
    private let fileProgramme: FileProgramme
    private let noticed = NIOLockedValueBox(false)

    /// The plan of `record`, else of `file`; `notice` hears that the working copy differs, once.
    public init(file: String, record: Record, strict: Bool = false, notice: @escaping @Sendable (String) -> Void = { _ in }) {
        self.file = file
        self.record = record
        self.strict = strict
        self.notice = notice
        self.fileProgramme = FileProgramme(path: file, strict: strict)
    }

    public var name: String { file }

    public func plan() async throws(AppError) -> LoadedProgramme {
        guard let latest = try await RecordedRevisions.latest(record: record) else { return try await fileProgramme.plan() }
        compareWorkingCopy(with: latest.sha256, number: latest.number ?? 0)
        return try checked(try await RecordedRevisions.load(latest), revision: latest.number)
    }

    public func plan(inForceOn day: CalendarDay, record: Record) async throws(AppError) -> PlanInForce {
        guard let found = try await RecordedRevisions.inForce(on: day, record: record) else {
            return PlanInForce(loaded: try await fileProgramme.plan(), revision: nil)
        }
        if let latest = try await RecordedRevisions.latest(record: record) { compareWorkingCopy(with: latest.sha256, number: latest.number ?? 0) }
        return PlanInForce(loaded: try checked(try await RecordedRevisions.load(found), revision: found.number), revision: found.number)
    }

    public func analysis(asOf day: CalendarDay, record: Record, scope: AnalysisScope) async throws(AppError) -> OpenedProgramme {
        let plan = try await plan(inForceOn: day, record: record)
        let updates = try await record.read(ifNone: []) { store throws(StoreError) in try await store.updates() }
        let programme = plan.loaded.programme
        let analysis = await BlockingWork.run { scope.analyse(programme, asOf: day, updates: updates) }
        let schedule = plan.revision == nil ? nil : try await RecordedRevisions.schedule(of: programme, asOf: day, record: record)
        return OpenedProgramme(loaded: plan.loaded, analysis: analysis, revision: plan.revision, schedule: schedule)
    }

    /// Warnings fail under `--strict`, as they do for a file.
    private func checked(_ loaded: LoadedProgramme, revision: Int64?) throws(AppError) -> LoadedProgramme {
        guard strict, !loaded.warnings.isEmpty else { return loaded }
        let name = RecordedRevisions.name(revision)
        let lines = loaded.warnings.map { $0.formatted(file: name) }
        throw AppError.located((lines + ["\(name): \(Plural.count(loaded.warnings.count, "warning")) (failing because of --strict)"]).joined(separator: "\n"))
    }

    /// Says, once, that the working copy on disk is not the record's plan.
    private func compareWorkingCopy(with sha256: String, number: Int64) {
        guard !noticed.withLockedValue({ $0 }), let bytes = try? FileBytes.read(path: file, limit: LoaderLimits.standard.maxFileBytes),
              SHA256.hex(bytes) != sha256 else { return }
        noticed.withLockedValue { $0 = true }
        notice("note: \(file) differs from the record's plan (revision \(number)), which is what this command uses; "
               + "`reform plan pull` brings the file up to date, `reform plan publish \(file) --reason TEXT` publishes it, and `--file \(file)` reads the file instead")
    }
}
