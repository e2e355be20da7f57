import ArgumentParser
import ReformApp

/// `reform backup`: a consistent copy of the history database, safe while others write.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Copy the history database with SQLite's online backup.")

    @Argument(help: ArgumentHelp("Where to write the copy (must not exist).", valueName: "file"))
    var destination: String

    @Option(help: ArgumentHelp("The programme file (to find the database beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var record: RecordOptions

    func run() async throws {
        let source = try await BackUpRecord(to: destination).run(record.workspace(for: file))
        Terminal.write("backed up \(source) to \(destination)")
    }
}
