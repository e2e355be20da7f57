import ReformModel
import ReformPluginKit
import ReformRecord
import ReformStore

/// The JSON Schema of every command's `--json` output, one definition per command, read off the
/// types that write it, as `reform schema --json-output` prints it and
/// `docs/json-output.schema.json` holds it. BI tools validate against `#/$defs/<command>`.
public enum JSONOutputSchema {
    /// Where the committed copy lives in the repository, and the schema's `$id`.
    public static let repositoryPath = "docs/json-output.schema.json"

    /// Each command whose `--json` output is published, with the type it prints.
    public static let commands: [(command: String, type: any Encodable.Type)] = [
        ("status", ProgrammeStatus.self),
        ("explain", ActionAssessment.self),
        ("deadlines", DeadlineList.self),
        ("funding", FundingAnalysis.self),
        ("history", [EventJSON].self),
        ("history-latest", [LatestState].self),
        ("log", [EventJSON].self),
        ("export", Programme.self),
        ("plugins", PluginsJSON.self),
        ("plan-log", [ListPlanRevisions.Entry].self),
        ("plan-diff", PlanComparisonJSON.self),
        ("plan-publish", PlanPublishJSON.self),
        ("plan-pull", PlanPullJSON.self),
        ("plan-baseline", PlanBaselineJSON.self),
        ("round-show", RoundJSON.self),
        ("round-list", [RoundJSON].self),
        ("outbox", [OutboxJSON].self),
    ]

    /// The schema as pretty JSON text ending in a newline.
    public static func text() throws(JSONSchemaError) -> String {
        var generator = JSONSchemaGenerator()
        var byCommand: [(String, JSONValue)] = []
        for (command, type) in commands { byCommand.append((command, try generator.schema(for: type))) }
        guard case .object(let types) = generator.definitionsObject else { return "" }
        let document: JSONValue = .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(repositoryPath)),
            ("title", .string("ReformTracker --json outputs")),
            ("description", .string("What each command prints with --json: validate against #/$defs/<command> (status, explain, deadlines, funding, history, history-latest, log, export, plugins, plan-log, plan-diff, plan-publish, plan-pull, plan-baseline, round-show, round-list, outbox). Generated from the code: do not edit by hand; run `reform schema --json-output`.")),
            ("$defs", .object(byCommand + types)),
        ])
        return document.pretty() + "\n"
    }
}
