import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import ReformApp
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import ReformWeb
import Testing

/// A server on a copy of the default programme with one user of each role, a clock the test
/// moves, and the analysis as at 15 September 2024.
struct WebHarness: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let password = "a long enough password"
    static let day = CalendarDay(year: 2024, month: 9, day: 15)!
    /// The users' hash, at bcrypt's least cost: the tests are not about hashing (those of a new
    /// user's hash check that it is made at cost 12), and each sign-in checks it.
    static let passwordHash = Bcrypt.hash(password, cost: 4)

    let folder: URL
    let workspace: Workspace
    /// What the server is made of.
    let services: WebServices
    /// The record the server uses, opened by the test too: to set it up and to see what was recorded.
    let store: RecordStore
    let clock: TestClock

    /// A fresh harness; `programme` replaces the default programme's text when given. `record`
    /// names a record to share with another harness (as `--db` does; a new SQLite file when `nil`),
    /// and `addUsers` whether this harness adds the users to it.
    static func make(programme: String? = nil, secureCookies: Bool = false, trustProxy: Bool = false, record: String? = nil,
                     addUsers: Bool = true, pluginPaths: [String] = [], reportTimeout: Double = 60) async throws -> WebHarness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("programme.yaml")
        let text = try programme ?? String(contentsOf: repository.appendingPathComponent("programme.yaml"), encoding: .utf8)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let recordName = record ?? folder.appendingPathComponent("record.sqlite").path
        let workspace = Workspace(programmeFile: file.path, recordOption: recordName, environment: [:])
        // One user per role, all with the same password, hashed once for every test (cost 12 takes a quarter of a second).
        let store = try #require(try await StoreLocation.parse(recordName).open(.write(create: true)))
        for role in Role.allCases where addUsers {
            _ = try await store.addUser(UserAccount(username: role.rawValue, passwordHash: passwordHash, role: role,
                                                    owners: role == .contributor ? ["Head of Service Provider Services"] : [], createdAt: "2024-09-15T08:00:00Z"))
        }
        let clock = TestClock()
        var configuration = WebConfiguration(workspace: workspace, secureCookies: secureCookies,
                                             trustedProxies: trustProxy ? WebConfiguration.loopbackProxies : [])
        configuration.passwordCost = 4
        configuration.pluginPaths = pluginPaths
        configuration.reportTimeout = reportTimeout
        let services = try await WebServer.services(configuration, now: { clock.now }, today: { day })
        return WebHarness(folder: folder, workspace: workspace, services: services, store: store, clock: clock)
    }

    /// A fresh record of `kind` for two harnesses to share, named as `--db` names it: two servers behind a load balancer.
    static func sharedRecord(_ kind: StoreKind) async throws -> String {
        switch try await kind.freshLocation() {
        case .sqlite(let path): path
        case .postgres(let url): url
        }
    }

    /// The programme file, as a command reads it.
    var programme: FileProgramme { FileProgramme(path: workspace.programmeFile) }

    /// The record as a command opens it: what a test does "from the command line", as another process would.
    var commandLineRecord: Record { Record(workspace) }

    /// The moment the server's clock and day stand at.
    var moment: Moment { Moment(now: Date(timeIntervalSince1970: TimeInterval(clock.now)), today: Self.day) }

    /// Runs `body` with a client of the application: in process by default, or over a real
    /// loopback connection (`.live`) where the peer's address matters (a proxy on this machine).
    func test(_ framework: TestingSetup = .router, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: WebServer.router(services).router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(framework, body)
    }
}

/// A clock a test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Int64 = 1_726_387_200 // 15 September 2024, 08:00 UTC

    var now: Int64 { lock.withLock { seconds } }

    func advance(minutes: Int64) {
        lock.withLock { seconds += minutes * 60 }
    }
}

/// What a browser keeps between requests: cookies.
struct Browser: Sendable {
    var cookies: [String: String] = [:]

    /// The request's `Cookie` header, with `extra` headers.
    func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        return headers
    }

    /// Takes the cookies a response sets (an empty value ends one).
    mutating func keep(_ response: TestResponse) {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty { cookies[name] = nil } else { cookies[name] = value }
        }
    }

    /// GET `uri`, keeping cookies.
    mutating func get(_ client: any TestClientProtocol, _ uri: String, json: Bool = false) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers(json ? [.accept: "application/json"] : [:]))
        keep(response)
        return response
    }

    /// POST a form to `uri`, keeping cookies.
    mutating func post(_ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)], headers extra: HTTPFields = [:]) async throws -> TestResponse {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var all = extra
        all[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers(all), body: ByteBuffer(string: body))
        keep(response)
        return response
    }

    /// Signs in as `username` through the form, as a person would.
    mutating func signIn(_ client: any TestClientProtocol, _ username: String, password: String = WebHarness.password,
                         next: String = "/") async throws -> TestResponse {
        let form = try await get(client, "/login")
        return try await post(client, "/login", [("csrf", Self.csrf(in: form, action: "/login")), ("next", next), ("username", username),
                                                 ("password", password)])
    }

    /// The CSRF token of the form posting to `action` (the sign-out form, on every page, by default).
    static func csrf(in response: TestResponse, action: String = "/logout") -> String {
        let page = String(buffer: response.body)
        guard let form = page.range(of: #"action="\#(action)""#),
              let range = page.range(of: #"name="csrf" value=""#, range: form.upperBound..<page.endIndex) else { return "" }
        return String(page[range.upperBound...].prefix(64))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
