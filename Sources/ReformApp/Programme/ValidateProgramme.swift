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

    /// The file and its record.
    public let open: OpenProgramme

    /// Validates `open`'s file; `open.strict` also fails on warnings and orphaned updates.
    public init(_ open: OpenProgramme) {
        self.open = open
    }

    /// Loads the file and looks for orphaned updates.
    ///
    /// - Throws: `AppError` for an invalid file, and under `--strict` for warnings or orphans
    ///   (the orphan warning is then part of the message).
    public func run() async throws(AppError) -> Outcome {
        let loaded = try await open.load()
        let orphanWarning = try await orphans(of: loaded.programme)
        if let orphanWarning, open.strict {
            throw AppError("\(orphanWarning)\n\(open.workspace.programmeFile): failing because of --strict")
        }
        let warnings = loaded.warnings.isEmpty ? "" : "; \(Plural.count(loaded.warnings.count, "warning"))"
        return Outcome(loaded: loaded, summary: "\(open.workspace.programmeFile): valid: \(ProgrammeSummary.line(for: loaded.programme))\(warnings)",
                       orphanWarning: orphanWarning)
    }

    /// Recorded updates for actions the plan no longer has: kept, never deleted, but worth saying.
    private func orphans(of programme: Programme) async throws(AppError) -> String? {
        let counts = try await open.workspace.read(ifNone: [:]) { store throws(StoreError) in try await store.eventCounts() }
        guard !counts.isEmpty else { return nil }
        let known = Set(programme.actions.map(\.id))
        let orphaned = counts.filter { !known.contains($0.key) }
        guard !orphaned.isEmpty else { return nil }
        let list = orphaned.keys.sorted().map { "\($0) (\(orphaned[$0]!))" }.joined(separator: ", ")
        return "\(open.workspace.record): warning: recorded updates for actions no longer in the programme are kept: \(list)"
    }
}
