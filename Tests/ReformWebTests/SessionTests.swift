import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReformApp
import ReformRecord
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
            _ = try await ChangeUser(username: "lead", change: .disable).run(record: harness.commandLineRecord, person: .commandLine(name: "admin"))
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

    @Test("over HTTPS (--secure-cookies, or a trusted proxy's X-Forwarded-Proto) cookies are Secure with the __Host- prefix and responses carry Strict-Transport-Security")
    func secureCookies() async throws {
        for (secure, trust, forwarded, expected) in [(true, false, nil, true), (false, true, "https", true), (false, true, "http", false),
                                                     (false, false, "https", false)] as [(Bool, Bool, String?, Bool)] {
            let harness = try await WebHarness.make(secureCookies: secure, trustProxy: trust)
            let what = "--secure-cookies \(secure), --trust-proxy \(trust), X-Forwarded-Proto \(forwarded ?? "none")"
            try await harness.test(.live) { client in
                var browser = Browser()
                let headers: HTTPFields = forwarded.map { [HTTPField.Name("X-Forwarded-Proto")!: $0] } ?? [:]
                let form = try await client.execute(uri: "/login", method: .get, headers: headers)
                browser.keep(form)
                let response = try await browser.post(client, "/login", [("csrf", Browser.csrf(in: form, action: "/login")), ("next", "/"),
                                                                        ("username", "viewer"), ("password", WebHarness.password)], headers: headers)
                #expect(response.status == .seeOther, "\(what)")
                let name = expected ? "__Host-reform_session=" : "reform_session="
                let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(name) }, "\(what)")
                #expect(cookie.contains("Secure") == expected && cookie.contains("Path=/") && cookie.contains("HttpOnly"), "\(what)")
                #expect((response.headers[HTTPField.Name("Strict-Transport-Security")!] == "max-age=31536000") == expected, "\(what)")
                let page = try await client.execute(uri: "/", method: .get, headers: browser.headers(headers))
                #expect(page.status == .ok, "the cookie, under its name for the request, signs the next request in: \(what)")
            }
        }
    }

    @Test("100 failed sign-ins from one client address, against any names, and the next is 429; a proxy that names no client is not limited as one address")
    func throttlingByAddress() async throws {
        let harness = try await WebHarness.make(trustProxy: true)
        try await harness.test(.live) { client in
            var browser = Browser()
            func attempt(_ username: String, _ password: String, from address: String?) async throws -> TestResponse {
                let form = try await browser.get(client, "/login")
                let headers: HTTPFields = address.map { [HTTPField.Name("X-Forwarded-For")!: $0] } ?? [:]
                return try await browser.post(client, "/login", [("csrf", Browser.csrf(in: form, action: "/login")), ("username", username),
                                                                ("password", password)], headers: headers)
            }
            for index in 0..<SessionRules.failedSignInAddressLimit {
                #expect(try await attempt("nobody\(index)", "wrong password!", from: "203.0.113.7").status == .unauthorized)
            }
            let refused = try await attempt("admin", WebHarness.password, from: "203.0.113.7")
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] != nil)
            #expect(try await attempt("admin", WebHarness.password, from: "198.51.100.1").status == .seeOther, "another address signs in")
            #expect(try await attempt("lead", WebHarness.password, from: nil).status == .seeOther,
                    "the proxy's own address, naming no client, is not limited as one")
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

    @Test("an update sent after the session ended is not lost: sign-in says it was kept, and the action page shows it again once, unrecorded")
    func formAfterExpiryIsKept() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            let page = try await lead.get(client, "/actions/A-NF-EMBED")
            harness.clock.advance(minutes: 31)
            let sent = try await lead.post(client, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", ""), ("progress", "45"),
                                                                                  ("note", "Half an hour of careful writing")])
            #expect(sent.status == .seeOther && sent.headers[.location] == "/login?next=/actions/A-NF-EMBED", "back to the form's page, never to a POST path")
            #expect(try await harness.store.events().isEmpty, "nothing recorded from an ended session")
            let signIn = try await lead.get(client, "/login?next=/actions/A-NF-EMBED")
            #expect(signIn.text.contains("What you typed has been kept for an hour"))
            #expect(try await lead.signIn(client, "lead", next: "/actions/A-NF-EMBED").headers[.location] == "/actions/A-NF-EMBED")
            let again = try await lead.get(client, "/actions/A-NF-EMBED")
            #expect(again.text.contains("Half an hour of careful writing</textarea>") && again.text.contains(#"value="45""#))
            #expect(again.text.contains("so it was <strong>not</strong> recorded"))
            #expect(!(try await lead.get(client, "/actions/A-NF-EMBED")).text.contains("Half an hour of careful writing"), "shown once")
        }
    }
}
