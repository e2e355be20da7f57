import ArgumentParser
import ReformApp

/// `reform correct`: voids a recorded update and records the corrected values, in one transaction.
struct CorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a recorded update: void it and record the corrected values for the same day.",
        discussion: "Both events are kept. Give the fields to put right; the others stay as the voided update had them."
    )

    @Argument(help: ArgumentHelp("The number of the event to correct, such as 12 (or #12).", valueName: "event"))
    var event: EventNumber

    @OptionGroup(title: "The corrected fields") var fields: UpdateFieldOptions

    @Option(help: ArgumentHelp("Why it is corrected.", valueName: "text"))
    var reason: String

    @Option(help: ArgumentHelp("Who corrects it (default: your login name).", valueName: "name"))
    var by: String?

    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        let correction = CorrectUpdate(event: event.value, status: fields.status, progress: fields.progress, due: fields.due, note: fields.note, reason: reason)
        let outcome = try await correction.run(programme: programme.source, record: programme.recordOfFile, moment: .current,
                                               person: .commandLine(name: by ?? LoginName.current))
        Terminal.write("recorded #\(outcome.void.id.map(String.init) ?? "?") voiding #\(event.value), and the correction of \(outcome.corrected.action): \(outcome.corrected.changeSummary)")
    }
}
