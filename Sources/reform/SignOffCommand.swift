import ArgumentParser
import ReformApp
import ReformRecord

/// `reform signoff`: the updates awaiting a lead's sign-off, and approving or returning them.
struct SignOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signoff",
        abstract: "Approve or return updates recorded in a round with sign-off.",
        subcommands: [List.self, Approve.self, Return.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the updates awaiting sign-off, oldest first.")
        @OptionGroup var programme: ProgrammeOptions

        func run() async throws {
            let items = try await ListAwaitingSignOff().run(programme: programme.source, record: programme.recordOfFile, moment: .current)
            if items.isEmpty { return Terminal.write("No update awaits sign-off.") }
            var table = TextTable(["event", "action", "owner", "recorded", "by", "note"])
            for item in items {
                table.add([String(item.latest?.id ?? 0), item.action, item.owner, item.latest?.recordedAt ?? "", item.latest?.recordedBy ?? "",
                           item.latest?.note ?? ""])
            }
            Terminal.write(table.render())
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Approve an update: reports show it from now on.")
        @Argument(help: ArgumentHelp("The update's event number, as `reform signoff list` shows it.", valueName: "event")) var event: Int64
        @Option(help: ArgumentHelp("Who approves it (default: your login name).", valueName: "name")) var by: String?
        @OptionGroup var programme: ProgrammeOptions

        func run() async throws {
            _ = try await DecideSignOff(event: event, verdict: .approved)
                .run(programme: programme.source, record: programme.recordOfFile, moment: .current, person: .commandLine(name: by ?? LoginName.current))
            Terminal.write("approved update \(event)")
        }
    }

    struct Return: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Return an update to its contributor with a reason; they are told by email.")
        @Argument(help: ArgumentHelp("The update's event number, as `reform signoff list` shows it.", valueName: "event")) var event: Int64
        @Option(help: ArgumentHelp("Why it is returned: the contributor reads it.", valueName: "text")) var reason: String
        @Option(help: ArgumentHelp("Who returns it (default: your login name).", valueName: "name")) var by: String?
        @OptionGroup var programme: ProgrammeOptions
        @OptionGroup var mail: MailOptions

        func run() async throws {
            _ = try await DecideSignOff(event: event, verdict: .returned, reason: reason, mailing: try mail.mailing())
                .run(programme: programme.source, record: programme.recordOfFile, moment: .current, person: .commandLine(name: by ?? LoginName.current))
            Terminal.write("returned update \(event) to its contributor")
        }
    }
}
