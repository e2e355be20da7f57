import Foundation
import Hummingbird
import HummingbirdTesting
import ReformApp
import ReformRecord
import ReformStore
import ReformWeb
import Testing

/// Four people updating one action at once, over real HTTP connections: each sends the base the
/// server last showed it and sends again on 409. Every update is recorded once; none is lost.
@Suite("Concurrent updates over HTTP")
struct ConcurrentUpdateTests {
    /// One person at their own connection, keeping their cookies and the base they last saw.
    private final class Person: @unchecked Sendable {
        let client: TestClient
        var cookies: [String: String] = [:]
        var csrf = ""
        var base = ""
        var conflicts = 0

        init(port: Int) {
            // Correctness, not latency, is on trial: a whole test suite runs beside it on two cores.
            client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120)))
            client.connect()
        }

        func send(_ uri: String, _ method: HTTPRequest.Method, form: [(String, String)]? = nil) async throws -> TestClient.Response {
            var headers: HTTPFields = [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
            var body: ByteBuffer?
            if let form {
                headers[.contentType] = "application/x-www-form-urlencoded"
                body = ByteBuffer(string: form.map { "\($0.0)=\(Browser.encode($0.1))" }.joined(separator: "&"))
            }
            let response = try await client.execute(TestClient.Request(uri, method: method, headers: headers, body: body))
            for line in response.headers[values: .setCookie] {
                let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                cookies[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
            }
            return response
        }

        static func field(_ name: String, in response: TestClient.Response, after marker: String = "") -> String {
            let page = response.body.map { String(buffer: $0) } ?? ""
            let start = marker.isEmpty ? page.startIndex : (page.range(of: marker)?.upperBound ?? page.startIndex)
            guard let range = page.range(of: #"name="\#(name)" value=""#, range: start..<page.endIndex) else { return "" }
            return String(page[range.upperBound...].prefix { $0 != "\"" })
        }

        func signIn(_ username: String) async throws {
            let form = try await send("/login", .get)
            let signedIn = try await send("/login", .post, form: [("csrf", Self.field("csrf", in: form, after: #"action="/login""#)), ("next", "/"),
                                                                  ("username", username), ("password", WebHarness.password)])
            #expect(signedIn.status == .seeOther)
            let page = try await send("/actions/A-NF-EMBED", .get)
            csrf = Self.field("csrf", in: page, after: #"action="/actions/A-NF-EMBED/updates""#)
            base = Self.field("base", in: page)
        }

        /// Records one update, sending again with the newer base after each 409.
        func record(_ note: String) async throws {
            while true {
                let response = try await send("/actions/A-NF-EMBED/updates", .post, form: [("csrf", csrf), ("base", base), ("note", note)])
                switch response.status {
                case .seeOther:
                    let location = response.headers[.location] ?? ""
                    base = location.split(separator: "=").last.map { String($0.prefix { $0.isNumber }) } ?? ""
                    return
                case .conflict:
                    conflicts += 1
                    base = Self.field("base", in: response)
                default:
                    Issue.record("unexpected \(response.status) for \(note)")
                    return
                }
            }
        }
    }

    /// The forms' part of the race: each 409 carries the newer base, and sending again records the
    /// update once. (How any number of writers race the record is specified in process, by `RecordUpdateTests`.)
    @Test("4 people recording 50 updates each on one action get 200 updates recorded, none lost and none twice")
    func fourByFifty() async throws {
        let harness = try await WebHarness.make()
        let app = Application(router: WebServer.router(harness.services).router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let people = ["admin", "lead", "admin", "lead"].map { _ in Person(port: port) }
            for (person, name) in zip(people, ["admin", "lead", "admin", "lead"]) { try await person.signIn(name) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, person) in people.enumerated() {
                    group.addTask {
                        for number in 0..<50 { try await person.record("person \(index) update \(number)") }
                    }
                }
                try await group.waitForAll()
            }
            for person in people { try await person.client.shutdown() }
            let notes = try await harness.store.events().compactMap(\.note)
            #expect(notes.count == 200)
            #expect(Set(notes).count == 200, "no update recorded twice")
            let conflicts = people.map(\.conflicts).reduce(0, +)
            print("concurrent updates over HTTP: 200 recorded, \(conflicts) refused as conflicts and sent again")
        }
    }
}
