import ArgumentParser
import Foundation
import ReformCore
import ReformModel

/// Where the history database is: `--db`, else `REFORM_DB`, else `.reform/history.sqlite` beside the programme file.
struct HistoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The history database (default: $REFORM_DB, else .reform/history.sqlite beside the programme).", valueName: "path"))
    var db: String?

    /// The database's path for a programme file.
    func path(forProgramme file: String) -> String {
        db ?? ProcessInfo.processInfo.environment["REFORM_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? HistoryStore.defaultPath(forProgramme: file)
    }

    /// Opens the database, creating it when `create`; `nil` when it does not exist and need not.
    func open(forProgramme file: String, create: Bool) throws -> HistoryStore? {
        do {
            return try HistoryStore.open(path: path(forProgramme: file), create: create)
        } catch {
            Terminal.writeError(error.description)
            throw ExitCode(ExitStatus.failure)
        }
    }

    /// The recorded updates, or none when there is no database yet.
    func updates(forProgramme file: String) throws -> [ProgressUpdate] {
        try read(forProgramme: file, ifNone: []) { try $0.updates() }
    }

    /// Reads from the database with `query`, or gives `none` when there is no database yet: a
    /// command that only reads never creates one.
    func read<T>(forProgramme file: String, ifNone none: T, _ query: (HistoryStore) throws -> T) throws -> T {
        guard let store = try open(forProgramme: file, create: false) else { return none }
        return try run { try query(store) }
    }

    /// Runs a store operation, turning its error into a message and exit status 1.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as HistoryError {
            Terminal.writeError(error.description)
            throw ExitCode(ExitStatus.failure)
        }
    }
}

/// The login name, for `--by`'s default.
enum LoginName {
    static var current: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["LOGNAME"] ?? environment["USER"] ?? NSUserName()
    }
}
