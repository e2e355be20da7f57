import ReformSystem
import ReformCore
import ReformModel

/// Opening a programme file: loading and checking it, and analysing it with its record at a day.
/// Every command and page starts here.
public struct OpenProgramme: Sendable {
    /// The programme file and its record.
    public let workspace: Workspace
    /// Whether warnings fail the load, as `--strict` asks.
    public let strict: Bool

    /// Opens `workspace`'s programme, failing on warnings when `strict`.
    public init(_ workspace: Workspace, strict: Bool = false) {
        self.workspace = workspace
        self.strict = strict
    }

    /// Loads and validates the file.
    ///
    /// - Throws: `AppError` with every problem as `file:line:column: error: message` and a count,
    ///   or, under `strict`, the warnings and why they fail.
    public func load() async throws(AppError) -> LoadedProgramme {
        let file = workspace.programmeFile
        let loaded: LoadedProgramme
        do {
            loaded = try await BlockingWork.run { () throws(ProgrammeLoadError) in try ProgrammeLoader.load(path: file) }
        } catch {
            let lines = error.diagnostics.map { $0.formatted(file: error.file) }
            throw AppError((lines + ["\(file): \(Plural.count(error.diagnostics.errors.count, "error")); nothing was loaded"]).joined(separator: "\n"))
        }
        if strict, !loaded.warnings.isEmpty {
            let lines = loaded.warnings.map { $0.formatted(file: file) }
            throw AppError((lines + ["\(file): \(Plural.count(loaded.warnings.count, "warning")) (failing because of --strict)"]).joined(separator: "\n"))
        }
        return loaded
    }

    /// The loaded programme's warnings, one `file:line:column: warning: message` line each.
    public func warningLines(of loaded: LoadedProgramme) -> String {
        loaded.warnings.map { $0.formatted(file: workspace.programmeFile) }.joined(separator: "\n")
    }

    /// Loads the file and analyses it at `day`, with the updates recorded up to that day.
    public func analyse(asOf day: CalendarDay) async throws(AppError) -> OpenedProgramme {
        let loaded = try await load()
        return try await analyse(loaded, asOf: day)
    }

    /// Analyses an already loaded programme at `day`, with its recorded updates.
    public func analyse(_ loaded: LoadedProgramme, asOf day: CalendarDay) async throws(AppError) -> OpenedProgramme {
        let updates = try await workspace.updates()
        let analysis = await BlockingWork.run { ProgrammeAnalysis(loaded.programme, asOf: day, updates: updates) }
        return OpenedProgramme(loaded: loaded, analysis: analysis)
    }
}

/// A programme as loaded, with its analysis at a day.
public struct OpenedProgramme: Sendable {
    /// The validated file.
    public let loaded: LoadedProgramme
    /// The analysis at the day asked for, with the recorded updates applied.
    public let analysis: ProgrammeAnalysis

    /// The programme itself.
    public var programme: Programme { loaded.programme }
}
