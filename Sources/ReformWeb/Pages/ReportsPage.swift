import ReformApp
import ReformPluginHost
import ReformModel
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
        let asOf: String
        let since: [Shown.Option]
        let issue: Bool
        let optionGroups: [OptionGroup]
        let errors: FormErrors?
    }

    /// A plugin's options on the form, each a field named `option[plugin][name]`.
    struct OptionGroup: Sendable {
        let legend: String
        let fields: [OptionField]
    }

    struct OptionField: Sendable {
        let id, name, label, hint, value: String
        /// A narrative gets a text area.
        let long: Bool
    }

    /// What was typed, when a run comes back refused.
    struct Typed: Sendable {
        var plugin = "", format = "", since = "last", asOf = ""
        var issue = false
        var options: [String: [String: String]] = [:]
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

    /// The report chosen when the page is first drawn: the committee's, the main job.
    static let mainReport = "committee-update"

    /// The page of `runs`, with the form for `person` if they may run reports; `typed` and `errors` when a run comes back refused.
    init(_ runs: [ReportRun], person: Person, csrf: String, plugins: [PluginManifest], today: CalendarDay, typed: Typed = Typed(),
         errors: FormErrors? = nil, pdfAvailable: Bool = PDFConversion.soffice != nil) {
        if person.may(.runReports) {
            // The report's own first format unless one is chosen, so that no report is offered a format it does not write.
            var formats: [Format] = [Format(id: "", label: "the report's usual format (its first listed)", selected: typed.format.isEmpty)]
            var seen = Set<String>()
            for plugin in plugins {
                for format in plugin.formats where seen.insert(format.id).inserted {
                    formats.append(Format(id: format.id, label: format.id, selected: format.id == typed.format))
                }
            }
            // PDF, made by LibreOffice from the Word document, where it is installed.
            if pdfAvailable, plugins.contains(where: PDFConversion.applies(to:)), seen.insert(PDFConversion.format.id).inserted {
                formats.append(Format(id: PDFConversion.format.id, label: "pdf (from the Word document)", selected: typed.format == PDFConversion.format.id))
            }
            // Changes since: the last issued run of the report chosen, none, or any issued run named.
            let issued = runs.filter { $0.state == .issued }.compactMap { run in
                run.id.map { Shown.Option(value: "run:\($0)", label: "\(run.plugin) issued as at \(run.asOf) (run \($0))", selected: typed.since == "run:\($0)") }
            }
            let since = [Shown.Option(value: "last", label: "the last report of the same kind issued to the committee", selected: typed.since == "last"),
                         Shown.Option(value: "", label: "do not show changes", selected: typed.since.isEmpty)] + issued
            // Options a server user may give: text, never a file on the server.
            let groups = plugins.compactMap { plugin -> OptionGroup? in
                let fields = plugin.options.filter { !$0.isFile }.map { option in
                    OptionField(id: "option-\(plugin.id)-\(option.name)", name: "option[\(plugin.id)][\(option.name)]", label: option.name.capitalized,
                                hint: option.description, value: typed.options[plugin.id]?[option.name] ?? "", long: option.name == "narrative")
                }
                return fields.isEmpty ? nil : OptionGroup(legend: "Options for \(plugin.name)", fields: fields)
            }
            form = Form(csrf: csrf, plugins: plugins.map {
                Plugin(id: $0.id, name: "\($0.name) (\(($0.formats.map(\.id) + (pdfAvailable && PDFConversion.applies(to: $0) ? ["pdf"] : [])).joined(separator: ", ")))",
                       selected: $0.id == (typed.plugin.isEmpty ? Self.mainReport : typed.plugin))
            }, formats: formats, asOf: typed.asOf.isEmpty ? today.iso : typed.asOf, since: since, issue: typed.issue, optionGroups: groups, errors: errors)
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
