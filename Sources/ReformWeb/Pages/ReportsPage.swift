import ReformApp
import ReformPluginKit
import ReformRecord

extension ReportsPage {
    /// A run's state as the page says it.
    static func words(_ state: ReportRun.State) -> String {
        switch state {
        case .draft: return "Draft"
        case .issued: return "Issued to the committee"
        case .discarded: return "Discarded"
        }
    }
}

/// `GET /reports`: every report run recorded, newest first, with the documents kept for
/// downloading; those who may run reports do it here.
struct ReportsPage: Sendable {
    struct Plugin: Sendable {
        let id, name: String
        let selected: Bool
    }

    struct Format: Sendable {
        let id, label: String
        let selected: Bool
    }

    struct Form: Sendable {
        let csrf: String
        let plugins: [Plugin]
        let formats: [Format]
        let errors: FormErrors?
    }

    struct Run: Sendable {
        let id, plugin, version, format, asOf, since, generatedAt, by, path, sha, state: String
        let download: Bool
        /// The buttons to issue or discard it, for those who may run reports.
        let decide: Decide?
    }

    struct Decide: Sendable {
        let csrf: String
        let issue: Bool
        /// A run already issued needs a reason to be discarded.
        let reasonNeeded: Bool
    }

    let form: Form?
    let runs: [Run]
    let errors: FormErrors?

    /// The page of `runs`, with the form for `person` if they may run reports; `typed` and `errors` when a run comes back refused.
    init(_ runs: [ReportRun], person: Person, csrf: String, plugins: [PluginManifest], typed: (plugin: String, format: String)? = nil,
         errors: FormErrors? = nil) {
        if person.may(.runReports) {
            var formats: [Format] = []
            var seen = Set<String>()
            for plugin in plugins {
                for format in plugin.formats where seen.insert(format.id).inserted {
                    formats.append(Format(id: format.id, label: format.id, selected: format.id == typed?.format))
                }
            }
            form = Form(csrf: csrf, plugins: plugins.map {
                Plugin(id: $0.id, name: "\($0.name) (\($0.formats.map(\.id).joined(separator: ", ")))", selected: $0.id == typed?.plugin)
            }, formats: formats, errors: errors)
        } else {
            form = nil
        }
        self.errors = errors
        let mayDecide = person.may(.runReports)
        self.runs = runs.map { run in
            Run(id: run.id.map(String.init) ?? "", plugin: run.plugin, version: run.pluginVersion, format: run.format, asOf: run.asOf, since: run.since ?? "",
                generatedAt: run.generatedAt, by: run.runBy ?? "command line", path: run.outputPath ?? "shown only",
                sha: String(run.outputSHA256.prefix(16)) + "…", state: Self.words(run.state), download: run.runBy != nil,
                decide: mayDecide && run.state != .discarded ? Decide(csrf: csrf, issue: run.state == .draft, reasonNeeded: run.state == .issued) : nil)
        }
    }
}
