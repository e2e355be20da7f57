import ArgumentParser
import ReformApp

/// `reform void`: cancels a recorded update by appending a void; nothing is deleted.
struct VoidCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void",
        abstract: "Cancel a recorded update (by its number, as 'reform log' shows it) without deleting it.",
        discussion: "A void is itself an event, kept with who, when and why; every state and report then skips the voided update."
    )

    @Argument(help: ArgumentHelp("The number of the event to void, such as 12 (or #12).", valueName: "event"))
    var event: EventNumber

    @Option(help: ArgumentHelp("Why it is voided.", valueName: "text"))
    var reason: String

    @Option(help: ArgumentHelp("Who voids it (default: your login name).", valueName: "name"))
    var by: String?

    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        let outcome = try await VoidUpdate(event: event.value, reason: reason).run(programme: programme.source, record: programme.recordOfFile,
                                                                                   moment: .current, person: .commandLine(name: by ?? LoginName.current))
        Terminal.write("recorded #\(outcome.void.id.map(String.init) ?? "?") voiding #\(event.value) (\(outcome.voided.action): \(outcome.voided.changeSummary))")
    }
}

/// An event's number as typed: `12` or `#12`.
struct EventNumber: ExpressibleByArgument {
    let value: Int64

    init?(argument: String) {
        let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
        guard let value = Int64(digits), value > 0 else { return nil }
        self.value = value
    }
}
