import ArgumentParser
import Foundation
import ReformApp
import ReformSystem

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
        subcommands: [ValidateCommand.self, StatusCommand.self, DeadlinesCommand.self, FundingCommand.self, ExplainCommand.self, ReportCommand.self, RunsCommand.self, PlanCommand.self, PluginsCommand.self, UpdateCommand.self, VoidCommand.self, CorrectCommand.self, HistoryCommand.self, LogCommand.self, ImportUpdatesCommand.self, ExportUpdatesCommand.self, BackupCommand.self, StoreCommand.self, ExportCommand.self, SchemaCommand.self, ServeCommand.self, UsersCommand.self, RoundCommand.self, SignOffCommand.self, RemindCommand.self, OutboxCommand.self, DoctorCommand.self]
    )

    /// Runs the command. This is the one place errors are printed: a use case's `AppError` as its
    /// message with its exit status, and argument errors with exit status 2 (the usual Unix
    /// convention) instead of 64.
    ///
    /// The main thread waits for the command rather than handing itself to Dispatch as an
    /// `async` main does: valgrind, which the benchmarks count instructions with, cannot run a
    /// process whose main thread is parked in `dispatch_main`.
    static func main() {
        MemoryArenas.onePerCore()
        do {
            var command = try parseAsRoot()
            if let asynchronous = command as? any AsyncParsableCommand {
                try WaitForCommand.run(asynchronous)
            } else {
                try command.run()
            }
        } catch let error as AppError {
            let text = ErrorWording.text(of: error)
            Terminal.writeError(error.status == .usage ? fullMessage(for: ValidationError(text)) : text)
            Foundation.exit(error.status.rawValue)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.writeError(message) }
            Foundation.exit(AppError.Status.usage.rawValue)
        }
    }
}
