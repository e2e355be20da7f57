import Foundation

/// `reform remind --send`: queue the reminders due now and send what waits, once, through the
/// SMTP server given; for a council that runs it from cron instead of leaving it to a server.
public struct SendReminders: Sendable {
    public var mailing: Mailing

    public init(mailing: Mailing) {
        self.mailing = mailing
    }

    /// - Throws: `AppError` about `smtp` when none is given, or it cannot be reached or refuses the login.
    public func run(programme: any ProgrammeSource, record: Record, moment: Moment) async throws(AppError) -> SendOutbox.Outcome {
        guard let client = try await CheckMail(mailing: mailing).run() else {
            throw AppError.invalid("no SMTP server is set, so nothing can be sent; give one as smtp://user:password@host:587?from=reform@council.gov.uk", .smtp,
                                   status: .usage)
        }
        return try await OutboxWorker(mailing: mailing, transport: client)
            .pass(programme: programme, record: record, moment: moment, now: { Int64(Date().timeIntervalSince1970) })
    }
}
