import Foundation
import ReformMail

/// What a server does in the background while it runs with an SMTP server: every `interval`,
/// queue the reminders that have come due, then send what waits in the outbox. Several servers
/// on one record may all run it: the outbox's keys and claims see that each message goes once.
public struct OutboxWorker: Sendable {
    public var mailing: Mailing
    public var transport: any MailTransport
    public var interval: Duration

    public init(mailing: Mailing, transport: any MailTransport, interval: Duration = .seconds(30)) {
        self.mailing = mailing
        self.transport = transport
        self.interval = interval
    }

    /// One pass: queue what has come due, send what waits.
    public func pass(programme: any ProgrammeSource, record: Record, moment: Moment, now: @Sendable () -> Int64) async throws(AppError) -> SendOutbox.Outcome {
        _ = try await QueueReminders(mailing: mailing).run(programme: programme, record: record, moment: moment)
        return try await SendOutbox(transport: transport, retry: mailing.retry).run(record: record, now: now)
    }

    /// Passes until cancelled; `failed` hears each pass that could not be done, and each message given up on.
    public func run(programme: any ProgrammeSource, record: Record, moment: @Sendable () -> Moment, now: @escaping @Sendable () -> Int64,
                    failed: @Sendable (String) -> Void) async {
        while !Task.isCancelled {
            do {
                let outcome = try await pass(programme: programme, record: record, moment: moment(), now: now)
                if let error = outcome.lastError { failed("email: \(outcome.sent) sent, \(outcome.retried) to retry, \(outcome.failed) given up: \(error)") }
            } catch {
                failed("email: \(error.message)")
            }
            try? await Task.sleep(for: interval)
        }
    }
}
