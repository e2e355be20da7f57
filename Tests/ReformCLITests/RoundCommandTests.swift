import Foundation
import ReformTestSupport
import Testing

/// `reform round`, `signoff`, `remind`, `outbox` and `users --email` as a programme lead and an
/// operator use them: what they print, and that a mistake is one line saying what to fix.
@Suite("reform round and reminders at the command line")
struct RoundCommandTests {
    private struct Folder {
        let directory: URL
        var file: String { directory.appendingPathComponent("programme.yaml").path }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-round-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLITests.repository.appendingPathComponent("programme.yaml"), to: URL(fileURLWithPath: file))
        }

        func run(_ arguments: [String], input: String? = nil) async throws -> ReformRunner.Result {
            try await ReformRunner.run(arguments + ["--file", file, "--db", directory.appendingPathComponent("record.sqlite").path], in: directory,
                                       input: input.map { Data($0.utf8) })
        }
    }

    @Test("remind --dry-run lists who would be sent what and sends and records nothing; a bad address, an unreachable server and a wrong password are one line each")
    func reminders() async throws {
        let folder = try Folder()
        let bad = try await folder.run(["users", "add", "omar", "--role", "contributor", "--email", "omar@council", "--password-stdin"],
                                       input: "a long enough password\n")
        #expect(bad.status != 0 && bad.stderr.contains("--email: 'council' is not a domain name such as council.gov.uk"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("Fatal") && bad.stderr.split(separator: "\n").first?.contains("--email") == true)
        let added = try await folder.run(["users", "add", "omar", "--role", "contributor", "--owner", "Head of Service Provider Services",
                                          "--email", "omar@council.example.gov.uk", "--password-stdin"], input: "a long enough password\n")
        #expect(added.status == 0, "\(added.stderr)")
        let due = ISO8601DateFormatter.string(from: Date().addingTimeInterval(2 * 86_400), timeZone: TimeZone(identifier: "UTC")!,
                                              formatOptions: [.withFullDate])
        let opened = try await folder.run(["round", "open", "Before the January committee", "--due", due, "--sign-off"])
        #expect(opened.status == 0 && opened.stdout.contains("opened round 1, 'Before the January committee'"), "\(opened.stderr)")

        let dry = try await folder.run(["remind", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("would send (queued): round opened to omar <omar@council.example.gov.uk>"), "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.split(separator: "\n").count == 1, "the reminder three days before the due day fell before the round opened")
        let outbox = try await folder.run(["outbox", "--json"])
        let messages = try JSONSerialization.jsonObject(with: Data(outbox.stdout.utf8)) as? [[String: Any]]
        #expect(messages?.count == 1 && messages?.first?["state"] as? String == "waiting", "a dry run queues and sends nothing")

        let server = try TestSMTPServer()
        let wrong = try await folder.run(["remind", "--send", "--smtp", server.url(password: "not it")])
        #expect(wrong.status == 1 && wrong.stderr == "error: --smtp: the SMTP server at smtp://reform@127.0.0.1:\(server.port) refused the username or password (Login denied); check the user and password in --smtp; nothing was recorded\n")
        let port = server.port
        server.stop()
        let down = try await folder.run(["serve", "--port", "0", "--smtp", server.url(port: port)])
        #expect(down.status == 1 && down.stderr.hasPrefix("error: --smtp: cannot reach the SMTP server at smtp://reform@127.0.0.1:\(port)"), "\(down.stderr)")
        #expect(down.stderr.split(separator: "\n").count == 1)
        try server.start(port: port)
        let sent = try await folder.run(["remind", "--send", "--smtp", server.url()])
        #expect(sent.status == 0 && sent.stdout == "sent 1\n", "\(sent.stdout)\(sent.stderr)")
        #expect(try server.received().map(\.subject) == ["[ReformTracker] Updates due by \(Self.long(due)): Before the January committee"])
        let show = try await folder.run(["round", "show", "--json"])
        let round = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(round?["name"] as? String == "Before the January committee" && round?["sign_off"] as? Bool == true)
        let early = try await folder.run(["round", "close"])
        #expect(early.status != 0 && early.stderr.contains("--reason: the round is due on"), "\(early.stderr)")
    }

    static func long(_ iso: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        let date = formatter.date(from: iso)!
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
    }
}
