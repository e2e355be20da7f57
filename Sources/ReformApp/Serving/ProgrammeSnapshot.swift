import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// The programme as a server shows it at one moment: the last good plan, its analysis today with
/// every recorded update, and what changed since the last committee report. Every page reads one
/// snapshot, so the figures on a page agree with each other and with the CLI's.
///
/// A class, since every request is handed the one snapshot: passing a reference costs one
/// retain, where copying the struct it was retained each of its arrays and strings.
public final class ProgrammeSnapshot: Sendable {
    /// The last plan that validated.
    public let loaded: LoadedProgramme
    /// Its analysis at `analysis.asOf`, with the recorded updates applied.
    public let analysis: ProgrammeAnalysis
    /// Every recorded update, in the order they apply.
    public let updates: [ProgressUpdate]
    /// The last committee update written to a file, if any, and what changed since its day.
    public let lastCommitteeReport: ReportRun?
    public let changesSinceLastReport: ProgrammeChanges
    /// The record's revision being served; `nil` while the plan is the file.
    public let revision: Int64?
    /// How the plan's dates stand against the latest baseline; `nil` when none is marked.
    public let schedule: BaselineSchedule?
    /// The plan's revisions since the last committee report, with what each changed (empty while the plan is the file).
    public let planChangesSinceLastReport: [BaselineSchedule.Revision]
    /// When the file on disk no longer validates: its problems, one `file:line:column: error: ...`
    /// line each, while the last good plan stays in service. Empty when the file is sound.
    public let problems: [String]
    /// Which computation of the server's this is, counting from 1: anything drawn from the
    /// snapshot alone (a page's body) can be kept until it changes.
    public let generation: Int

    /// The plan itself.
    public var programme: Programme { loaded.programme }

    /// A snapshot; see each property.
    init(loaded: LoadedProgramme, analysis: ProgrammeAnalysis, updates: [ProgressUpdate], lastCommitteeReport: ReportRun?,
         changesSinceLastReport: ProgrammeChanges, revision: Int64? = nil, schedule: BaselineSchedule? = nil,
         planChangesSinceLastReport: [BaselineSchedule.Revision] = [], problems: [String], generation: Int) {
        self.loaded = loaded
        self.analysis = analysis
        self.updates = updates
        self.lastCommitteeReport = lastCommitteeReport
        self.changesSinceLastReport = changesSinceLastReport
        self.revision = revision
        self.schedule = schedule
        self.planChangesSinceLastReport = planChangesSinceLastReport
        self.problems = problems
        self.generation = generation
    }
}
