import ReformApp
import ReformStore

/// `GET /reports`: every report run recorded, newest first: which plugin, format, as at when,
/// and the document's fingerprint.
enum ReportsPage {
    static let template = """
    <h1>Reports</h1>
    <p class="lead">Every report written to a file, by anyone, newest first. A committee update's “since the last report” counts from the last one here.</p>
    <table>
    <thead><tr><th scope="col">#</th><th scope="col">Report</th><th scope="col">Format</th><th scope="col">As at</th><th scope="col">Changes since</th><th scope="col">Made</th><th scope="col">Where</th><th scope="col">SHA-256</th></tr></thead>
    <tbody>
    {{#runs}}<tr><td>{{id}}</td><td>{{plugin}} {{version}}</td><td>{{format}}</td><td>{{asOf}}</td><td>{{since}}</td><td>{{generatedAt}}</td><td>{{path}}</td><td><code>{{sha}}</code></td></tr>{{/runs}}
    </tbody>
    </table>
    {{^runs}}<p>No report has been recorded yet.</p>{{/runs}}
    """

    /// The page's values.
    static func values(_ runs: [ReportRun]) -> [String: Any] {
        ["runs": runs.map { run -> [String: Any] in
            ["id": run.id.map(String.init) ?? "", "plugin": run.plugin, "version": run.pluginVersion, "format": run.format, "asOf": run.asOf,
             "since": run.since ?? "", "generatedAt": run.generatedAt, "path": run.outputPath ?? "shown only", "sha": String(run.outputSHA256.prefix(16)) + "…"]
        }]
    }
}
