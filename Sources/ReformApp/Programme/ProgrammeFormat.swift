import ReformCore

/// The programme file format as published for editors and other tools.
public enum ProgrammeFormat {
    /// The JSON Schema of format 1, as `reform schema` prints it and `docs/programme.schema.json` holds it.
    public static func jsonSchema() -> String {
        ProgrammeJSONSchema.text()
    }
}
