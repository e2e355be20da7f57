import ReformMail

/// How a server or `reform remind` sends reminders: the SMTP server (none: nothing is sent, and
/// the rounds page says so), the address put in links, when reminders fall, and how failures are retried.
public struct Mailing: Sendable {
    public var smtp: SMTPSettings?
    /// The server's address as people reach it (`https://reform.council.gov.uk`), for links in emails.
    public var publicURL: String?
    public var schedule: ReminderSchedule
    public var retry: RetryPolicy

    public init(smtp: SMTPSettings? = nil, publicURL: String? = nil, schedule: ReminderSchedule = ReminderSchedule(), retry: RetryPolicy = RetryPolicy()) {
        self.smtp = smtp
        self.publicURL = publicURL
        self.schedule = schedule
        self.retry = retry
    }

    /// The settings as a front end's options give them: the SMTP URL, the public URL, the days before the due date.
    ///
    /// - Throws: `AppError` naming the argument at fault.
    public static func from(smtp url: String?, publicURL: String?, remindBefore: Int) throws(AppError) -> Mailing {
        var smtp: SMTPSettings?
        if let url, !url.isEmpty {
            do { smtp = try SMTPSettings.parse(url) } catch { throw AppError.invalid(error.message, .smtp, status: .usage) }
        }
        if let publicURL, !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) || (publicURL.contains { $0 == " " || $0 == "\"" || $0 == "<" }) {
            throw AppError.invalid("'\(publicURL)' is not the address people reach the server at; give it as https://reform.council.gov.uk", .publicURL, status: .usage)
        }
        guard (0...60).contains(remindBefore) else {
            throw AppError.invalid("the days before the due date must be 0 to 60 (0 for no reminder before it)", .remindBefore, status: .usage)
        }
        return Mailing(smtp: smtp, publicURL: publicURL, schedule: ReminderSchedule(daysBefore: remindBefore))
    }

    /// The SMTP server as a page may name it (no password), or `nil` when mail is not sent.
    public var serverName: String? { smtp?.description }
}

/// How a message that could not be sent is tried again: after `firstWait` seconds, doubling up to
/// `longestWait`; a message not sent within `giveUpAfter` seconds of being queued is marked failed.
public struct RetryPolicy: Sendable, Equatable {
    public var firstWait: Int64 = 60
    public var longestWait: Int64 = 3_600
    public var giveUpAfter: Int64 = 86_400
    /// How long a server holds a message it is sending before another may take it.
    public var hold: Int64 = 300

    public init(firstWait: Int64 = 60, longestWait: Int64 = 3_600, giveUpAfter: Int64 = 86_400, hold: Int64 = 300) {
        self.firstWait = firstWait
        self.longestWait = longestWait
        self.giveUpAfter = giveUpAfter
        self.hold = hold
    }

    /// Seconds to wait after the `attempts`th failed try.
    public func wait(afterAttempts attempts: Int) -> Int64 {
        min(longestWait, firstWait << Int64(min(max(attempts - 1, 0), 20)))
    }
}
