import ArgumentParser
import Foundation
import ReformCore

/// `reform export --json`: the validated programme as JSON, for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the validated programme as JSON.",
        discussion: """
        Dates carry both their resolved day and their original wording; amounts are exact decimal strings \
        (null where unknown). Keys follow the programme file's names.
        """
    )

    @Flag(help: "Write JSON (the only export format).")
    var json = false

    @OptionGroup var programme: ProgrammeOptions

    func validate() throws {
        guard json else { throw ValidationError("choose an export format: --json") }
    }

    func run() throws {
        let loaded = try programme.load()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(loaded.programme)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
