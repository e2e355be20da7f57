import ArgumentParser
import ReformApp

/// `reform update`: records progress on an action, checked against the programme first.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record progress on an action: a status, a progress figure, a new due date or a note.",
        discussion: """
        The update is checked against the programme before anything is written; a problem is an error (exit 1) and nothing \
        is recorded. Each update is kept for good, with who recorded it, when, and each field's old and new value.
        """
    )

    @Argument(help: ArgumentHelp("The action's id.", valueName: "action"))
    var action: String

    @OptionGroup var programme: ProgrammeOptions

    @OptionGroup var fields: UpdateFieldOptions

    @Option(help: ArgumentHelp("Who is recording it (default: your login name).", valueName: "name"))
    var by: String?

    @Option(help: ArgumentHelp("When it happened: 2025-01-15 or 2025-01-15T10:30 (default: now).", valueName: "datetime"))
    var at: String?

    @Flag(help: "Reopen a complete action (to in-progress unless --status says otherwise).")
    var reopen = false

    func run() async throws {
        let request = UpdateRequest(action: action, status: fields.status, progress: fields.progress, note: fields.note, due: fields.due,
                                    by: by ?? LoginName.current, at: at, reopen: reopen)
        let event = try await RecordUpdate(request).run(programme: programme.source, record: programme.recordOfFile, moment: .current,
                                                        person: .commandLine(name: by ?? LoginName.current))
        Terminal.write("recorded \(event.action): \(event.changeSummary) (by \(event.recordedBy), \(event.day))")
    }
}
