import Foundation
import ReformCore
import ReformModel
import ReformPluginHost
import ReformPluginKit
import ReformRecord
import ReformStore

/// Writing a report's request as JSON, from the programme and its recorded updates.
///
/// Most of a large request is the programme and the action assessments, and both are known
/// before the deadlines are judged, so they are written on one core while the analysis is
/// computed on the other.
struct ReportRequestAssembly {
    let programme: Programme
    let updates: [ProgressUpdate]
    let days: ResolvedReportPeriod
    /// The plan's side, when the plan is in the record.
    var plan: PlanHistory?

    /// A request written as JSON, with when it was made.
    struct Encoded {
        var bytes: [UInt8]
        var generatedAt: String
    }

    /// The request for `plugin` in `format` with its checked options and the files they name.
    func encode(plugin: any LoadedPlugin, format: PluginManifest.Format, options: [String: String],
                files: [String: PluginFile]? = nil) throws(PluginError) -> Encoded {
        let generatedAt = Timestamp.utc(Date())
        do {
            let (started, assessed) = Parallel.both({ [programme, days, id = plugin.manifest.id] in
                Result {
                    try ReportRequestWriter(plugin: id, format: format.id, options: options, files: files, generatedAt: generatedAt, asOf: days.asOf,
                                            since: days.since, programme: programme)
                }
            }, {
                AssessedProgramme(programme, asOf: days.asOf, updates: updates)
            })
            let writer = try started.get()
            let (changes, analysis) = Parallel.both({ [programme, updates, days] in
                writer.writeAssessments(assessed)
                return days.since.map {
                    ProgrammeChanges(programme: programme, updates: updates, since: $0, until: days.asOf, previousActions: days.previousActions)
                } ?? .none(until: days.asOf)
            }, {
                ProgrammeAnalysis(completing: assessed)
            })
            return Encoded(bytes: try writer.finish(analysis: analysis, changes: changes, plan: plan), generatedAt: generatedAt)
        } catch {
            throw PluginError(plugin: plugin.manifest.id, path: plugin.path, reason: "the request could not be encoded: \(error)")
        }
    }
}
