import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReformApp
import ReformStore
import Testing

/// Signing in and out, and the session rules of the contract.
@Suite("Sessions")
struct SessionTests {
    @Test("signing in gives a new session id and ends the browser's old one; signing out ends it")
    func newIdAtSignIn() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            let first = try await browser.signIn(client, "viewer", next: "/deadlines")
            #expect(first.status == .seeOther && first.headers[.location] == "/deadlines")
            let cookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix("reform_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/") && !cookie.contains("Secure"))
            let old = try #require(browser.cookies["reform_session"])
            _ = try await browser.signIn(client, "viewer")
            let new = try #require(browser.cookies["reform_session"])
            #expect(old != new)
            var stale = Browser(cookies: ["reform_session": old])
            #expect(try await stale.get(client, "/").status == .seeOther, "the old session was ended")
            #expect(try await browser.get(client, "/").status == .ok)

            let page = try await browser.get(client, "/")
            let signOut = try await browser.post(client, "/logout", [("csrf", Browser.csrf(in: page))])
            #expect(signOut.status == .seeOther && signOut.headers[.location] == "/login")
            var after = Browser(cookies: ["reform_session": new])
            #expect(try await after.get(client, "/").status == .seeOther, "signing out ended the session in the store")
        }
    }

    @Test("a session unused for 30 minutes ends, and every session ends 12 hours after sign-in")
    func limits() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "viewer")
            harness.clock.advance(minutes: 29)
            #expect(try await browser.get(client, "/").status == .ok)
            harness.clock.advance(minutes: 31)
            #expect(try await browser.get(client, "/").status == .seeOther, "idle for 31 minutes")

            _ = try await browser.signIn(client, "viewer")
            for _ in 0..<36 { // 12 hours in steps of 20 minutes, never idle too long
                harness.clock.advance(minutes: 20)
                _ = try await browser.get(client, "/")
            }
            harness.clock.advance(minutes: 1)
            #expect(try await browser.get(client, "/").status == .seeOther, "12 hours after sign-in")
        }
    }

    @Test("disabling a user (from the command line) ends their sessions within a second, and they cannot sign in again")
    func disabling() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "lead")
            #expect(try await browser.get(client, "/").status == .ok)
            _ = try await ChangeUser(username: "lead", change: .disable).run(harness.workspace)
            try await Task.sleep(for: .milliseconds(1_100)) // as by another process: seen within a second
            #expect(try await browser.get(client, "/").status == .seeOther)
            let again = try await browser.signIn(client, "lead")
            #expect(again.status == .unauthorized && again.text.contains("role=\"alert\""))
        }
    }

    @Test("after 10 failed sign-ins for a name within 15 minutes, the next gets 429 with Retry-After, even with the right password")
    func throttling() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            for _ in 0..<10 { #expect(try await browser.signIn(client, "admin", password: "wrong password!").status == .unauthorized) }
            let refused = try await browser.signIn(client, "admin")
            #expect(refused.status == .tooManyRequests)
            let wait = Int(refused.headers[.retryAfter] ?? "") ?? 0
            #expect(wait > 0 && wait <= 15 * 60)
            harness.clock.advance(minutes: 16)
            #expect(try await browser.signIn(client, "admin").status == .seeOther)
        }
    }

    @Test("the session cookie is Secure with --secure-cookies, and behind a trusted proxy when the request came over HTTPS")
    func secureCookies() async throws {
        for (secure, trust, forwarded, expected) in [(true, false, nil, true), (false, true, "https", true), (false, true, "http", false),
                                                     (false, false, "https", false)] as [(Bool, Bool, String?, Bool)] {
            let harness = try await WebHarness.make(secureCookies: secure, trustProxy: trust)
            try await harness.test { client in
                var browser = Browser()
                let form = try await browser.get(client, "/login")
                let headers: HTTPFields = forwarded.map { [HTTPField.Name("X-Forwarded-Proto")!: $0] } ?? [:]
                let response = try await browser.post(client, "/login", [("csrf", Browser.csrf(in: form, action: "/login")), ("next", "/"),
                                                                        ("username", "viewer"), ("password", WebHarness.password)], headers: headers)
                let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("reform_session=") })
                #expect(cookie.contains("Secure") == expected, "--secure-cookies \(secure), --trust-proxy \(trust), X-Forwarded-Proto \(forwarded ?? "none")")
            }
        }
    }

    @Test("failed sign-ins are counted per address too: 10 against different names from one address, and the next is 429")
    func throttlingByAddress() async throws {
        let harness = try await WebHarness.make(trustProxy: true)
        try await harness.test { client in
            var browser = Browser()
            let from: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "203.0.113.7"]
            for index in 0..<10 {
                let form = try await browser.get(client, "/login")
                _ = try await browser.post(client, "/login", [("csrf", Browser.csrf(in: form, action: "/login")), ("username", "nobody\(index)"),
                                                             ("password", "wrong password!")], headers: from)
            }
            let form = try await browser.get(client, "/login")
            let refused = try await browser.post(client, "/login", [("csrf", Browser.csrf(in: form, action: "/login")), ("username", "admin"),
                                                                   ("password", WebHarness.password)], headers: from)
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] != nil)
            let elsewhere = try await browser.post(client, "/login", [("csrf", Browser.csrf(in: try await browser.get(client, "/login"), action: "/login")),
                                                                     ("username", "admin"), ("password", WebHarness.password)],
                                                   headers: [HTTPField.Name("X-Forwarded-For")!: "198.51.100.1"])
            #expect(elsewhere.status == .seeOther, "another address signs in")
        }
    }

    @Test("a sign-in form without its token is refused with 403, and next= never leaves the site")
    func forgedSignIn() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            let forged = try await browser.post(client, "/login", [("username", "admin"), ("password", WebHarness.password)])
            #expect(forged.status == .forbidden)
            let wrongToken = try await browser.post(client, "/login", [("csrf", String(repeating: "a", count: 64)), ("username", "admin"),
                                                                        ("password", WebHarness.password)])
            #expect(wrongToken.status == .forbidden)
            let form = try await browser.get(client, "/login")
            let foreign = try await browser.post(client, "/login", [("csrf", Browser.csrf(in: form, action: "/login")), ("username", "admin"), ("password", WebHarness.password)],
                                                 headers: [.origin: "https://evil.example"])
            #expect(foreign.status == .forbidden)
            for next in ["https://evil.example/", "//evil.example/", "/\\evil.example"] {
                let response = try await browser.signIn(client, "admin", next: next)
                #expect(response.status == .seeOther && response.headers[.location] == "/", "\(next)")
            }
        }
    }

    @Test("signing out without the session's token is refused and the session goes on")
    func forgedSignOut() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "viewer")
            #expect(try await browser.post(client, "/logout", [("csrf", "")]).status == .forbidden)
            #expect(try await browser.get(client, "/").status == .ok)
        }
    }
}
