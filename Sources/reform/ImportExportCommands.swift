import ArgumentParser
import Foundation
import ReformCore
import ReformModel

/// `reform import-updates`: records many updates from CSV in one transaction: all or nothing.
struct ImportUpdatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-updates",
        abstract: "Record updates from a CSV file (action,at,status,progress,due,note,by) in one transaction.",
        discussion: "Every row is checked first; the first problem is reported with its row number and nothing is recorded."
    )

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "csv"))
    var csv: String

    @Option(help: ArgumentHelp("The programme file.", valueName: "file"))
    var file: String = "programme.yaml"

    @Option(help: ArgumentHelp("Who recorded rows with no 'by' (default: your login name).", valueName: "name"))
    var by: String?

    @Flag(help: "Allow rows that move a complete action back.")
    var reopen = false

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let loaded = try ProgrammeOptions.loadQuietly(file)
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path: csv, limit: 1 << 31)
        } catch {
            Terminal.writeError("\(csv): error: \(error.message)")
            throw ExitCode(ExitStatus.failure)
        }
        guard let text = String(validatingUTF8Bytes: bytes) else {
            Terminal.writeError("\(csv): error: the file is not valid UTF-8; nothing was recorded")
            throw ExitCode(ExitStatus.failure)
        }
        let existing = try history.updates(forProgramme: file)
        let path = history.path(forProgramme: file)
        let databaseExisted = FileManager.default.fileExists(atPath: path)
        let showProgress = isatty(STDERR_FILENO) == 1 && bytes.count >= 1 << 20
        let outcome = Result { () throws -> Int in
            guard let store = try history.open(forProgramme: file, create: true) else { return 0 }
            return try UpdateImport.run(text, recorder: UpdateRecorder(programme: loaded.programme), existing: existing,
                                        defaultBy: by ?? LoginName.current, reopen: reopen, today: Today.day, into: store,
                                        progress: showProgress ? { done in
                                            FileHandle.standardError.write(Data("\rchecked and written \(done) updates (recorded when all are done)…".utf8))
                                        } : nil)
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let recorded: Int
        switch outcome {
        case .success(let count):
            recorded = count
        case .failure(let error):
            // The database was made for this import, which recorded nothing: leave no empty database behind.
            if !databaseExisted {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            switch error {
            case let error as UpdateError:
                Terminal.writeError("\(csv): error: \(error.message); nothing was recorded")
            case let error as HistoryError:
                Terminal.writeError(error.description)
            default:
                throw error
            }
            throw ExitCode(ExitStatus.failure)
        }
        Terminal.write("recorded \(recorded) update\(recorded == 1 ? "" : "s") from \(csv)")
    }
}

/// `reform export-updates`: every recorded update as CSV, in the shape `import-updates` reads.
struct ExportUpdatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export-updates", abstract: "Write every recorded update as CSV (the import-updates shape).")

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var out: String?

    @Option(help: ArgumentHelp("The programme file (to find the database beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let events = try history.read(forProgramme: file, ifNone: []) { try $0.events() }
        let text = UpdateCSV.text(of: events)
        if let out {
            do { try AtomicFile.write(Array(text.utf8), to: out) } catch {
                Terminal.writeError("error: \(error.message)")
                throw ExitCode(ExitStatus.failure)
            }
            Terminal.writeError("wrote \(events.count) updates to \(out)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// `reform backup`: a consistent copy of the history database, safe while others write.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Copy the history database with SQLite's online backup.")

    @Argument(help: ArgumentHelp("Where to write the copy (must not exist).", valueName: "file"))
    var destination: String

    @Option(help: ArgumentHelp("The programme file (to find the database beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var history: HistoryOptions

    func run() throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            Terminal.writeError("error: \(destination) already exists; choose a new file")
            throw ExitCode(ExitStatus.failure)
        }
        guard let store = try history.open(forProgramme: file, create: false) else {
            Terminal.writeError("error: there is no history database at \(history.path(forProgramme: file)) to back up")
            throw ExitCode(ExitStatus.failure)
        }
        try history.run { try store.backup(to: destination) }
        Terminal.write("backed up \(store.path) to \(destination)")
    }
}
