import ArgumentParser
import ReformApp

/// `reform log`: the audit trail of who recorded what, and when.
struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Show the audit trail: every update, who recorded it and when.")

    @Option(help: ArgumentHelp("Only updates recorded by this person.", valueName: "name"))
    var by: String?

    @Option(help: ArgumentHelp("Only updates on or after this day.", valueName: "date"))
    var since: String?

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @Option(help: ArgumentHelp("The programme file (to find the database beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var record: RecordOptions

    func run() async throws {
        let query = ReadHistory(since: try DayOption.parse(since, name: "--since"), by: by)
        let events = try await query.events(record.workspace(for: file))
        if json { return try JSONOutput.print(events.map { EventJSON($0, orphaned: nil) }) }
        var table = TextTable(["#", "RECORDED", "BY", "ACTION", "DAY", "CHANGE"])
        for event in events {
            table.add([String(event.id ?? 0), event.recordedAt, event.recordedBy, event.action, event.day, event.changeSummary])
        }
        Terminal.write(events.isEmpty ? "No updates recorded." : table.render())
    }
}
