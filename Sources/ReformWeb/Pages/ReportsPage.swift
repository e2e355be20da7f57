import ReformApp
import ReformPluginKit
import ReformRecord

/// `GET /reports`: every report run recorded, newest first, with the documents kept for
/// downloading; leads run a report here.
enum ReportsPage {
    static let template = """
    <h1>Reports</h1>
    <p class="lead">Every report written, by anyone, newest first. A committee update's “since the last report” counts from the last one here.</p>
    {{#lead}}
    <section aria-labelledby="run">
    <h2 id="run">Run a report</h2>
    <form method="post" action="/reports" class="run">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <p><label for="plugin">Report</label><br><select id="plugin" name="plugin">{{#plugins}}<option value="{{id}}">{{name}}</option>{{/plugins}}</select></p>
    <p><label for="format">Format</label><br><select id="format" name="format">{{#formats}}<option value="{{id}}">{{label}}</option>{{/formats}}</select></p>
    <p><label for="since">Changes since</label><br><select id="since" name="since"><option value="last">the last report of the same kind</option><option value="">do not show changes</option></select></p>
    <p><button type="submit">Run it as at today</button></p>
    </form>
    </section>
    {{/lead}}
    <h2>Runs</h2>
    <table>
    <thead><tr><th scope="col">#</th><th scope="col">Report</th><th scope="col">Format</th><th scope="col">As at</th><th scope="col">Changes since</th><th scope="col">Made</th><th scope="col">By</th><th scope="col">Document</th><th scope="col">SHA-256</th></tr></thead>
    <tbody>
    {{#runs}}<tr><td>{{id}}</td><td>{{plugin}} {{version}}</td><td>{{format}}</td><td>{{asOf}}</td><td>{{since}}</td><td>{{generatedAt}}</td><td>{{by}}</td><td>{{#download}}<a href="/reports/{{id}}" download>Download</a>{{/download}}{{^download}}{{path}}{{/download}}</td><td><code>{{sha}}</code></td></tr>{{/runs}}
    </tbody>
    </table>
    {{#empty(runs)}}<p>No report has been recorded yet.</p>{{/empty(runs)}}
    """

    /// The page's values.
    static func values(_ runs: [ReportRun], signedIn: SignedInUser, plugins: [PluginManifest]) -> [String: Any] {
        var formats: [[String: Any]] = []
        var seen = Set<String>()
        for plugin in plugins {
            for format in plugin.formats where seen.insert(format.id).inserted { formats.append(["id": format.id, "label": format.id]) }
        }
        return Views.present([
            "lead": Permissions.isLead(signedIn.user) ? true : nil, "csrf": signedIn.csrfToken,
            "plugins": plugins.map { ["id": $0.id, "name": "\($0.name) (\($0.formats.map(\.id).joined(separator: ", ")))"] },
            "formats": formats,
            "runs": runs.map { run -> [String: Any] in
                Views.present(["id": run.id.map(String.init) ?? "", "plugin": run.plugin, "version": run.pluginVersion, "format": run.format, "asOf": run.asOf,
                               "since": run.since ?? "", "generatedAt": run.generatedAt, "by": run.runBy ?? "command line",
                               "download": run.runBy != nil ? true : nil, "path": run.outputPath ?? "shown only",
                               "sha": String(run.outputSHA256.prefix(16)) + "…"])
            },
        ])
    }
}
