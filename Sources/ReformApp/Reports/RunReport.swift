import ReformCore
import ReformModel
import ReformPluginHost
import ReformPluginKit
import ReformRecord
import ReformStore
import ReformSystem

/// Writing a report with a plugin, as `reform report` and the reports page do: the programme and
/// its record at a day, a plugin and a format in, the document and its run record out.
public struct RunReport: Sendable {
    /// Where the document goes.
    public enum Destination: Sendable {
        /// Shown (printed): nothing is recorded.
        case shown
        /// Written atomically to this file, and the run recorded.
        case file(String)
        /// Kept in the record with the run, for anyone signed in to download (a report run from the browser).
        case kept
    }

    /// The plugin's id.
    public var plugin: String
    /// The format asked for; the plugin's first when `nil`.
    public var format: String?
    /// The report's days: as at, and what its changes are counted from.
    public var days: ReportPeriod
    /// The plugin's options, name to value.
    public var options: [String: String]
    /// The plugins to choose from: found on a search path and loaded in process (a command), or
    /// found once at start and run out of process (a server, `PluginIsolation`).
    public var plugins: PluginCatalog
    /// Seconds a plugin may take.
    public var timeout: Double
    /// Where the document goes.
    public var destination: Destination
    /// Whether this is the run issued to the committee (`--final`, the run form's box): the one the
    /// next "since the last report" counts from. Otherwise the run is a draft.
    public var issued: Bool

    /// A report run; see each property.
    public init(plugin: String, format: String?, days: ReportPeriod, options: [String: String], plugins: PluginCatalog,
                timeout: Double = ReportRenderer.defaultTimeout, destination: Destination, issued: Bool = false) {
        self.issued = issued
        self.plugin = plugin
        self.format = format
        self.days = days
        self.options = options
        self.plugins = plugins
        self.timeout = timeout
        self.destination = destination
    }

    /// The plugins on `searchPath` that could be `id`, loaded in process: what a command runs.
    public static func catalog(for id: String, searchPath: PluginSearchPath) -> PluginCatalog {
        PluginCatalog(searchPath: searchPath, only: id)
    }

    /// Renders the report as `person` at `moment`, and writes or keeps it as `destination` says.
    ///
    /// - Parameter notice: hears what is worth saying on the way (no earlier run for `--since last`).
    /// - Throws: `AppError` for an invalid programme, a missing or failing plugin, or a file that
    ///   cannot be written (nothing is left behind).
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person,
                    notice: @Sendable (String) -> Void = { _ in }) async throws(AppError) -> ReportOutcome {
        guard person.may(.runReports) else { throw AppError.forbidden(.runReports) }
        if issued, case .shown = destination {
            throw AppError("a report shown on the screen is not recorded, so it cannot be the one issued to the committee: write it to a file",
                           status: .usage, kind: .invalidInput, field: .issue)
        }
        let inForce = try await source.plan(inForceOn: days.asOf, record: record)
        let loaded = inForce.loaded
        let found = try findPlugin()
        for (name, value) in options {
            do { try FreeTextLimit.check(value, field: "option \(name)") } catch { throw AppError.invalid(error) }
            // A file option reads a file on this machine: the command line's, never a server user's.
            if case .kept = destination, found.manifest.options.contains(where: { $0.name == name && $0.isFile }) {
                throw AppError.invalid("the option '\(name)' names a file on the server, which only the command line may give", .option)
            }
        }
        // PDF is made by LibreOffice from the Word document of a plugin that writes one.
        let convertsToPDF = format == PDFConversion.format.id && PDFConversion.applies(to: found.manifest)
        if convertsToPDF, PDFConversion.soffice == nil { throw AppError.invalid(PDFConversion.missing, .format) }
        do {
            let rendering = try ReportRenderer.format(convertsToPDF ? PDFConversion.source : format, of: found)
            let chosen = convertsToPDF ? PDFConversion.format : rendering
            let checkedOptions = try ReportRenderer.options(options, for: found)
            let files = try ReportRenderer.files(checkedOptions, for: found)
            let days = self.days
            let (lastRun, updates, responses) = try await record.read(ifNone: (nil, [], [])) { store throws(StoreError) -> (ReportRun?, [ProgressUpdate], [CommitteeResponse]) in
                let earlier: ReportRun?
                switch days.since {
                case .lastRun: earlier = try await store.lastReport(plugin: found.manifest.id, onOrBefore: days.asOf)
                case .run(let number): earlier = try await store.reportRun(number)
                case .day, nil: earlier = nil
                }
                // Updates awaiting sign-off or returned are left out: a report shows each action as of its latest approved update.
                return (earlier, try await store.signedOffUpdates(), try await store.committeeResponses())
            }
            let rounds = try await RoundRecord.rounds(record)
            let resolved = try days.resolved(plugin: found.manifest.id, lastRun: lastRun, notice: notice)
            let history = try await RecordedRevisions.history(revision: inForce.revision, current: loaded.programme, since: resolved.since,
                                                             asOf: resolved.asOf, record: record)
            // The committee's resolutions as the monitor shows them: with the responses recorded since the plan was written.
            var withResponses = loaded.programme
            withResponses.committees = CommitteeResponses.applied(responses, to: withResponses.committees).committees
            let programme = withResponses
            // The round reported: the latest opened by the report's day, as it stood then.
            let round = try await RoundRecord.report(of: rounds.first { (Timestamp.day(of: $0.openedAt) ?? resolved.asOf) <= resolved.asOf },
                                                     programme: programme, asOf: resolved.asOf, record: record)
            let timeout = self.timeout
            let (titles, rendered) = try await BlockingWork.run { () throws(PluginError) in
                let request = try ReportRequestAssembly(programme: programme, updates: updates, days: resolved, plan: history, round: round)
                    .encode(plugin: found, format: rendering, options: checkedOptions, files: files)
                // The run's record lists every action's title, which takes a moment on a large programme: done on the other core meanwhile.
                let (titles, rendered) = Parallel.both({ [actions = programme.actions] in ReportRun.actionTitles(of: actions) }, {
                    Result { () throws(PluginError) in
                        let document = try ReportRenderer.render(encoded: request.bytes, with: found, format: rendering, timeout: timeout)
                        return convertsToPDF ? try PDFConversion.pdf(fromDOCX: document, plugin: found.manifest.id, timeout: timeout) : document
                    }
                })
                return (titles, rendered.map { (document: $0, generatedAt: request.generatedAt) })
            }
            let (document, generatedAt) = try rendered.get()
            if case .kept = destination {
                guard document.count <= KeptDocuments.maximumBytes else {
                    var tooLarge = AppError.invalid("the report '\(found.manifest.id)' made a document of \(KeptDocuments.megabytes(document.count)); a document "
                                                    + "kept in the record may be at most \(KeptDocuments.megabytes(KeptDocuments.maximumBytes)): "
                                                    + "write it to a file from the command line instead", .plugin)
                    tooLarge.detail = "document of \(document.count) bytes refused"
                    throw tooLarge
                }
            }
            // A document written to a file is hashed while it is written (a large one takes a moment for each).
            let (outputSHA256, written) = Parallel.both({ SHA256.hex(document) }, { () -> FileWriteError? in
                guard case .file(let path) = destination else { return nil }
                do throws(FileWriteError) { try AtomicFile.write(document, to: path) } catch { return error }
                return nil
            })
            if let written { throw AppError(written.message) }
            var run = ReportRun(plugin: found.manifest.id, pluginVersion: found.manifest.version, format: chosen.id,
                                asOf: resolved.asOf.iso, since: resolved.since?.iso, generatedAt: generatedAt,
                                outputSHA256: outputSHA256, outputBytes: document.count, outputPath: nil, actions: titles,
                                planRevision: inForce.revision)
            switch destination {
            case .shown:
                // Only a report written to a file or kept is a report: one shown on the screen records nothing.
                return ReportOutcome(document: document, run: run)
            case .file(let path):
                run.outputPath = path
                let (recorded, issuedBy) = (run, issued ? person.name : nil)
                let stored = try await record.write { store throws(StoreError) in try await store.record(recorded, issuedBy: issuedBy) }
                return ReportOutcome(document: document, run: stored)
            case .kept:
                let fileName = "\(found.manifest.id)-\(resolved.asOf.iso).\(chosen.extension)"
                run.outputPath = "kept in the record as \(fileName)"
                run.runBy = person.name
                let (kept, issuedBy) = (run, issued ? person.name : nil)
                let stored = try await record.write { store throws(StoreError) in
                    try await store.record(kept, document: KeptDocument(fileName: fileName, mediaType: chosen.mediaType, bytes: document), issuedBy: issuedBy)
                }
                return ReportOutcome(document: document, run: stored)
            }
        } catch let error as PluginError {
            throw pluginFailure(error)
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError("\(error)")
        }
    }

    /// The plugin, or why there is none by that id.
    private func findPlugin() throws(AppError) -> any LoadedPlugin {
        if let found = plugins.plugin(plugin) { return found }
        if let failure = plugins.failures.first(where: { $0.plugin == plugin }) { throw pluginFailure(failure) }
        guard case .kept = destination else {
            throw AppError("no report plugin '\(plugin)' found (searched: \(plugins.searchPath.directories.joined(separator: ", "))); "
                           + "'reform plugins' lists those found", field: .plugin)
        }
        let known = plugins.plugins.map(\.plugin.manifest.id)
        let hint = Suggestion.closest(to: plugin, among: known).map { " (did you mean '\($0)'?)" } ?? ""
        throw AppError.invalid("there is no report '\(plugin)'\(hint); the reports are \(known.joined(separator: ", "))", .plugin)
    }

    /// A plugin's failure in words: with the plugin's file for the command line, where the person
    /// running it owns the machine; without it for a server's users, the file kept for its log.
    private func pluginFailure(_ error: PluginError) -> AppError {
        guard case .kept = destination else { return AppError("\(error)") }
        var failure = AppError.invalid("the report '\(error.plugin)' \(error.reason)", nil)
        failure.detail = "\(error)"
        return failure
    }
}

/// What a report run made: the document, and the record kept of it.
public struct ReportOutcome: Sendable {
    /// The document's bytes.
    public let document: [UInt8]
    /// The run as recorded.
    public let run: ReportRun
}
