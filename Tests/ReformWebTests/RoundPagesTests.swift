import Foundation
import HummingbirdTesting
import ReformApp
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// The round of updates in the browser: a lead opens it and signs off what comes in; owners see
/// what is asked of them in My actions; admins see the outbox and give users email addresses.
@Suite("Update rounds in the browser")
struct RoundPagesTests {
    /// A contributor's update of `action` through its form.
    private func update(_ browser: inout Browser, _ client: any TestClientProtocol, _ action: String, note: String) async throws -> TestResponse {
        let page = try await browser.get(client, "/actions/\(action)")
        let base = page.text.range(of: #"name="base" value=""#).map { String(page.text[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        return try await browser.post(client, "/actions/\(action)/updates", [("csrf", Browser.csrf(in: page)), ("base", base), ("note", note)])
    }

    @Test("a lead opens a round with sign-off; the owner's update waits, is returned with a reason, and My actions and the dashboard say so")
    func signOffInTheBrowser() async throws {
        let harness = try await WebHarness.make()
        let contributor = try #require(try await harness.store.user(named: "contributor"))
        var withEmail = contributor
        withEmail.email = "contributor@council.example.gov.uk"
        try await harness.store.updateUser(withEmail)
        try await harness.test { client in
            var lead = Browser(), owner = Browser()
            _ = try await lead.signIn(client, "lead")
            _ = try await owner.signIn(client, "contributor")

            let rounds = try await lead.get(client, "/rounds")
            #expect(rounds.status == .ok && rounds.text.contains("Open a round") && rounds.text.contains("No email is sent"))
            let past = try await lead.post(client, "/rounds", [("csrf", Browser.csrf(in: rounds, action: "/rounds")), ("name", "Before <b>October</b>"),
                                                               ("due", "2024-09-01")])
            #expect(past.status == .unprocessableContent && past.text.contains("has passed"))
            #expect(past.text.contains("value=\"Before &lt;b&gt;October&lt;/b&gt;\""), "what was typed is kept, escaped")
            let opened = try await lead.post(client, "/rounds", [("csrf", Browser.csrf(in: rounds, action: "/rounds")), ("name", "Before <b>October</b>"),
                                                                 ("due", "2024-09-20"), ("sign_off", "yes")])
            #expect(opened.status == .seeOther && opened.headers[.location] == "/rounds/1?done=opened")
            let page = try await lead.get(client, "/rounds/1")
            #expect(page.text.contains("Round 1: Before &lt;b&gt;October&lt;/b&gt;") && !page.text.contains("<b>October"))
            #expect(page.text.contains("contributor") && page.text.contains("Nobody: no account with an email address owns these actions"))
            let queued = try await harness.store.outbox()
            #expect(queued.map(\.recipient) == ["contributor"] && queued[0].kind == .opening)

            // The owner cannot open or close a round; they see theirs in My actions.
            let refused = try await owner.post(client, "/rounds/1/close", [("csrf", Browser.csrf(in: try await owner.get(client, "/rounds/1"))), ("reason", "x")])
            #expect(refused.status == .forbidden)
            let mine = try await owner.get(client, "/my")
            #expect(mine.text.contains("Update due by 20 September 2024 (round 1, Before &lt;b&gt;October&lt;/b&gt;)"))

            // Their update awaits sign-off: marked on the action page and counted on the dashboard.
            #expect(try await update(&owner, client, "A-KIN-POLICY", note: "Draft policy ready").status == .seeOther)
            #expect(try await owner.get(client, "/actions/A-KIN-POLICY").text.contains("awaiting sign-off"))
            let dashboard = try await lead.get(client, "/").text
            #expect(dashboard.contains("Round 1, Before &lt;b&gt;October&lt;/b&gt;") && dashboard.contains("1 awaiting sign-off"))
            let event = try #require(try await harness.store.events(action: "A-KIN-POLICY").last?.id)
            let signOff = try await lead.get(client, "/rounds/1")
            #expect(signOff.text.contains("Approve update \(event)") && signOff.text.contains("Draft policy ready"))

            // A return needs a reason, said beside that update's box.
            let noReason = try await lead.post(client, "/updates/\(event)/return", [("csrf", Browser.csrf(in: signOff, action: "/updates/\(event)/return")),
                                                                                  ("reason", " ")])
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("id=\"reason-\(event)-error\""))
            let returned = try await lead.post(client, "/updates/\(event)/return", [("csrf", Browser.csrf(in: signOff, action: "/updates/\(event)/return")),
                                                                                  ("reason", "Say when it goes to DMT")])
            #expect(returned.status == .seeOther && returned.headers[.location] == "/rounds/1?done=returned#sign-off")
            #expect(try await owner.get(client, "/my").text.contains("Returned: Say when it goes to DMT"))
            #expect(try await harness.store.outbox().first?.kind == .returned)
            // A decision is made once.
            let again = try await lead.post(client, "/updates/\(event)/approve", [("csrf", Browser.csrf(in: signOff, action: "/updates/\(event)/approve"))])
            #expect(again.status == .conflict)

            let json = try await lead.get(client, "/rounds/1", json: true)
            let round = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
            #expect(round?["sign_off"] as? Bool == true && (round?["total"] as? [String: Any])?["returned"] as? Int == 1)
        }
    }

    @Test("closing a round early needs a reason; the admin sees the outbox; an email address is checked for form and shown to admins only")
    func closingOutboxAndEmail() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var admin = Browser(), viewer = Browser()
            _ = try await admin.signIn(client, "admin")
            _ = try await viewer.signIn(client, "viewer")
            let users = try await admin.get(client, "/admin/users")
            let bad = try await admin.post(client, "/admin/users", [("csrf", Browser.csrf(in: users, action: "/admin/users")), ("username", "omar"),
                                                                    ("role", "contributor"), ("password", WebHarness.password), ("email", "omar at council")])
            #expect(bad.status == .unprocessableContent && bad.text.contains("id=\"email-error\"") && bad.text.contains("An address cannot hold U+0020"))
            let good = try await admin.post(client, "/admin/users", [("csrf", Browser.csrf(in: users, action: "/admin/users")), ("username", "omar"),
                                                                     ("role", "contributor"), ("owners[]", "Head of Service Provider Services"),
                                                                     ("password", WebHarness.password), ("email", "omar@council.example.gov.uk")])
            #expect(good.status == .seeOther)
            #expect(try await admin.get(client, "/admin/users").text.contains("omar@council.example.gov.uk"))
            #expect(try await viewer.get(client, "/admin/users").status == .forbidden)

            let rounds = try await admin.get(client, "/rounds")
            _ = try await admin.post(client, "/rounds", [("csrf", Browser.csrf(in: rounds, action: "/rounds")), ("name", "R"), ("due", "2024-09-30")])
            #expect(try await viewer.get(client, "/rounds/1").text.contains("omar"), "whom reminders reach, by username")
            #expect(try await viewer.get(client, "/rounds/1").text.contains("omar@council") == false, "never their address")
            let page = try await admin.get(client, "/rounds/1")
            let early = try await admin.post(client, "/rounds/1/close", [("csrf", Browser.csrf(in: page, action: "/rounds/1/close")), ("reason", "")])
            #expect(early.status == .unprocessableContent && early.text.contains("closing it sooner needs a reason"))
            let closed = try await admin.post(client, "/rounds/1/close", [("csrf", Browser.csrf(in: page, action: "/rounds/1/close")), ("reason", "Committee moved")])
            #expect(closed.status == .seeOther)
            #expect(try await admin.get(client, "/rounds/1").text.contains("Committee moved"))

            let outbox = try await admin.get(client, "/admin/outbox")
            #expect(outbox.status == .ok && outbox.text.contains("omar &lt;omar@council.example.gov.uk&gt;") && outbox.text.contains("round opened"))
            #expect(try await viewer.get(client, "/admin/outbox").status == .forbidden)
        }
    }
}
