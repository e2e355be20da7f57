import ArgumentParser
import Foundation

/// The `reform` command: tracks a council's implementation of the children's social care reform.
@main
struct Reform: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reform",
        abstract: "Track a council's implementation of Stable Homes, Built on Love.",
        discussion: """
        Every command reads the programme file (default ./programme.yaml). \
        Exit status: 0 success, 1 invalid programme or failed command, 2 wrong usage.
        """,
        version: "0.1.0",
        subcommands: [ValidateCommand.self, StatusCommand.self, DeadlinesCommand.self, FundingCommand.self, ExplainCommand.self, ReportCommand.self, PluginsCommand.self, UpdateCommand.self, HistoryCommand.self, LogCommand.self, ImportUpdatesCommand.self, ExportUpdatesCommand.self, BackupCommand.self, ExportCommand.self, SchemaCommand.self]
    )

    /// Runs the command, mapping argument errors to exit status 2 (the usual Unix convention) instead of 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { Terminal.writeError(message) }
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The tool's exit statuses.
enum ExitStatus {
    /// The programme is invalid or the command failed.
    static let failure: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
}
