import NIOConcurrencyHelpers
import ReformCore
import ReformModel
import ReformStore
import ReformSystem

/// The plan of a programme file, as `reform validate` and a command given `--file` read it (a
/// draft, whatever the record holds): loaded and checked once, on a Dispatch thread, however
/// many times a use case asks.
public final class FileProgramme: ProgrammeSource {
    /// The file's path.
    public let path: String
    /// Whether warnings fail the load, as `--strict` asks.
    public let strict: Bool
    private let loaded = NIOLockedValueBox<LoadedProgramme?>(nil)

    /// The plan in `path`, failing on warnings when `strict`.
    public init(path: String, strict: Bool = false) {
        self.path = path
        self.strict = strict
    }

    public var name: String { path }

    /// Loads and validates the file.
    ///
    /// - Throws: `AppError` with every problem as `file:line:column: error: message` and a count,
    ///   or, under `strict`, the warnings and why they fail.
    public func plan() async throws(AppError) -> LoadedProgramme {
        if let loaded = loaded.withLockedValue({ $0 }) { return loaded }
        let file = path
        let result: LoadedProgramme
        do {
            result = try await BlockingWork.run { () throws(ProgrammeLoadError) in try ProgrammeLoader.load(path: file) }
        } catch {
            let lines = error.diagnostics.map { $0.formatted(file: error.file) }
            throw AppError.located((lines + ["\(file): \(Plural.count(error.diagnostics.errors.count, "error")); nothing was loaded"]).joined(separator: "\n"))
        }
        if strict, !result.warnings.isEmpty {
            let lines = result.warnings.map { $0.formatted(file: file) }
            throw AppError.located((lines + ["\(file): \(Plural.count(result.warnings.count, "warning")) (failing because of --strict)"]).joined(separator: "\n"))
        }
        loaded.withLockedValue { $0 = result }
        return result
    }

    /// The file: a draft has no past.
    public func plan(inForceOn day: CalendarDay, record: Record) async throws(AppError) -> PlanInForce {
        PlanInForce(loaded: try await plan(), revision: nil)
    }

    public func analysis(asOf day: CalendarDay, record: Record, scope: AnalysisScope) async throws(AppError) -> OpenedProgramme {
        let loaded = try await plan()
        let updates = try await record.read(ifNone: []) { store throws(StoreError) in try await store.updates() }
        let analysis = await BlockingWork.run { scope.analyse(loaded.programme, asOf: day, updates: updates) }
        return OpenedProgramme(loaded: loaded, analysis: analysis)
    }

    /// The plan's warnings, one `file:line:column: warning: message` line each.
    public func warningLines(of loaded: LoadedProgramme) -> String {
        loaded.warnings.map { $0.formatted(file: path) }.joined(separator: "\n")
    }
}
