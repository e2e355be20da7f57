import ArgumentParser
import Foundation
import ReformApp
import ReformWeb

/// `reform serve`: the programme in a browser for the whole team (`docs/web.md`).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the programme in a browser, with sign-in and roles.",
        discussion: """
            Prints the address it listens on and serves until interrupted (Ctrl-C or SIGTERM), then finishes the requests in \
            flight. Add users first with 'reform users add'. An edit of the programme file that validates is served at once; \
            one that does not keeps the last good plan and shows its errors to leads and admins.
            """
    )

    @Option(name: .customLong("file"), help: ArgumentHelp("The programme file (default: programme.yaml).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var record: RecordOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Flag(name: .customLong("secure-cookies"), help: "Mark the session cookie Secure (the server is reached over HTTPS).")
    var secureCookies = false

    @Flag(name: .customLong("trust-proxy"), help: "Believe X-Forwarded-For and X-Forwarded-Proto from a proxy on this machine (127.0.0.0/8, ::1).")
    var trustProxy = false

    @Option(name: .customLong("trusted-proxy"), help: ArgumentHelp(
        "Believe X-Forwarded-For and X-Forwarded-Proto from the proxies at this address or CIDR range (repeatable).", valueName: "cidr"))
    var trustedProxies: [String] = []

    @Option(name: .customLong("max-connections"), help: "The most connections served at once; more wait for one to close.")
    var maximumConnections = 1_000

    @Option(name: .customLong("plugin-path"), help: ArgumentHelp("A folder to look for report plugins in first (repeatable).", valueName: "dir"))
    var pluginPaths: [String] = []

    @Option(name: .customLong("keep-documents-days"), help: ArgumentHelp(
        "Remove the documents of reports run from the browser after this many days (the runs, with each document's SHA-256, stay). Default: keep them.",
        valueName: "days"))
    var keepDocumentsDays: Int?

    @OptionGroup var mail: MailOptions

    @Option(name: .customLong("outbox-interval"), help: ArgumentHelp("Seconds between looks at the outbox: reminders come due are queued and what waits is sent.",
                                                                     valueName: "seconds"))
    var outboxInterval = 30

    func validate() throws {
        if let days = keepDocumentsDays, days < 1 { throw ValidationError("--keep-documents-days takes a number of days from 1, not \(days)") }
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a port number from 0 to 65535, not \(port)") }
        guard (1...3_600).contains(outboxInterval) else { throw ValidationError("--outbox-interval takes 1 to 3600 seconds, not \(outboxInterval)") }
        guard maximumConnections > 0 else { throw ValidationError("--max-connections takes a number above 0, not \(maximumConnections)") }
    }

    func run() async throws {
        var configuration = WebConfiguration(host: host, port: port, workspace: record.workspace(for: file), secureCookies: secureCookies,
                                             trustedProxies: trustedProxies + (trustProxy ? WebConfiguration.loopbackProxies : []),
                                             pluginPaths: pluginPaths, maximumConnections: maximumConnections)
        configuration.keepDocumentsDays = keepDocumentsDays
        configuration.mailing = try mail.mailing()
        configuration.mailInterval = .seconds(outboxInterval)
        let mailServer = configuration.mailing.serverName
        try await WebServer.run(configuration, started: { address in
            Terminal.write("serving \(file) at \(address) (Ctrl-C to stop)" + (mailServer.map { "; email through \($0)" } ?? "; no email is sent (no --smtp)"))
            fflush(nil) // a supervisor or a test reads the address from a pipe or a log file
        }, warning: { Terminal.writeError($0) })
    }
}
