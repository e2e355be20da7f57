import ReformModel

/// The JSON Schema of the report request, read off the types that write it
/// (`JSONSchemaGenerator`), as `reform schema --request` prints it and
/// `docs/report-request.schema.json` holds it.
///
/// Every object is closed except the ones whose keys are data (`options`, a roll-up's `counts`):
/// a key the code writes and the schema does not name fails validation, so the two cannot drift.
public enum ReportRequestSchema {
    /// Where the committed copy lives in the repository, and the schema's `$id`.
    public static let repositoryPath = "docs/report-request.schema.json"

    /// The schema as pretty JSON text ending in a newline.
    public static func text() throws(JSONSchemaError) -> String {
        var generator = JSONSchemaGenerator()
        let root = try generator.schema(for: ReportRequest.self)
        let document: JSONValue = .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(repositoryPath)),
            ("title", .string("ReformTracker report request, contract \(ReportRequest.contractTag) (revision \(ReportRequest.contractRevision))")),
            ("description", .string("The one JSON document a report plugin receives. Generated from the types that write it: do not edit by hand; run `reform schema --request`.")),
            ("$ref", root.referencePath),
            ("$defs", generator.definitionsObject),
        ])
        return document.pretty() + "\n"
    }
}
