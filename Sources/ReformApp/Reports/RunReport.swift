import ReformSystem
import ReformCore
import ReformModel
import ReformPluginHost
import ReformPluginKit
import ReformRecord
import ReformStore

/// Writing a report with a plugin, as `reform report` and the reports page do: the programme and
/// its record at a day, a plugin and a format in, the document and its run record out.
public struct RunReport: Sendable {
    /// The plugin's id.
    public var plugin: String
    /// The format asked for; the plugin's first when `nil`.
    public var format: String?
    /// The report's days: as at, and what its changes are counted from.
    public var days: ReportPeriod
    /// The plugin's options, name to value.
    public var options: [String: String]
    /// Where to look for plugins.
    public var searchPath: PluginSearchPath
    /// Seconds an executable plugin may take.
    public var timeout: Double
    /// Where to write the document atomically, if to a file.
    public var out: String?
    /// Who ran it from the web front end: the document is then kept in the record with the run,
    /// for anyone signed in to download, and counts as a report for "since the last report".
    public var keptBy: String?
    /// The plugins a server found once at start, run out of process (`PluginIsolation`); when
    /// `nil`, the plugin is looked for on `searchPath` and a shared library is loaded in process.
    public var catalog: PluginCatalog?

    /// A report run; see each property.
    public init(plugin: String, format: String?, days: ReportPeriod, options: [String: String], searchPath: PluginSearchPath,
                timeout: Double = ReportRenderer.defaultTimeout, out: String?) {
        self.plugin = plugin
        self.format = format
        self.days = days
        self.options = options
        self.searchPath = searchPath
        self.timeout = timeout
        self.out = out
    }

    /// Renders the report; with `out`, writes the document there and records the run.
    ///
    /// - Parameter notice: hears what is worth saying on the way (no earlier run for `--since last`).
    /// - Throws: `AppError` for an invalid programme, a missing or failing plugin, or a file that
    ///   cannot be written (nothing is left behind).
    public func run(_ open: OpenProgramme, notice: (String) -> Void = { _ in }) async throws(AppError) -> ReportOutcome {
        let loaded = try await open.load()
        let found = try findPlugin()
        do {
            let chosen = try ReportRenderer.format(format, of: found)
            let checkedOptions = try ReportRenderer.options(options, for: found)
            let files = try ReportRenderer.files(checkedOptions, for: found)
            let store = try await open.workspace.openRecord(.read)
            let resolved = try await days.resolve(plugin: found.manifest.id, store: store, notice: notice)
            let updates: [ProgressUpdate]
            do { updates = try await store?.updates() ?? [] } catch { throw AppError(error) }
            let programme = loaded.programme
            let (titles, rendered) = try await BlockingWork.run { () throws(PluginError) in
                let request = try ReportRequestAssembly(programme: programme, updates: updates, days: resolved)
                    .encode(plugin: found, format: chosen, options: checkedOptions, files: files)
                // The run's record lists every action's title, which takes a moment on a large programme: done on the other core meanwhile.
                let (titles, rendered) = Parallel.both({ [actions = programme.actions] in ReportRun.actionTitles(of: actions) }, {
                    Result { () throws(PluginError) in
                        try ReportRenderer.render(encoded: request.bytes, with: found, format: chosen, timeout: timeout)
                    }
                })
                return (titles, rendered.map { (document: $0, generatedAt: request.generatedAt) })
            }
            let (document, generatedAt) = try rendered.get()
            let run = ReportRun(plugin: found.manifest.id, pluginVersion: found.manifest.version, format: chosen.id,
                                asOf: resolved.asOf.iso, since: resolved.since?.iso, generatedAt: generatedAt,
                                outputSHA256: SHA256.hex(document), outputBytes: document.count, outputPath: out, actions: titles)
            if let keptBy {
                let fileName = "\(found.manifest.id)-\(resolved.asOf.iso).\(chosen.extension)"
                var kept = run
                kept.outputPath = "kept in the record as \(fileName)"
                kept.runBy = keptBy
                let stored = try await keep(kept, KeptDocument(fileName: fileName, mediaType: chosen.mediaType, bytes: document), in: open.workspace)
                return ReportOutcome(document: document, run: stored)
            }
            // Only a report written to a file is a report: one shown on the screen records nothing.
            if let out {
                do { try AtomicFile.write(document, to: out) } catch { throw AppError("error: \(error.message)") }
                try await record(run, in: open.workspace)
            }
            return ReportOutcome(document: document, run: run)
        } catch let error as PluginError {
            throw pluginFailure(error)
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError("error: \(error)")
        }
    }

    /// The plugin, or why there is none by that id.
    private func findPlugin() throws(AppError) -> any LoadedPlugin {
        let catalog = self.catalog ?? PluginCatalog(searchPath: searchPath, only: plugin)
        if let found = catalog.plugin(plugin) { return found }
        if let failure = catalog.failures.first(where: { $0.plugin == plugin }) { throw pluginFailure(failure) }
        if self.catalog != nil {
            let known = catalog.plugins.map(\.plugin.manifest.id)
            let hint = Suggestion.closest(to: plugin, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            throw AppError("error: there is no report '\(plugin)'\(hint); the reports are \(known.joined(separator: ", "))", kind: .invalidInput)
        }
        throw AppError("error: no report plugin '\(plugin)' found (searched: \(catalog.searchPath.directories.joined(separator: ", "))); 'reform plugins' lists those found")
    }

    /// A plugin's failure in words: with the plugin's file for the command line, where the person
    /// running it owns the machine; without it for a server's users, the file kept for its log.
    private func pluginFailure(_ error: PluginError) -> AppError {
        guard keptBy != nil else { return AppError("error: \(error)") }
        var failure = AppError("error: the report '\(error.plugin)' \(error.reason)", kind: .invalidInput)
        failure.detail = "\(error)"
        return failure
    }

    /// Records the run with its document.
    private func keep(_ run: ReportRun, _ document: KeptDocument, in workspace: Workspace) async throws(AppError) -> ReportRun {
        guard let store = try await workspace.openRecord(.write(create: true)) else { throw AppError("error: the record could not be opened") }
        do { return try await store.record(run, document: document) } catch { throw AppError(error) }
    }

    /// Records the run, so that the next `--since last` knows what this report showed.
    private func record(_ run: ReportRun, in workspace: Workspace) async throws(AppError) {
        guard let store = try await workspace.openRecord(.write(create: true)) else { return }
        do { try await store.record(run) } catch { throw AppError(error) }
    }
}

/// What a report run made: the document, and the record kept of it.
public struct ReportOutcome: Sendable {
    /// The document's bytes.
    public let document: [UInt8]
    /// The run as recorded.
    public let run: ReportRun
}
