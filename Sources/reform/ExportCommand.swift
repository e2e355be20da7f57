import ArgumentParser
import ReformApp

/// `reform export --json`: the validated programme as JSON, for other tools.
struct ExportCommand: AsyncParsableCommand {
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

    func run() async throws {
        let loaded = try await programme.source.plan()
        try JSONOutput.print(loaded.programme)
    }
}
