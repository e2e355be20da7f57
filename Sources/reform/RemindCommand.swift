import ArgumentParser
import ReformApp
import ReformRecord

/// `reform remind`: the reminders due now, for a council that runs it from cron rather than
/// leaving it to `reform serve`.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind", abstract: "Queue the reminders due now and send what waits in the outbox, or say what would be sent.")
    @Flag(name: .customLong("dry-run"), help: "Say who would be sent what, and send and record nothing.") var dryRun = false
    @Flag(help: "Queue and send (needs --smtp or $REFORM_SMTP).") var send = false
    @OptionGroup var programme: ProgrammeOptions
    @OptionGroup var mail: MailOptions

    func validate() throws {
        guard dryRun != send else { throw ValidationError("give --dry-run to see what would be sent, or --send to send it") }
    }

    func run() async throws {
        let mailing = try mail.mailing()
        let (source, record) = (programme.source, programme.recordOfFile)
        if dryRun {
            let due = try await QueueReminders(mailing: mailing, dryRun: true).run(programme: source, record: record, moment: .current)
            let waiting = try await ListOutbox().run(record: record, person: .commandLine(name: LoginName.current)).filter { $0.state == .waiting }
            if due.isEmpty && waiting.isEmpty { return Terminal.write("Nothing would be sent now.") }
            for message in due { Terminal.write("would queue and send: \(message.kind.wording) to \(message.recipient) <\(message.address)>: \(message.subject)") }
            for message in waiting { Terminal.write("would send (queued): \(message.kind.wording) to \(message.recipient) <\(message.address)>: \(message.subject)") }
            return
        }
        let outcome = try await SendReminders(mailing: mailing).run(programme: source, record: record, moment: .current)
        Terminal.write("sent \(outcome.sent)" + (outcome.retried > 0 ? "; \(outcome.retried) to try again later" : "")
                       + (outcome.failed > 0 ? "; \(outcome.failed) given up on" : "") + (outcome.lastError.map { " (\($0))" } ?? ""))
    }
}
