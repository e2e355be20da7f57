import ArgumentParser
import ReformApp

/// `reform schema`: prints a published JSON Schema: the programme format's (for editors), the
/// report request's (for plugin authors) or the `--json` outputs' (for BI tools).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the programme file format, of the report request, or of the --json outputs.",
        discussion: """
            With no option, the programme file format (format 1): editors with the YAML language server use it through the \
            '# yaml-language-server: $schema=' comment on a programme file's first line. --request gives the report request a \
            plugin receives (docs/report-request.schema.json); --json-output the shapes that --json prints, one definition per \
            command (docs/json-output.schema.json). Both are generated from the code that writes the JSON.
            """
    )

    @Flag(help: "The JSON Schema of the report request that plugins receive.")
    var request = false

    @Flag(name: .customLong("json-output"), help: "The JSON Schema of every command's --json output, a definition per command.")
    var jsonOutput = false

    func validate() throws {
        if request && jsonOutput { throw ValidationError("give --request or --json-output, not both") }
    }

    func run() throws {
        if request {
            print(try PublishedSchemas.reportRequest(), terminator: "")
        } else if jsonOutput {
            print(try PublishedSchemas.jsonOutput(), terminator: "")
        } else {
            print(ProgrammeFormat.jsonSchema(), terminator: "")
        }
    }
}
