import ArgumentParser
import Foundation
import ReformApp
import ReformModel

/// `reform import-updates`: records many updates from CSV in one transaction: all or nothing.
struct ImportUpdatesCommand: AsyncParsableCommand {
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

    @OptionGroup var record: RecordOptions

    func run() async throws {
        let importing = ImportUpdates(file: csv, reopen: reopen)
        let showProgress = isatty(STDERR_FILENO) == 1 && ImportUpdates.isLarge(csv)
        // The progress line is cleared however the import ends, before its outcome is printed.
        defer { if showProgress { Terminal.writeErrorText("\r\u{1B}[K") } }
        let progress: @Sendable (Int) -> Void = { done in
            Terminal.writeErrorText("\rchecked and written \(done) updates (recorded when all are done)…")
        }
        let recorded = try await importing.run(programme: record.plan(file: file), record: record.record(for: file), moment: .current,
                                               person: .commandLine(name: by ?? LoginName.current), progress: showProgress ? progress : nil)
        Terminal.write("recorded \(Plural.count(recorded, "update")) from \(csv)")
    }
}
