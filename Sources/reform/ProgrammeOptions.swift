import ArgumentParser
import Foundation
import ReformApp

/// The programme file argument and the record's location, which every command that reads a plan shares.
struct ProgrammeOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The programme file (default: programme.yaml).", valueName: "file"))
    var positionalFile: String?

    @Option(name: .customLong("file"), help: ArgumentHelp("Read this programme file, even when the record holds the plan (to try a draft).", valueName: "file"))
    var namedFile: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var record: RecordOptions

    /// The programme file: `--file`, else the one given in place, else `programme.yaml`.
    var file: String {
        namedFile ?? positionalFile ?? "programme.yaml"
    }

    func validate() throws {
        if let namedFile, let positionalFile, namedFile != positionalFile {
            throw ValidationError("two programme files given, '\(positionalFile)' and --file '\(namedFile)'; give one")
        }
    }

    /// The plan as use cases read it: the record's latest revision once one is published (a
    /// working copy that differs is said on stderr), else the file; the file itself when `--file` names it.
    var source: any ProgrammeSource {
        if namedFile != nil { return fileSource }
        return KeptUntilExit.shared.keep(record.plan(file: file, strict: strict))
    }

    /// The file itself, whatever the record holds: what `reform validate` checks.
    var fileSource: FileProgramme {
        KeptUntilExit.shared.keep(FileProgramme(path: file, strict: strict))
    }

    /// The file's record, opened when a use case first needs it.
    var recordOfFile: Record {
        record.record(for: file)
    }
}

/// Where the record of progress is: `--db`, else `REFORM_DB`, else `.reform/history.sqlite` beside the programme file.
struct RecordOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The record: a SQLite file (a path or sqlite:PATH) or postgres://user:password@host:port/database "
                               + "(default: $REFORM_DB, else .reform/history.sqlite beside the programme).", valueName: "store"))
    var db: String?

    /// The programme file and its record.
    func workspace(for file: String) -> Workspace {
        Workspace(programmeFile: file, recordOption: db, environment: ProcessInfo.processInfo.environment)
    }

    /// The record beside `file` (or where `--db` says), opened when a use case first needs it: one
    /// per command, which the plan's source and the use case share (one connection, not two).
    func record(for file: String) -> Record {
        let workspace = workspace(for: file)
        return OpenedRecords.shared.record(for: workspace)
    }

    /// The plan of the record beside `file`, else the file, saying on stderr when the file differs from the record's.
    func plan(file: String, strict: Bool = false) -> RecordedPlan {
        RecordedPlan(file: file, record: record(for: file), strict: strict, notice: { Terminal.writeError($0) })
    }
}

/// The records a command has named, by location: a command runs once per process, so one table serves.
final class OpenedRecords: @unchecked Sendable {
    static let shared = OpenedRecords()
    private let lock = NSLock()
    private var records: [String: Record] = [:]

    func record(for workspace: Workspace) -> Record {
        lock.withLock {
            if let record = records[workspace.recordName] { return record }
            let record = Record(workspace)
            records[workspace.recordName] = record
            return record
        }
    }

    /// Closes every record the command opened, as it ends: a SQLite record left open keeps its
    /// write-ahead log, which the next command must read back whole before it can start.
    func closeAll() async {
        let opened = lock.withLock { Array(records.values) }
        for record in opened { await record.close() }
    }
}

/// The plans a command has opened, held until the process ends: a command runs once per
/// process, and a plan of 100,000 actions freed value by value when the command returns costs
/// tens of milliseconds that ending the process does not.
private final class KeptUntilExit: @unchecked Sendable {
    static let shared = KeptUntilExit()
    private let lock = NSLock()
    private var sources: [any ProgrammeSource] = []

    func keep<Source: ProgrammeSource>(_ source: Source) -> Source {
        lock.withLock { sources.append(source) }
        return source
    }
}
