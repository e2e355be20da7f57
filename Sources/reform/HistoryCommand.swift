import ArgumentParser
import Foundation
import ReformApp

/// `reform history`: the recorded updates, for one action or all, including those for actions the plan no longer has.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the recorded updates of one action or of all, oldest first.",
        discussion: "Updates for actions no longer in the programme are kept and shown as orphaned."
    )

    @Argument(help: ArgumentHelp("Only this action.", valueName: "action"))
    var action: String?

    @Flag(help: "Show only the latest recorded status, progress and due date of each action.")
    var latest = false

    @OptionGroup var query: RecordQueryOptions

    func run() async throws {
        if latest { return try await printLatest() }
        let entries = try await ReadHistory(action: action, since: try query.sinceDay()).history(programme: query.record.plan(file: query.file),
                                                                                                record: query.recordOfFile)
        if query.json { return try JSONOutput.print(entries.map(EventJSON.init)) }
        if entries.isEmpty { return Terminal.write("No updates recorded\(action.map { " for \($0)" } ?? "").") }
        for entry in entries {
            let event = entry.event
            let orphan = entry.orphaned == true ? " [orphaned: not in the programme]" : ""
            let voided = entry.voidedMark.map { " [\($0)]" } ?? ""
            Terminal.write("#\(event.id ?? 0)  \(event.day)  \(event.action)\(orphan)  \(Terminal.plain(event.changeSummary))\(voided)  (by \(event.recordedBy), recorded \(event.recordedAt))")
        }
    }

    /// The latest recorded values per action, straight from the record (the programme is not read).
    private func printLatest() async throws {
        let states = try await ReadHistory(action: action).latestStates(record: query.recordOfFile)
        if query.json { return try JSONOutput.print(states) }
        var out = "ACTION\tSTATUS\tPROGRESS\tDUE\tLAST UPDATE\n"
        for state in states {
            out += "\(state.action)\t\(state.status?.rawValue ?? "-")\t\(state.progress.map { "\($0)%" } ?? "-")\t\(state.due ?? "-")\t\(state.lastDay)\n"
        }
        Terminal.output(out)
    }
}
