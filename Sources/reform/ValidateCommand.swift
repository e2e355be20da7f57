import ArgumentParser
import ReformApp

/// `reform validate`: checks a programme file and says what it holds.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a programme file and report every problem in it.",
        discussion: "Prints each problem as file:line:column: error: message. Exit status 0 valid, 1 invalid, 2 wrong usage."
    )

    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        let source = programme.fileSource
        let outcome = try await ValidateProgramme(strict: programme.strict).run(programme: source, record: programme.recordOfFile)
        if !outcome.loaded.warnings.isEmpty { Terminal.writeError(source.warningLines(of: outcome.loaded)) }
        if let orphans = outcome.orphanWarning { Terminal.writeError(orphans) }
        Terminal.write(outcome.summary)
    }
}
