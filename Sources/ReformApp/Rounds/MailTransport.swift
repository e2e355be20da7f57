import Foundation
import ReformMail
import ReformRecord

/// What sends an email: the SMTP client in use, something else in a test of the outbox's rules.
public protocol MailTransport: Sendable {
    /// Sends `message`; blocks until the server accepted it.
    func send(_ message: OutboxMessage) throws(MailError)
}

extension SMTPClient: MailTransport {
    public func send(_ message: OutboxMessage) throws(MailError) {
        try send(MailMessage(to: message.address, subject: message.subject, text: message.text, html: message.html),
                 id: "\(message.id ?? 0).\(message.key.hashValue.magnitude)")
    }
}
