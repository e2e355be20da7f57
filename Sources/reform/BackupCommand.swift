import ArgumentParser
import ReformApp

/// `reform backup`: a consistent copy of the record, safe while others write, as a SQLite file.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Copy the record to a new SQLite file, consistently, while others write.",
        discussion: "A SQLite record is copied with SQLite's online backup; a PostgreSQL record is read in one transaction. "
            + "Either way the file opens as a record (--db FILE) and restores into any store with 'reform store copy --from FILE --to STORE'.")

    @Argument(help: ArgumentHelp("Where to write the copy, a SQLite file (must not exist).", valueName: "file"))
    var destination: String

    @Option(help: ArgumentHelp("The programme file (to find the database beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var record: RecordOptions

    func run() async throws {
        let source = try await BackUpRecord(to: destination).run(record: record.record(for: file))
        Terminal.write("backed up \(source) to \(destination)")
    }
}
