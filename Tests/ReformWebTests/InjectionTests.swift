import Foundation
import Hummingbird
import HummingbirdTesting
import ReformRecord
import ReformStore
import Testing

/// Values people write reach pages as text, never as markup, whatever scalars surround their
/// `<`, `>`, `"`, `'` and `&` (issue 25: HTML injection through grapheme clusters).
@Suite("Injection")
struct InjectionTests {
    /// A `<` after U+0600 (a *Prepend* scalar), and `>`, `"`, `'`, `&` before U+0301 (a combining
    /// mark): each forms one grapheme cluster with its neighbour, which an escape by `Character` misses.
    static let payload = ["\u{600}<x", ">\u{301}", "\"\u{301}", "'\u{301}", "&\u{301}",
                          "\u{600}<form action=/admin/users method=post novalidate>\u{301}", "\u{600}<meta http-equiv=refresh content=0;url=//evil.example>\u{301}"]
        .joined(separator: " ")

    /// Every place in `html` where a scalar of the payload meets a raw markup character: a `<`,
    /// `>`, `"` or `'` straight after U+0600, or one of those or `&` straight before U+0301.
    static func rawMarkup(in html: String) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var found: [String] = []
        for index in scalars.indices {
            if scalars[index] == "\u{600}", index + 1 < scalars.count, "<>\"'".unicodeScalars.contains(scalars[index + 1]) {
                found.append(context(scalars, index))
            }
            if scalars[index] == "\u{301}", index > 0, "<>\"'&".unicodeScalars.contains(scalars[index - 1]) {
                found.append(context(scalars, index))
            }
        }
        return found
    }

    private static func context(_ scalars: [Unicode.Scalar], _ index: Int) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[max(0, index - 30)..<min(scalars.count, index + 30)])
        return String(text)
    }

    /// Expects `response` to show the payload, and to show it only as text.
    private func expectEscaped(_ response: TestResponse, _ what: String, shown: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        let html = response.text
        #expect(Self.rawMarkup(in: html).isEmpty, "\(what): \(Self.rawMarkup(in: html))", sourceLocation: sourceLocation)
        if shown { #expect(html.unicodeScalars.contains("\u{301}"), "\(what) shows the value", sourceLocation: sourceLocation) }
        #expect(!html.contains("<form action=/admin/users") && !html.contains("<meta http-equiv=refresh") && !html.contains("<x"),
                "\(what)", sourceLocation: sourceLocation)
    }

    @Test("what people write (notes, reasons, corrections, responses, usernames, owners, report options, query values) reaches every page as text, never as markup")
    func noValueBecomesMarkup() async throws {
        let harness = try await WebHarness.make()
        let payload = Self.payload
        // A name an older version let in: shown on the users page and in the audit trail.
        _ = try await harness.store.addUser(UserAccount(username: "old" + payload, passwordHash: WebHarness.passwordHash, role: .viewer,
                                                              createdAt: "2024-09-15T08:00:00Z"))
        try await harness.test { client in
            var lead = Browser(), admin = Browser()
            _ = try await lead.signIn(client, "lead")
            _ = try await admin.signIn(client, "admin")
            // An update with the payload in its note, then a void and a correction with it in their reasons.
            var page = try await lead.get(client, "/actions/A-NF-EMBED")
            #expect(try await lead.post(client, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", ""), ("progress", "10"),
                                                                              ("note", payload)]).status == .seeOther)
            page = try await lead.get(client, "/actions/A-NF-EMBED")
            #expect(try await lead.post(client, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", "1"), ("progress", "20"),
                                                                              ("note", "second")]).status == .seeOther)
            #expect(try await lead.post(client, "/updates/1/void", [("csrf", Browser.csrf(in: page)), ("reason", payload)]).status == .seeOther)
            let correctForm = try await lead.get(client, "/updates/2/correct")
            #expect(try await lead.post(client, "/updates/2/correct", [("csrf", Browser.csrf(in: correctForm, action: "/updates/2/correct")),
                                                                     ("progress", "25"), ("note", payload), ("reason", payload)]).status == .seeOther)
            // A committee response.
            let committee = try await lead.get(client, "/committee")
            let responded = try await lead.post(client, "/committee/CYPSC/stable-homes-update/resolutions/1/responses", [("csrf", Browser.csrf(in: committee)), ("response", payload),
                                                                                              ("status", "open")])
            #expect(responded.status == .seeOther)

            // Forms sent back with what was typed, and the message naming it.
            page = try await lead.get(client, "/actions/A-NF-EMBED")
            let refusedUpdate = try await lead.post(client, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", "5"),
                                                                                          ("due", payload), ("progress", payload), ("note", payload)])
            #expect(refusedUpdate.status == .unprocessableContent, "\(refusedUpdate.headers[.location] ?? "")")
            expectEscaped(refusedUpdate, "the update form sent back")
            let users = try await admin.get(client, "/admin/users")
            let refusedUser = try await admin.post(client, "/admin/users", [("csrf", Browser.csrf(in: users, action: "/admin/users")), ("username", payload),
                                                                          ("role", "viewer"), ("owners[]", payload), ("password", WebHarness.password)])
            #expect(refusedUser.status == .unprocessableContent)
            expectEscaped(refusedUser, "the users form sent back")
            let reports = try await lead.get(client, "/reports")
            for field in ["plugin", "format", "since"] {
                var fields = [("csrf", Browser.csrf(in: reports)), ("plugin", "summary"), ("format", ""), ("since", "")]
                fields[fields.firstIndex { $0.0 == field }!].1 = payload
                let refused = try await lead.post(client, "/reports", fields)
                #expect(refused.status == .unprocessableContent, "report option \(field)")
                expectEscaped(refused, "the report run refused for its \(field)", shown: field != "format")
            }

            // Every page that shows what was written.
            for path in ["/actions/A-NF-EMBED", "/log", "/committee"] {
                expectEscaped(try await lead.get(client, path), path)
            }
            expectEscaped(try await lead.get(client, "/"), "/", shown: false)
            expectEscaped(try await admin.get(client, "/admin/users"), "/admin/users")

            // Query values and ids in paths: echoed as text where shown at all.
            let encoded = Browser.encode(payload)
            for path in ["/committee?recorded=\(encoded)", "/admin/users?done=\(encoded)&added=\(encoded)", "/actions/\(encoded)", "/pillars/\(encoded)",
                         "/reports/\(encoded)", "/updates/\(encoded)/correct"] {
                let response = try await admin.get(client, path)
                expectEscaped(response, path, shown: false)
            }
            var visitor = Browser()
            let login = try await visitor.get(client, "/login?next=" + Browser.encode("/\"\u{301}>\u{301}\u{600}<meta http-equiv=refresh content=0>"))
            expectEscaped(login, "/login?next=", shown: false)
            #expect(login.text.contains(#"name="next" value="/""#), "a next that is not a page of ours becomes /")
        }
    }

    @Test("free text in the query string is never echoed: a done message and a recorded resolution come from the record, by number")
    func noFreeTextFromTheQuery() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var admin = Browser()
            _ = try await admin.signIn(client, "admin")
            #expect(!(try await admin.get(client, "/admin/users?done=Account+hijacked%2C+call+0800").text.contains("Account hijacked")))
            #expect(!(try await admin.get(client, "/committee?recorded=Resolution+withdrawn").text.contains("withdrawn")))
            let users = try await admin.get(client, "/admin/users")
            let added = try await admin.post(client, "/admin/users", [("csrf", Browser.csrf(in: users, action: "/admin/users")), ("username", "zoe"),
                                                                     ("role", "viewer"), ("password", WebHarness.password)])
            let location = try #require(added.headers[.location])
            #expect(location.hasPrefix("/admin/users?added="))
            #expect(try await admin.get(client, location).text.contains("Added zoe."))
        }
    }

    @Test("a sign-in sends the person back only to a page of this server: other paths, POST routes and markup become /",
          arguments: [("/actions/A-NF-EMBED", "/actions/A-NF-EMBED"), ("/log?page=2", "/log?page=2"), ("/actions/A-NF-EMBED/updates", "/"),
                      ("//evil.example/", "/"), ("https://evil.example/", "/"), ("/\"\u{301}><x>", "/"), ("/no-such-page", "/"),
                      ("/actions/A<b>", "/"), ("/log?x=\"><", "/")])
    func signInReturnsOnlyToPages(next: String, expected: String) async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            let response = try await browser.signIn(client, "viewer", next: next)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == expected)
        }
    }
}
