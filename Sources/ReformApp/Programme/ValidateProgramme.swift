import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Checking a programme file as `reform validate` does: every problem in the file, and the
/// recorded updates kept for actions the plan no longer has.
public struct ValidateProgramme: Sendable {
    /// What a valid file holds, and what is worth a look.
    public struct Outcome: Sendable {
        /// The programme that loaded.
        public let loaded: LoadedProgramme
        /// "Title (Organisation): 6 pillars, 4 policies, ...", with the warning count.
        public let summary: String
        /// A warning naming the actions with orphaned updates and their counts, if any.
        public let orphanWarning: String?
    }

    /// Whether warnings and orphaned updates fail it, as `--strict` asks.
    public let strict: Bool

    /// A check that fails on warnings and orphaned updates when `strict`.
    public init(strict: Bool = false) {
        self.strict = strict
    }

    /// Loads the file and looks for orphaned updates in `record`.
    ///
    /// - Throws: `AppError` for an invalid file, and under `--strict` for warnings or orphans
    ///   (the orphan warning is then part of the message).
    public func run(programme: any ProgrammeSource, record: Record) async throws(AppError) -> Outcome {
        let loaded = try await programme.plan()
        if strict, !loaded.warnings.isEmpty {
            let lines = loaded.warnings.map { $0.formatted(file: programme.name) }
            throw AppError.located((lines + ["\(programme.name): \(Plural.count(loaded.warnings.count, "warning")) (failing because of --strict)"]).joined(separator: "\n"))
        }
        let orphanWarning = try await orphans(of: loaded.programme, in: record)
        if let orphanWarning, strict {
            throw AppError.located("\(orphanWarning)\n\(programme.name): failing because of --strict")
        }
        let warnings = loaded.warnings.isEmpty ? "" : "; \(Plural.count(loaded.warnings.count, "warning"))"
        return Outcome(loaded: loaded, summary: "\(programme.name): valid: \(ProgrammeSummary.line(for: loaded.programme))\(warnings)",
                       orphanWarning: orphanWarning)
    }

    /// Recorded updates for actions the plan no longer has: kept, never deleted, but worth saying.
    private func orphans(of programme: Programme, in record: Record) async throws(AppError) -> String? {
        let counts = try await record.read(ifNone: [:]) { store throws(StoreError) in try await store.eventCounts() }
        guard !counts.isEmpty else { return nil }
        let known = Set(programme.actions.map(\.id))
        let orphaned = counts.filter { !known.contains($0.key) }
        guard !orphaned.isEmpty else { return nil }
        let list = orphaned.keys.sorted().map { "\($0) (\(orphaned[$0]!))" }.joined(separator: ", ")
        return "\(record.name): warning: recorded updates for actions no longer in the programme are kept: \(list)"
    }
}
