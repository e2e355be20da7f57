import ArgumentParser
import ReformApp

/// `reform log`: the audit trail of who recorded what, and when.
struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Show the audit trail: every update, who recorded it and when.")

    @Option(help: ArgumentHelp("Only updates recorded by this person (in any letter case).", valueName: "name"))
    var by: String?

    @OptionGroup var query: RecordQueryOptions

    func run() async throws {
        let entries = try await ReadHistory(since: try query.sinceDay(), by: by).log(record: query.recordOfFile)
        if query.json { return try JSONOutput.print(entries.map(EventJSON.init)) }
        var table = TextTable(["#", "RECORDED", "BY", "ACTION", "DAY", "CHANGE"])
        for entry in entries {
            let event = entry.event
            let change = Terminal.plain(event.changeSummary) + (entry.voidedMark.map { " [\($0)]" } ?? "")
            table.add([String(event.id ?? 0), event.recordedAt, event.recordedBy, event.action, event.day, change])
        }
        Terminal.write(entries.isEmpty ? "No updates recorded." : table.render())
    }
}
