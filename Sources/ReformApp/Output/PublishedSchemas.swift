import ReformModel
import ReformPluginKit

/// The JSON Schemas generated from the code that writes the JSON: the report request and the
/// `--json` outputs. Generation fails only for a type the generator cannot describe, a
/// programming error that the schema tests catch before release.
public enum PublishedSchemas {
    /// `docs/report-request.schema.json`.
    public static func reportRequest() throws(AppError) -> String {
        do { return try ReportRequestSchema.text() } catch { throw AppError("the request schema could not be made: \(error)") }
    }

    /// `docs/json-output.schema.json`.
    public static func jsonOutput() throws(AppError) -> String {
        do { return try JSONOutputSchema.text() } catch { throw AppError("the --json output schema could not be made: \(error)") }
    }
}
