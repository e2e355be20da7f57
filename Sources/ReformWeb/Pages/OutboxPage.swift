import ReformApp
import ReformModel
import ReformRecord

/// `GET /admin/outbox`: every email queued, sent and given up on, the newest first.
struct OutboxPage: Sendable {
    struct Row: Sendable {
        let id, to, kind, day, subject, state, attempts, error: String
        let failed: Bool
    }

    let rows: [Row]
    /// "2 messages could not be sent…", when any were given up on.
    let failedWarning: String?
    let mailServer: String?

    init(_ messages: [OutboxMessage], mailServer: String?) {
        rows = messages.map { message in
            Row(id: String(message.id ?? 0), to: "\(message.recipient) <\(message.address)>", kind: message.kind.wording, day: Shown.day(message.day),
                subject: message.subject,
                state: message.state == .sent ? "Sent \(Shown.moment(OutboxJSON.time(message.sentAt ?? 0)))"
                    : message.state == .failed ? "Failed: given up on" : "Waiting",
                attempts: String(message.attempts), error: message.lastError ?? "", failed: message.state == .failed)
        }
        let failed = messages.filter { $0.state == .failed }.count
        failedWarning = failed == 0 ? nil : "\(Plural.count(failed, "message")) could not be sent within a day and \(failed == 1 ? "was" : "were") given up on: "
            + "check the SMTP settings and the address, then tell the person another way."
        self.mailServer = mailServer
    }
}
