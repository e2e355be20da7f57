import ArgumentParser
import Foundation
import ReformCore
import ReformModel

/// `reform update`: records progress on an action, checked against the programme first.
struct UpdateCommand: ParsableCommand {
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

    @Option(help: ArgumentHelp("The new status: not-started, in-progress, complete, blocked or cancelled.", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("Percent complete, 0 to 100.", valueName: "percent"))
    var progress: String?

    @Option(help: ArgumentHelp("What happened, in words.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("A new due date, in any date form of the file format.", valueName: "date"))
    var due: String?

    @Option(help: ArgumentHelp("Who is recording it (default: your login name).", valueName: "name"))
    var by: String?

    @Option(help: ArgumentHelp("When it happened: 2025-01-15 or 2025-01-15T10:30 (default: now).", valueName: "datetime"))
    var at: String?

    @Flag(help: "Allow moving a complete action back.")
    var reopen = false

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let loaded = try programme.load()
        let request = UpdateRequest(action: action, status: status, progress: progress, note: note, due: due,
                                    by: by ?? LoginName.current, at: at, reopen: reopen)
        let recorder = UpdateRecorder(programme: loaded.programme)
        // Only this action's events decide its old values; the rest of the history is not read.
        let existingStore = try history.open(forProgramme: programme.file, create: false)
        let existing = try existingStore.map { store in try history.run { try store.updates(action: action) } } ?? []
        let event: RecordedEvent
        do {
            event = try recorder.event(for: request, updates: existing, today: Today.day)
        } catch {
            Terminal.writeError("error: \(error.message); nothing was recorded")
            throw ExitCode(ExitStatus.failure)
        }
        guard let store = try existingStore ?? history.open(forProgramme: programme.file, create: true) else { return }
        try history.run { try store.append([event]) }
        Terminal.write("recorded \(event.action): \(event.changeSummary) (by \(event.recordedBy), \(event.day))")
    }
}
