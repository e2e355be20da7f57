import ArgumentParser
import ReformApp

/// `reform store`: the record itself, as a whole.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Work with the record as a whole.",
        subcommands: [Copy.self]
    )

    /// `reform store copy`: the whole record from one store to another.
    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the whole record from one store to another, losslessly.",
            discussion: """
                Copies every update, void, report run and kept document, committee response, user, session and failed \
                sign-in, each keeping its number, in one transaction. The destination must hold no record yet: a new \
                SQLite file, or a PostgreSQL database the tool has not written to. To restore a backup, copy from the \
                backup file.

                Stores are named as --db names them: a path or sqlite:PATH for SQLite, postgres://user:password@host:port/database for PostgreSQL.
                """
        )

        @Option(help: ArgumentHelp("The record to copy.", valueName: "store")) var from: String
        @Option(help: ArgumentHelp("Where to copy it: a new SQLite file or an empty PostgreSQL database.", valueName: "store")) var to: String

        func run() async throws {
            let (source, destination) = (Record(named: from), Record(named: to))
            let copied = try await CopyRecord().run(from: source, to: destination)
            Terminal.write("copied \(copied.summary) from \(source.name) to \(destination.name)")
        }
    }
}
