import ArgumentParser
import Foundation
import ReformCore
import ReformModel

/// `reform history`: the recorded updates, for one action or all, including those for actions the plan no longer has.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the recorded updates of one action or of all, oldest first.",
        discussion: "Updates for actions no longer in the programme are kept and shown as orphaned."
    )

    @Argument(help: ArgumentHelp("Only this action.", valueName: "action"))
    var action: String?

    @Option(help: ArgumentHelp("Only updates on or after this day.", valueName: "date"))
    var since: String?

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @Flag(help: "Show only the latest recorded status, progress and due date of each action.")
    var latest = false

    @Option(help: ArgumentHelp("The programme file.", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var history: HistoryOptions

    func run() throws {
        if latest { return try printLatest() }
        let loaded = try ProgrammeOptions.loadQuietly(file)
        let known = Set(loaded.programme.actions.map(\.id))
        let sinceDay = try DayOption.parse(since, name: "--since")
        let events = try history.read(forProgramme: file, ifNone: []) { try $0.events(action: action, since: sinceDay) }
        if json {
            try JSONOutput.print(events.map { EventJSON($0, orphaned: !known.contains($0.action)) })
            return
        }
        if events.isEmpty {
            Terminal.write("No updates recorded\(action.map { " for \($0)" } ?? "").")
            return
        }
        for event in events {
            let orphan = known.contains(event.action) ? "" : " [orphaned: not in the programme]"
            Terminal.write("\(event.day)  \(event.action)\(orphan)  \(event.changeSummary)  (by \(event.recordedBy), recorded \(event.recordedAt))")
        }
    }
}

extension HistoryCommand {
    /// The latest recorded values per action, straight from the database (the programme is not read).
    private func printLatest() throws {
        let states = try history.read(forProgramme: file, ifNone: []) { try $0.latestStates() }
        let shown = states.filter { state in action.map { state.action == $0 } ?? true }
        if json {
            try JSONOutput.print(shown)
            return
        }
        var out = "ACTION\tSTATUS\tPROGRESS\tDUE\tLAST UPDATE\n"
        for state in shown {
            out += "\(state.action)\t\(state.status ?? "-")\t\(state.progress.map { "\($0)%" } ?? "-")\t\(state.due ?? "-")\t\(state.lastDay)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// `reform log`: the audit trail of who recorded what, and when.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Show the audit trail: every update, who recorded it and when.")

    @Option(help: ArgumentHelp("Only updates recorded by this person.", valueName: "name"))
    var by: String?

    @Option(help: ArgumentHelp("Only updates on or after this day.", valueName: "date"))
    var since: String?

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @Option(help: ArgumentHelp("The programme file (to find the database beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let sinceDay = try DayOption.parse(since, name: "--since")
        let events = try history.read(forProgramme: file, ifNone: []) { try $0.events(since: sinceDay, by: by) }
        if json {
            try JSONOutput.print(events.map { EventJSON($0, orphaned: nil) })
            return
        }
        var table = TextTable(["#", "RECORDED", "BY", "ACTION", "DAY", "CHANGE"])
        for event in events {
            table.add([String(event.id ?? 0), event.recordedAt, event.recordedBy, event.action, event.day, event.changeSummary])
        }
        Terminal.write(events.isEmpty ? "No updates recorded." : table.render())
    }
}

/// One event in `history --json` and `log --json`.
struct EventJSON: Encodable {
    let id: Int64?
    let action: String
    let day: String
    let occurredAt: String
    let recordedAt: String
    let recordedBy: String
    let note: String?
    let status: Change<String>?
    let progress: Change<Int>?
    let due: Change<String>?
    let origin: String
    let orphaned: Bool?

    struct Change<Value: Encodable>: Encodable {
        let old: Value?
        let new: Value
    }

    init(_ event: RecordedEvent, orphaned: Bool?) {
        id = event.id
        action = event.action
        day = event.day
        occurredAt = event.occurredAt
        recordedAt = event.recordedAt
        recordedBy = event.recordedBy
        note = event.note
        status = event.statusNew.map { Change(old: event.statusOld, new: $0) }
        progress = event.progressNew.map { Change(old: event.progressOld, new: $0) }
        due = event.dueNew.map { Change(old: event.dueOld, new: $0) }
        origin = event.origin
        self.orphaned = orphaned
    }

    private enum CodingKeys: String, CodingKey {
        case id, action, day, occurredAt = "occurred_at", recordedAt = "recorded_at", recordedBy = "recorded_by", note
        case status, progress, due, origin, orphaned
    }
}
