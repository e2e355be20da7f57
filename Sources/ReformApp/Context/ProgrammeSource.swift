import ReformCore
import ReformModel

/// Where a use case's plan comes from: the file a command names (`FileProgramme`), or what a
/// server holds and keeps up to date (`LiveProgramme`). Use cases ask for the plan, or for it
/// analysed at a day with the record's updates, and never read a file themselves.
public protocol ProgrammeSource: Sendable {
    /// The plan, validated, with its warnings.
    ///
    /// - Throws: `AppError` with every problem of a plan that does not validate.
    func plan() async throws(AppError) -> LoadedProgramme

    /// The plan analysed at `day` with every update recorded in `record` (none when there is no record yet).
    func analysis(asOf day: CalendarDay, record: Record) async throws(AppError) -> OpenedProgramme

    /// What the plan is called in messages: the file's path.
    var name: String { get }
}

/// A programme as loaded, with its analysis at a day.
public struct OpenedProgramme: Sendable {
    /// The validated file.
    public let loaded: LoadedProgramme
    /// The analysis at the day asked for, with the recorded updates applied.
    public let analysis: ProgrammeAnalysis

    /// The programme itself.
    public var programme: Programme { loaded.programme }

    public init(loaded: LoadedProgramme, analysis: ProgrammeAnalysis) {
        self.loaded = loaded
        self.analysis = analysis
    }
}
