import Foundation
import ReformRecord

/// `reform outbox --json` and `GET /admin/outbox` asked for JSON: each email, newest first.
public struct OutboxJSON: Codable, Sendable {
    public var id: Int64
    public var recipient: String
    public var address: String
    public var kind: ReminderKind
    public var day: String
    public var subject: String
    public var state: OutboxMessage.State
    public var attempts: Int
    public var queuedAt: String
    public var sentAt: String?
    public var failedAt: String?
    public var lastError: String?

    enum CodingKeys: String, CodingKey {
        case id, recipient, address, kind, day, subject, state, attempts, queuedAt = "queued_at", sentAt = "sent_at", failedAt = "failed_at",
             lastError = "last_error"
    }

    public init(_ message: OutboxMessage) {
        id = message.id ?? 0
        recipient = message.recipient
        address = message.address
        kind = message.kind
        day = message.day
        subject = message.subject
        state = message.state
        attempts = message.attempts
        queuedAt = OutboxJSON.time(message.queuedAt)
        sentAt = message.sentAt.map(OutboxJSON.time)
        failedAt = message.failedAt.map(OutboxJSON.time)
        lastError = message.lastError
    }

    /// Seconds since 1970 as the record's other times are written (UTC, ISO 8601).
    public static func time(_ seconds: Int64) -> String {
        Timestamp.utc(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
