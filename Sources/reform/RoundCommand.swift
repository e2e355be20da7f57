import ArgumentParser
import ReformApp
import ReformModel
import ReformRecord

/// `reform round`: the cycle before each committee: ask every owner for an update by a day, see
/// who has and who has not, close it.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Open, follow and close a round of updates before a committee.",
        subcommands: [Open.self, List.self, Show.self, Close.self]
    )

    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ask the owner of every open action (of the pillars given) for an update by a day.")
        @Argument(help: "The round's name, such as \"Before the January 2027 committee\".") var name: String
        @Option(help: ArgumentHelp("The day updates are due by (YYYY-MM-DD).", valueName: "day")) var due: String
        @Option(name: .customLong("pillar"), help: ArgumentHelp("A pillar to ask about (repeatable; default: all).", valueName: "id")) var pillars: [String] = []
        @Flag(name: .customLong("sign-off"), help: "Hold contributors' updates until a lead approves them.") var signOff = false
        @Option(help: ArgumentHelp("Who opens it (default: your login name).", valueName: "name")) var by: String?
        @OptionGroup var programme: ProgrammeOptions
        @OptionGroup var mail: MailOptions

        func run() async throws {
            let round = try await OpenRound(name: name, due: due, pillars: pillars, signOff: signOff, mailing: try mail.mailing())
                .run(programme: programme.source, record: programme.recordOfFile, moment: .current, person: .commandLine(name: by ?? LoginName.current))
            Terminal.write("opened round \(round.id ?? 0), '\(round.name)': \(Plural.count(round.actions.count, "action")) to update by "
                           + "\(CalendarDay(iso: Substring(round.due))?.longForm ?? round.due)\(round.signOff ? ", with sign-off" : "")")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rounds, the newest first.")
        @Flag(help: "Write JSON instead of text.") var json = false
        @OptionGroup var programme: ProgrammeOptions

        func run() async throws {
            let rounds = try await ListRounds().run(programme: programme.source, record: programme.recordOfFile, moment: .current)
            if json { return try JSONOutput.print(rounds.map { RoundJSON($0, withActions: false) }) }
            if rounds.isEmpty { return Terminal.write("No round yet: open one with reform round open NAME --due YYYY-MM-DD") }
            var table = TextTable(["round", "name", "due", "state", "updated", "not updated", "overdue"])
            for progress in rounds {
                let total = progress.total
                table.add([String(progress.round.id ?? 0), progress.round.name, progress.round.due, progress.round.isOpen ? "open" : "closed",
                           "\(total.onTime + total.late + total.awaitingSignOff) of \(total.actions)", String(total.notUpdated + total.returned),
                           String(total.overdue)])
            }
            Terminal.write(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Who has updated, who has not, who is overdue, what awaits sign-off.")
        @Argument(help: ArgumentHelp("The round's number (default: the open one).", valueName: "round")) var round: Int64?
        @Flag(help: "Write JSON instead of text.") var json = false
        @OptionGroup var programme: ProgrammeOptions
        @OptionGroup var mail: MailOptions

        func run() async throws {
            let view = try await ShowRound(round: round, mailing: try mail.mailing())
                .run(programme: programme.source, record: programme.recordOfFile, moment: .current)
            if json { return try JSONOutput.print(RoundJSON(view.progress)) }
            let progress = view.progress, total = progress.total
            Terminal.write("Round \(progress.round.id ?? 0): \(progress.round.name), due \(CalendarDay(iso: Substring(progress.round.due))?.longForm ?? progress.round.due)"
                           + (progress.round.isOpen ? "" : " (closed)"))
            Terminal.write("\(total.onTime) on time, \(total.late) late, \(total.notUpdated) not updated, \(total.overdue) overdue"
                           + (progress.round.signOff ? ", \(total.awaitingSignOff) awaiting sign-off, \(total.returned) returned" : ""))
            var table = TextTable(["action", "owner", "state", "updated", "by", "reminders to"])
            for item in progress.items {
                let reminded = view.reminded[item.owner] ?? []
                table.add([item.action, item.owner, item.state.wording + (item.overdue ? ", overdue" : ""), item.latest?.recordedAt ?? "",
                           item.latest?.recordedBy ?? "", reminded.isEmpty ? "nobody (no account with an email address)" : reminded.joined(separator: ", ")])
            }
            Terminal.write(table.render())
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a round: no more reminders, and later updates count for no round.")
        @Argument(help: ArgumentHelp("The round's number (default: the open one).", valueName: "round")) var round: Int64?
        @Option(help: ArgumentHelp("Why it closes before its due date (required then).", valueName: "text")) var reason: String?
        @Option(help: ArgumentHelp("Who closes it (default: your login name).", valueName: "name")) var by: String?
        @OptionGroup var programme: ProgrammeOptions

        func run() async throws {
            let round = try await CloseRound(round: round, reason: reason)
                .run(record: programme.recordOfFile, moment: .current, person: .commandLine(name: by ?? LoginName.current))
            Terminal.write("closed round \(round.id ?? 0), '\(round.name)'")
        }
    }
}
