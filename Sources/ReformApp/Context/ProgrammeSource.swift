import ReformCore
import ReformModel

/// Where a use case's plan comes from: the record's latest revision, else the programme file
/// (`RecordedPlan`, what a command reads); a file named to try a draft (`FileProgramme`); or what
/// a server holds and keeps up to date (`LiveProgramme`). Use cases ask for the plan, or for it
/// analysed at a day with the record's updates, and never read a file themselves.
public protocol ProgrammeSource: Sendable {
    /// The plan, validated, with its warnings.
    ///
    /// - Throws: `AppError` with every problem of a plan that does not validate.
    func plan() async throws(AppError) -> LoadedProgramme

    /// The plan as it stood at the end of `day`: the revision in force then, when the plan is in the record.
    func plan(inForceOn day: CalendarDay, record: Record) async throws(AppError) -> PlanInForce

    /// The plan analysed at `day` with every update recorded in `record` (none when there is no
    /// record yet): all of it, or only what `scope` asks for.
    func analysis(asOf day: CalendarDay, record: Record, scope: AnalysisScope) async throws(AppError) -> OpenedProgramme

    /// What the plan is called in messages: the file's path.
    var name: String { get }
}

extension ProgrammeSource {
    /// The whole analysis of the plan at `day`.
    public func analysis(asOf day: CalendarDay, record: Record) async throws(AppError) -> OpenedProgramme {
        try await analysis(asOf: day, record: record, scope: .whole)
    }
}

/// How much of the analysis a use case reads: the funding position alone needs no action assessed.
public enum AnalysisScope: Sendable {
    /// Every action assessed, rolled up and judged against its deadlines, with funding and indicators.
    case whole
    /// The funding and indicators alone; the lists about actions are empty.
    case fundingOnly

    /// `programme` analysed at `day` with `updates`, as far as this scope goes.
    func analyse(_ programme: Programme, asOf day: CalendarDay, updates: [ProgressUpdate]) -> ProgrammeAnalysis {
        switch self {
        case .whole: ProgrammeAnalysis(programme, asOf: day, updates: updates)
        case .fundingOnly: ProgrammeAnalysis(fundingOnly: programme, asOf: day, updates: updates)
        }
    }
}

/// A programme as loaded, with its analysis at a day.
public struct OpenedProgramme: Sendable {
    /// The validated file.
    public let loaded: LoadedProgramme
    /// The analysis at the day asked for, with the recorded updates applied.
    public let analysis: ProgrammeAnalysis
    /// The record's revision of the plan analysed; `nil` while the plan is a file.
    public let revision: Int64?
    /// How its dates stand against the latest baseline marked by that day; `nil` when none is.
    public let schedule: BaselineSchedule?

    /// The programme itself.
    public var programme: Programme { loaded.programme }

    public init(loaded: LoadedProgramme, analysis: ProgrammeAnalysis, revision: Int64? = nil, schedule: BaselineSchedule? = nil) {
        self.loaded = loaded
        self.analysis = analysis
        self.revision = revision
        self.schedule = schedule
    }
}
