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
    /// The round of updates reported, if one was opened by the report's day.
    var round: RoundReport?

    /// A request written as JSON, with when it was made.
    struct Encoded {
        var bytes: [UInt8]
        var generatedAt: String
    }

    /// The request for `plugin` in `format` with its checked options and the files they name: only
    /// the large parts its manifest `reads`, the others written as empty lists and not computed.
    func encode(plugin: any LoadedPlugin, format: PluginManifest.Format, options: [String: String],
                files: [String: PluginFile]? = nil) throws(PluginError) -> Encoded {
        let generatedAt = Timestamp.utc(Date())
        let manifest = plugin.manifest
        var written = programme
        if !manifest.reads(.actions) { written.actions = [] }
        if !manifest.reads(.milestones) { written.milestones = [] }
        let readsAnalysis = [RequestPart.actionAssessments, .deadlines, .pillarRollUps, .policyRollUps, .milestoneRollUps].contains(where: manifest.reads)
        do {
            guard readsAnalysis else {
                // A report on funding alone: no action is assessed and no deadline judged. The programme is written while the funding is analysed.
                let (started, analysis) = Parallel.both({ [written, days, id = manifest.id] in
                    Result {
                        try ReportRequestWriter(plugin: id, format: format.id, options: options, files: files, generatedAt: generatedAt, asOf: days.asOf,
                                                since: days.since, programme: written)
                    }
                }, {
                    ProgrammeAnalysis(fundingOnly: programme, asOf: days.asOf, updates: updates)
                })
                return Encoded(bytes: try started.get().finish(analysis: analysis, changes: changesInPeriod(), plan: plan, round: round), generatedAt: generatedAt)
            }
            let (started, assessed) = Parallel.both({ [written, days, id = manifest.id] in
                Result {
                    try ReportRequestWriter(plugin: id, format: format.id, options: options, files: files, generatedAt: generatedAt, asOf: days.asOf,
                                            since: days.since, programme: written)
                }
            }, {
                AssessedProgramme(programme, asOf: days.asOf, updates: updates)
            })
            let writer = try started.get()
            let keepsAssessments = manifest.reads(.actionAssessments)
            let (changes, analysis) = Parallel.both({
                if keepsAssessments { writer.writeAssessments(assessed) }
                return changesInPeriod()
            }, {
                ProgrammeAnalysis(completing: assessed)
            })
            let kept = analysis.keeping(actions: keepsAssessments, pillars: manifest.reads(.pillarRollUps), policies: manifest.reads(.policyRollUps),
                                        milestones: manifest.reads(.milestoneRollUps), deadlines: manifest.reads(.deadlines))
            return Encoded(bytes: try writer.finish(analysis: kept, changes: changes, plan: plan, round: round), generatedAt: generatedAt)
        } catch {
            throw PluginError(plugin: manifest.id, path: plugin.path, reason: "the request could not be encoded: \(error)")
        }
    }

    /// What changed between the period's days (none without a day to count from).
    private func changesInPeriod() -> ProgrammeChanges {
        days.since.map {
            ProgrammeChanges(programme: programme, updates: updates, since: $0, until: days.asOf, previousActions: days.previousActions)
        } ?? .none(until: days.asOf)
    }
}
