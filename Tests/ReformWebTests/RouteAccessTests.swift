import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReformRecord
import ReformStore
import ReformWeb
import Testing

/// Who may open which page: every route, for a visitor and for every role.
@Suite("Routes and roles")
struct RouteAccessTests {
    /// Every page to read, and the least role that may open it.
    static let pages: [(path: String, role: Role)] = [
        ("/", .viewer), ("/pillars/P3", .viewer), ("/actions/A-NF-EMBED", .viewer), ("/deadlines", .viewer), ("/funding", .viewer),
        ("/risks", .viewer), ("/committee", .viewer), ("/log", .viewer), ("/reports", .viewer), ("/admin/users", .admin),
    ]

    /// A path of `route` with a real value for each of its parameters.
    static func concrete(_ route: DeclaredRoute) -> String {
        let values = [":id": route.path.hasPrefix("/pillars") ? "P3" : route.path.hasPrefix("/committee") ? "1" : "A-NF-EMBED", ":event": "1", ":run": "1",
                      ":name": "viewer", ":committee": "CYPSC", ":meeting": "stable-homes-update", ":response": "1"]
        return route.path.split(separator: "/", omittingEmptySubsequences: false).map { values[String($0)] ?? String($0) }.joined(separator: "/")
    }

    @Test("every route the server declares, tried by a visitor and by every role: below its rank is 303 to sign in or 403 naming the role; at it, never either")
    func everyDeclaredRoute() async throws {
        let harness = try await WebHarness.make()
        let routes = WebServer.router(harness.services).routes
        #expect(routes.count >= 20, "the table lists every route: \(routes)")
        #expect(routes.filter { $0.right == nil }.map(\.path).sorted() == ["/accessibility", "/healthz", "/login", "/login", "/static/reform.css"],
                "only signing in, the health check, the style sheet and the accessibility statement need no sign-in")
        try await harness.test { client in
            var people: [Role?: Browser] = [nil: Browser()]
            for role in Role.allCases {
                var browser = Browser()
                _ = try await browser.signIn(client, role.rawValue)
                people[role] = browser
            }
            for route in routes {
                let path = Self.concrete(route)
                for (role, browser) in people {
                    var browser = browser
                    // A POST without the form's token: allowed, it is refused as forged (403, "not sent from this site"); not allowed, for the role.
                    let response = route.method == .get ? try await browser.get(client, path) : try await browser.post(client, path, [])
                    let who = "\(route) as \(role?.rawValue ?? "a visitor")"
                    guard let right = route.right else {
                        #expect(response.status != .seeOther || route.method == .post, "\(who)")
                        continue
                    }
                    if let role, right.holders.contains(role) {
                        #expect(response.status != .seeOther || route.method == .post, "\(who): \(response.status)")
                        #expect(!response.text.contains("This needs the"), "\(who): \(response.status)")
                    } else if role == nil {
                        #expect(response.status == .seeOther && response.headers[.location]?.hasPrefix("/login") == true, "\(who): \(response.status)")
                    } else {
                        #expect(response.status == .forbidden && response.text.contains("This needs the \(right.holdersWording) role"), "\(who): \(response.status)")
                        #expect(response.text.contains(">Sign out</button>"), "\(who): the error page is drawn for who is signed in, with their navigation")
                    }
                }
            }
        }
    }

    @Test("a visitor who is not signed in is sent to sign in and back (303), and a script gets 401")
    func notSignedIn() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            for page in Self.pages {
                var browser = Browser()
                let response = try await browser.get(client, page.path)
                #expect(response.status == .seeOther, "\(page.path)")
                #expect(response.headers[.location] == "/login?next=" + page.path, "\(page.path)")
                let script = try await browser.get(client, page.path, json: true)
                #expect(script.status == .unauthorized, "\(page.path)")
            }
        }
    }

    @Test("each role opens every page its role allows, and gets 403 naming the role needed elsewhere", arguments: Role.allCases)
    func byRole(role: Role) async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            #expect(try await browser.signIn(client, role.rawValue).status == .seeOther)
            for page in Self.pages {
                let response = try await browser.get(client, page.path)
                if role >= page.role {
                    #expect(response.status == .ok, "\(role) \(page.path)")
                    #expect(response.text.contains("<h1>"), "\(role) \(page.path)")
                } else {
                    #expect(response.status == .forbidden, "\(role) \(page.path)")
                    #expect(response.text.contains("This needs the \(page.role.rawValue) role."))
                }
            }
        }
    }

    @Test("every page answers Accept: application/json with JSON for those allowed")
    func json() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            for page in Self.pages {
                let response = try await browser.get(client, page.path, json: true)
                #expect(response.status == .ok, "\(page.path)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect((try? JSONSerialization.jsonObject(with: Data(response.text.utf8))) != nil, "\(page.path)")
            }
            let users = try await browser.get(client, "/admin/users", json: true)
            #expect(!users.text.contains("$2"), "a password hash is never shown")
        }
    }

    @Test("an id that names nothing is 404, with the nearest id as a link")
    func notFound() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "viewer")
            let action = try await browser.get(client, "/actions/A-NF-EMBD")
            #expect(action.status == .notFound)
            #expect(action.text.contains("No action &#39;A-NF-EMBD&#39; in the plan (did you mean &#39;A-NF-EMBED&#39;?)."))
            #expect(action.text.contains(#"<a href="/actions/A-NF-EMBED">Go to A-NF-EMBED</a>"#))
            #expect(try await browser.get(client, "/pillars/P9").status == .notFound)
            #expect(try await browser.get(client, "/no-such-page").status == .notFound)
        }
    }

    @Test("every response carries the security headers, error pages and redirects included")
    func securityHeaders() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            var responses = [try await browser.get(client, "/"), try await browser.get(client, "/login"), try await browser.get(client, "/healthz")]
            _ = try await browser.signIn(client, "viewer")
            responses += [try await browser.get(client, "/"), try await browser.get(client, "/admin/users"), try await browser.get(client, "/actions/X")]
            for response in responses {
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
            }
        }
    }

    @Test("/healthz answers ok without sign-in")
    func health() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok && response.text == "ok\n")
        }
    }
}
