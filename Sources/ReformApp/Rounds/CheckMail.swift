import ReformMail
import ReformSystem

/// Connecting and logging in to the SMTP server without sending anything: what `reform serve`
/// does at start, so that an unreachable server or a wrong password is one line then.
public struct CheckMail: Sendable {
    public var mailing: Mailing

    public init(mailing: Mailing) {
        self.mailing = mailing
    }

    /// The client to send with, checked; `nil` when no SMTP server is set.
    public func run() async throws(AppError) -> SMTPClient? {
        guard let settings = mailing.smtp else { return nil }
        let client = SMTPClient(settings)
        let result: Result<Void, MailError> = await BlockingWork.run { Result { () throws(MailError) in try client.check() } }
        if case .failure(let error) = result { throw AppError.invalid(error.message, .smtp) }
        return client
    }
}
