import ArgumentParser
import Foundation
import ReformCore
import ReformModel
import ReformPluginHost
import ReformPluginKit

/// `reform report`: renders a report with a plugin, to a file (atomically) or standard output.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report with a report plugin (see 'reform plugins').",
        discussion: """
        The core loads and analyses the programme, then hands the plugin one JSON request (docs/report-request.schema.json). \
        With --out the document is written to a temporary file and renamed into place, so a failure leaves nothing behind.
        """
    )

    @Argument(help: ArgumentHelp("The plugin's id, such as committee-update.", valueName: "plugin"))
    var plugin: String

    @OptionGroup var programme: ProgrammeOptions

    @Option(help: ArgumentHelp("The output format (default: the plugin's first).", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var out: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to report at (default: today).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Report changes since this day, or 'last': the previous run of this plugin.", valueName: "date|last"))
    var since: String?

    @Option(name: .customLong("option"), help: ArgumentHelp("An option for the plugin, name=value (repeatable).", valueName: "name=value"))
    var options: [String] = []

    @Option(help: ArgumentHelp("Seconds an executable plugin may take (default 60).", valueName: "seconds"))
    var timeout: Double = ReportRenderer.defaultTimeout

    @OptionGroup var plugins: PluginOptions
    @OptionGroup var history: HistoryOptions

    func validate() throws {
        try DayOption.validate(asOf, name: "--as-of")
        try DayOption.validate(since == "last" ? nil : since, name: "--since")
        for option in options where !option.contains("=") || option.hasPrefix("=") {
            throw ValidationError("--option '\(option)' must be name=value")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
    }

    func run() throws {
        let loaded = try programme.load()
        let catalog = PluginCatalog(searchPath: plugins.searchPath, only: plugin)
        guard let found = catalog.plugin(plugin) else {
            if let failure = catalog.failures.first {
                Terminal.writeError("error: \(failure)")
            } else {
                Terminal.writeError("error: no report plugin '\(plugin)' found (searched: \(catalog.searchPath.directories.joined(separator: ", "))); 'reform plugins' lists those found")
            }
            throw ExitCode(ExitStatus.failure)
        }
        do {
            let chosen = try ReportRenderer.format(format, of: found)
            let store = try history.open(forProgramme: programme.file, create: false)
            let days = try reportDays(plugin: found, store: store)
            let request = try encodeRequest(loaded.programme, plugin: found, format: chosen,
                                            options: try ReportRenderer.options(parsedOptions(), for: found), days: days, store: store)
            // The run's record lists every action's title, which takes a moment on a large programme: done on the other core meanwhile.
            let (titles, rendered) = Parallel.both({ [actions = loaded.programme.actions] in ReportRun.actionTitles(of: actions) }, {
                Result { () throws(PluginError) in
                    try ReportRenderer.render(encoded: request.bytes, with: found, format: chosen, timeout: timeout)
                }
            })
            let document = try rendered.get()
            try recordRun(request, actionTitles: titles, plugin: found, document: document, store: store)
            if let out {
                do {
                    try AtomicFile.write(document, to: out)
                } catch {
                    Terminal.writeError("error: \(error.message)")
                    throw ExitCode(ExitStatus.failure)
                }
                Terminal.writeError("wrote \(out) (\(found.manifest.id) \(found.manifest.version), \(chosen.id), \(document.count) bytes)")
            } else {
                FileHandle.standardOutput.write(Data(document))
            }
        } catch let error as PluginError {
            Terminal.writeError("error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
    }

    private func parsedOptions() -> [String: String] {
        var result: [String: String] = [:]
        for option in options {
            let parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            result[String(parts[0])] = String(parts[1])
        }
        return result
    }

    /// The days a report covers: the day it is at, and the day its changes are counted from, if any.
    private struct ReportDays {
        var asOf: CalendarDay
        var since: CalendarDay?
        /// With `--since last`: each action's title as the previous run showed it.
        var previousActions: [String: String]?
    }

    /// The report's days from `--as-of` and `--since`, where `last` is the previous run of this plugin.
    private func reportDays(plugin: any LoadedPlugin, store: HistoryStore?) throws -> ReportDays {
        var days = ReportDays(asOf: DayOption.day(asOf) ?? Today.day, since: DayOption.day(since))
        guard since == "last" else { return days }
        if let run = try store.flatMap({ store in try history.run { try store.lastRun(plugin: plugin.manifest.id) } }) {
            days.since = CalendarDay(iso: Substring(run.asOf))
            days.previousActions = try? JSONDecoder().decode([String: String].self, from: Data(run.actions.utf8))
        } else {
            Terminal.writeError("note: no earlier run of '\(plugin.manifest.id)' is recorded, so no changes are shown")
        }
        return days
    }

    /// A request written as JSON, with what the run's record needs of it.
    private struct EncodedRequest {
        var bytes: [UInt8]
        var format: String
        var days: ReportDays
        var generatedAt: String
    }

    /// The request, from the programme and the history database when there is one (opened once by `run`).
    ///
    /// Most of a large request is the programme and the action assessments, and both are known
    /// before the deadlines are judged, so they are written on one core while the analysis is
    /// computed on the other.
    private func encodeRequest(_ programme: Programme, plugin: any LoadedPlugin, format: PluginManifest.Format, options: [String: String],
                               days: ReportDays, store: HistoryStore?) throws -> EncodedRequest {
        let updates = try store.map { store in try history.run { try store.updates() } } ?? []
        let generatedAt = Timestamp.utc(Date())
        do {
            let (started, assessed) = Parallel.both({ [id = plugin.manifest.id] in
                Result {
                    try ReportRequestWriter(plugin: id, format: format.id, options: options, generatedAt: generatedAt, asOf: days.asOf,
                                            since: days.since, programme: programme)
                }
            }, {
                AssessedProgramme(programme, asOf: days.asOf, updates: updates)
            })
            let writer = try started.get()
            let (changes, analysis) = Parallel.both({
                writer.writeAssessments(assessed)
                return days.since.map {
                    ProgrammeChanges(programme: programme, updates: updates, since: $0, until: days.asOf, previousActions: days.previousActions)
                } ?? .none(until: days.asOf)
            }, {
                ProgrammeAnalysis(completing: assessed)
            })
            return EncodedRequest(bytes: try writer.finish(analysis: analysis, changes: changes), format: format.id, days: days,
                                  generatedAt: generatedAt)
        } catch {
            throw PluginError(plugin: plugin.manifest.id, path: plugin.path, reason: "the request could not be encoded: \(error)")
        }
    }

    /// Records the run, so that the next `--since last` knows what this report showed.
    private func recordRun(_ request: EncodedRequest, actionTitles: String, plugin: any LoadedPlugin, document: [UInt8],
                           store existing: HistoryStore?) throws {
        guard let store = try existing ?? history.open(forProgramme: programme.file, create: true) else { return }
        let run = ReportRun(id: nil, plugin: plugin.manifest.id, pluginVersion: plugin.manifest.version, format: request.format,
                            asOf: request.days.asOf.iso, since: request.days.since?.iso, generatedAt: request.generatedAt,
                            outputSHA256: SHA256.hex(document), outputBytes: document.count, outputPath: out,
                            actions: actionTitles)
        try history.run { try store.record(run) }
    }
}
