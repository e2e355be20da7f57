import Foundation

/// A real SMTP server for a test: `Tests/Support/smtp-server.py` (aiosmtpd) on a loopback port,
/// with STARTTLS on a throwaway certificate and AUTH for one user; what it accepted is read back
/// as the messages a person would receive. It can be stopped and started again on the same port.
///
/// Without aiosmtpd the tests that need it fail under `CI=true` (Scripts/test installs it) and
/// say how to install it elsewhere; they never pass without having sent anything.
public final class TestSMTPServer: @unchecked Sendable {
    /// One message as received: the envelope's recipients, the headers, and the text and HTML parts decoded.
    public struct Received: Sendable {
        public let to: [String]
        public let subject: String
        public let text: String
        public let html: String
        public let raw: String
    }

    public static let username = "reform"
    public static let password = "mail password"
    public private(set) var port: Int = 0
    private let folder: URL
    private var process: Process?

    /// Whether aiosmtpd is installed.
    public static var isAvailable: Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import aiosmtpd"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    /// Starts a server on a free port.
    public init() throws {
        guard Self.isAvailable else {
            throw TestSetupFailure("aiosmtpd is not installed, so the email tests cannot run; install it with `python3 -m pip install aiosmtpd` (Scripts/test does this)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try start(port: 0)
    }

    deinit { stop() }

    /// The `--smtp` URL that reaches it, with STARTTLS required and its certificate trusted.
    public func url(password: String = TestSMTPServer.password, port: Int? = nil) -> String {
        let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
        return "smtp://\(Self.username):\(encoded)@127.0.0.1:\(port ?? self.port)?starttls=required&from=reform@council.example.gov.uk"
            + "&ca=\(folder.appendingPathComponent("cert.pem").path)"
    }

    /// Starts it again (on its port, once it has one).
    public func start(port requested: Int? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Support/smtp-server.py")
        process.arguments = ["python3", script.path, String(requested ?? port), folder.appendingPathComponent("received.jsonl").path, folder.path,
                             Self.username, Self.password]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Its first line says the port it listens on.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 10 { line.append(first) }
        let words = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard words.count == 2, words[0] == "listening", let listening = Int(words[1]) else {
            process.terminate()
            throw TestSetupFailure("the test SMTP server did not start (it said '\(String(decoding: line, as: UTF8.self))')")
        }
        port = listening
        self.process = process
    }

    /// Stops it: connections are refused until it is started again.
    public func stop() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// Every message it has accepted, in order.
    public func received() throws -> [Received] {
        let file = folder.appendingPathComponent("received.jsonl")
        guard let data = try? Data(contentsOf: file) else { return [] }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let raw = object["data"] as? String ?? ""
            return Received(to: object["to"] as? [String] ?? [], subject: Self.subject(of: raw), text: Self.part("text/plain", of: raw),
                            html: Self.part("text/html", of: raw), raw: raw)
        }
    }

    /// The subject header, its RFC 2047 words decoded.
    private static func subject(of raw: String) -> String {
        let head = raw.components(separatedBy: "\r\n\r\n").first ?? ""
        let unfolded = head.replacingOccurrences(of: "\r\n ", with: " ")
        guard let line = unfolded.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("Subject: ") }) else { return "" }
        let value = String(line.dropFirst("Subject: ".count))
        guard value.hasPrefix("=?UTF-8?B?") else { return value }
        return value.split(separator: " ").map { word -> String in
            let inner = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return Data(base64Encoded: String(inner)).map { String(decoding: $0, as: UTF8.self) } ?? String(word)
        }.joined()
    }

    /// A base64 MIME part of `type`, decoded.
    private static func part(_ type: String, of raw: String) -> String {
        guard let start = raw.range(of: "Content-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n") else { return "" }
        let body = raw[start.upperBound...].prefix { $0 != "-" }
        return Data(base64Encoded: body.filter { !$0.isWhitespace }).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
