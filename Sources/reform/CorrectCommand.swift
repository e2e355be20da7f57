import ArgumentParser
import ReformApp

/// `reform correct`: voids a recorded update and records the corrected values, in one transaction.
struct CorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a recorded update: void it and record the corrected values for the same day.",
        discussion: "Both events are kept. Give only the fields to record; the corrected update stands in place of the voided one."
    )

    @Argument(help: ArgumentHelp("The number of the event to correct, such as 12 (or #12).", valueName: "event"))
    var event: EventNumber

    @Option(help: ArgumentHelp("The corrected status.", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("The corrected progress, 0 to 100.", valueName: "percent"))
    var progress: String?

    @Option(help: ArgumentHelp("The corrected due date.", valueName: "date"))
    var due: String?

    @Option(help: ArgumentHelp("The corrected note.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("Why it is corrected.", valueName: "text"))
    var reason: String

    @Option(help: ArgumentHelp("Who corrects it (default: your login name).", valueName: "name"))
    var by: String?

    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        let correction = CorrectUpdate(event: event.value, status: status, progress: progress, due: due, note: note, reason: reason,
                                       by: by ?? LoginName.current, today: Today.day)
        let outcome = try await correction.run(programme.open)
        Terminal.write("recorded #\(outcome.void.id.map(String.init) ?? "?") voiding #\(event.value), and the correction of \(outcome.corrected.action): \(outcome.corrected.changeSummary)")
    }
}
