import ArgumentParser
import Foundation
import ReformApp

/// How reminders are sent, which `serve`, `remind`, `round open` and `signoff return` share.
struct MailOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SMTP server: smtp://user:password@host:587?starttls=required&from=reform@council.gov.uk "
                               + "(smtps:// for TLS from the start; default: $REFORM_SMTP). Without it no email is sent.", valueName: "url"))
    var smtp: String?

    @Option(name: .customLong("public-url"), help: ArgumentHelp("The address people reach the server at, for links in emails (default: $REFORM_PUBLIC_URL).",
                                                                valueName: "url"))
    var publicURL: String?

    @Option(name: .customLong("remind-before"), help: ArgumentHelp("Days before a round's due date to remind those who have not updated (0: none).",
                                                                   valueName: "days"))
    var remindBefore = 3

    /// The settings, from the options and else the environment.
    func mailing() throws(AppError) -> Mailing {
        let environment = ProcessInfo.processInfo.environment
        return try Mailing.from(smtp: smtp ?? environment["REFORM_SMTP"], publicURL: publicURL ?? environment["REFORM_PUBLIC_URL"],
                                remindBefore: remindBefore)
    }
}
