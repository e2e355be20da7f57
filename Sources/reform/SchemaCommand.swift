import ArgumentParser
import ReformApp

/// `reform schema`: prints the JSON Schema of programme format 1 for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the programme file format (format 1).",
        discussion: "Editors with the YAML language server use it through the '# yaml-language-server: $schema=' comment on a programme file's first line."
    )

    func run() throws {
        print(ProgrammeFormat.jsonSchema(), terminator: "")
    }
}
