import Foundation
import Hummingbird
import HummingbirdTesting
import ReformApp
import ReformRecord
import ReformStore
import Testing

/// The forms that write, for every role, and the forged requests they refuse.
@Suite("Forms that write")
struct FormTests {
    /// A signed-in browser's update of `action`, with the base the action page shows.
    private func postUpdate(_ browser: inout Browser, _ client: any TestClientProtocol, _ action: String, _ fields: [(String, String)],
                            base: String? = nil, csrf: String? = nil) async throws -> TestResponse {
        let page = try await browser.get(client, "/actions/\(action)")
        let shownBase = page.text.range(of: #"name="base" value=""#).map { String(page.text[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        return try await browser.post(client, "/actions/\(action)/updates",
                                      [("csrf", csrf ?? Browser.csrf(in: page)), ("base", base ?? shownBase)] + fields)
    }

    private func events(_ harness: WebHarness) async throws -> [RecordedEvent] {
        try await harness.store.events()
    }

    @Test("a contributor records an update with a note on their own action, and sees it on the action, the dashboard and the log")
    func contributorRecords() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "contributor")
            let response = try await postUpdate(&browser, client, "A-KIN-POLICY", [("status", "in-progress"), ("progress", "40"), ("due", ""),
                                                                                   ("note", "Policy drafted with kinship carers")])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/actions/A-KIN-POLICY?recorded=1#record")
            let recorded = try await events(harness)
            #expect(recorded.count == 1 && recorded[0].recordedBy == "contributor" && recorded[0].progressNew == 40 && recorded[0].dueNew == nil)
            let page = try await browser.get(client, "/actions/A-KIN-POLICY?recorded=1").text
            #expect(page.contains("Update 1 was recorded.") && page.contains("Policy drafted with kinship carers"))
            #expect(try await browser.get(client, "/").text.contains("1 recorded update"))
            #expect(try await browser.get(client, "/log").text.contains("Policy drafted with kinship carers"))
            let mine = try await browser.get(client, "/my").text
            #expect(mine.contains("A-KIN-POLICY") && !mine.contains("A-NF-EMBED"))
        }
    }

    @Test("a value the CLI would refuse gets 422 and the form again with what was typed and the message; nothing is recorded")
    func invalidUpdate() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "lead")
            let response = try await postUpdate(&browser, client, "A-NF-EMBED", [("progress", "150"), ("note", "typed <note>")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(##"<a href="#progress">Progress must be from 0 to 100, not 150</a>"##), "the summary links to the field")
            #expect(response.text.contains(#"<span class="visually-hidden">Error:</span> Progress must be from 0 to 100, not 150</span>"#), "and the message is beside it")
            #expect(response.text.contains(#"value="150""#) && response.text.contains("typed &lt;note&gt;</textarea>"))
            let badDate = try await postUpdate(&browser, client, "A-NF-EMBED", [("due", "31/09/2025")])
            #expect(badDate.status == .unprocessableContent && badDate.text.contains("September 2025 has 30 days"))
            #expect(try await events(harness).isEmpty)
        }
    }

    @Test("a date in year 9999 or 0000 in a form is 422 with the message on the form, and the server goes on serving (it used to stop the process)")
    func datesThatStoppedTheServer() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            let due = try await postUpdate(&lead, client, "A-NF-EMBED", [("due", "9999/00")])
            #expect(due.status == .unprocessableContent && due.text.contains("the year 9999 is outside the years a plan may use"))
            let reports = try await lead.get(client, "/reports")
            let since = try await lead.post(client, "/reports", [("csrf", Browser.csrf(in: reports)), ("plugin", "summary"), ("since", "0000/01")])
            #expect(since.status == .unprocessableContent && since.text.contains("the year 0 is outside the years a plan may use"))
            #expect(try await lead.get(client, "/").status == .ok, "still serving")
            #expect(try await events(harness).isEmpty)
        }
    }

    @Test("an update drawn from an older page gets 409 with the newer update shown, and nothing is recorded")
    func staleBase() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var first = Browser(), second = Browser()
            _ = try await first.signIn(client, "lead")
            _ = try await second.signIn(client, "admin")
            let page = try await second.get(client, "/actions/A-NF-EMBED")
            #expect(try await postUpdate(&first, client, "A-NF-EMBED", [("progress", "20"), ("note", "first in")]).status == .seeOther)
            let late = try await second.post(client, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", ""), ("progress", "25"),
                                                                                     ("note", "second")])
            #expect(late.status == .conflict)
            #expect(late.text.contains("was <strong>not</strong> recorded") && late.text.contains("update 1 by lead") && late.text.contains("first in"))
            #expect(late.text.contains(#"name="base" value="1""#), "the form again, drawn from the newer update")
            #expect(try await events(harness).count == 1)
        }
    }

    @Test("forged updates are refused and record nothing: no token, another session's token, another owner's action, a viewer, a foreign origin")
    func forgedUpdates() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var contributor = Browser(), other = Browser(), viewer = Browser()
            _ = try await contributor.signIn(client, "contributor")
            _ = try await other.signIn(client, "lead")
            _ = try await viewer.signIn(client, "viewer")
            let othersToken = Browser.csrf(in: try await other.get(client, "/"))
            var answers: [String: HTTPResponse.Status] = [:]
            answers["no token"] = try await contributor.post(client, "/actions/A-KIN-POLICY/updates", [("base", ""), ("progress", "10")]).status
            answers["another session's token"] = try await postUpdate(&contributor, client, "A-KIN-POLICY", [("progress", "10")], csrf: othersToken).status
            answers["another owner's action"] = try await postUpdate(&contributor, client, "A-NF-EMBED", [("progress", "10")]).status
            let ownPage = try await contributor.get(client, "/actions/A-KIN-POLICY")
            answers["forged for another owner's action"] = try await contributor.post(client, "/actions/A-MSP-PLAN/updates",
                                                                                     [("csrf", Browser.csrf(in: ownPage)), ("base", ""), ("progress", "10")]).status
            answers["a viewer"] = try await postUpdate(&viewer, client, "A-KIN-POLICY", [("progress", "10")]).status
            answers["a foreign origin"] = try await contributor.post(client, "/actions/A-KIN-POLICY/updates",
                                                                    [("csrf", Browser.csrf(in: ownPage)), ("base", ""), ("progress", "10")],
                                                                    headers: [.origin: "https://evil.example"]).status
            for (what, status) in answers { #expect(status == .forbidden, "\(what): \(status)") }
            var visitor = Browser()
            answers["not signed in"] = try await visitor.post(client, "/actions/A-KIN-POLICY/updates", [("base", ""), ("progress", "10")]).status
            #expect(answers["not signed in"] == .seeOther)
            #expect(try await events(harness).isEmpty)
            #expect(!(try await contributor.get(client, "/actions/A-NF-EMBED").text.contains(#"action="/actions/A-NF-EMBED/updates""#)),
                    "no form where the person may not update")
        }
    }

    @Test("a lead voids any update, and an owner their own the same day, with a reason; the void is appended and the update shows voided")
    func voiding() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var contributor = Browser(), lead = Browser()
            _ = try await contributor.signIn(client, "contributor")
            _ = try await lead.signIn(client, "lead")
            #expect(try await postUpdate(&lead, client, "A-KIN-POLICY", [("progress", "10"), ("note", "wrong action")]).status == .seeOther)
            let contributorsPage = try await contributor.get(client, "/actions/A-KIN-POLICY")
            #expect(!contributorsPage.text.contains("/updates/1/void"))
            #expect(try await contributor.post(client, "/updates/1/void", [("csrf", Browser.csrf(in: contributorsPage)), ("reason", "x")]).status == .forbidden)
            let page = try await lead.get(client, "/actions/A-KIN-POLICY")
            #expect(try await lead.post(client, "/updates/1/void", [("csrf", Browser.csrf(in: page)), ("reason", " ")]).status == .unprocessableContent)
            #expect(try await lead.post(client, "/updates/9/void", [("csrf", Browser.csrf(in: page)), ("reason", "typo")]).status == .notFound)
            let void = try await lead.post(client, "/updates/1/void", [("csrf", Browser.csrf(in: page)), ("reason", "typed against the wrong action")])
            #expect(void.status == .seeOther && void.headers[.location] == "/actions/A-KIN-POLICY#updates")
            let recorded = try await events(harness)
            #expect(recorded.count == 2 && recorded[1].voids == 1 && recorded[1].recordedBy == "lead")
            #expect(try await lead.get(client, "/actions/A-KIN-POLICY").text.contains("typed against the wrong action"))
            #expect(try await lead.post(client, "/updates/1/void", [("csrf", Browser.csrf(in: page)), ("reason", "again")]).status == .unprocessableContent)
            // The owner's own slip, the same day: theirs to void.
            #expect(try await postUpdate(&contributor, client, "A-KIN-POLICY", [("progress", "15")]).status == .seeOther)
            let ownPage = try await contributor.get(client, "/actions/A-KIN-POLICY")
            #expect(ownPage.text.contains("/updates/3/void") && !ownPage.text.contains("/updates/1/void"))
            let own = try await contributor.post(client, "/updates/3/void", [("csrf", Browser.csrf(in: ownPage)), ("reason", "meant 51")])
            #expect(own.status == .seeOther)
            #expect(try await events(harness).last?.voids == 3)
        }
    }

    @Test("a lead corrects an update: it is voided and recorded again with the change and the reason; a contributor gets 403 for another's")
    func correcting() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var contributor = Browser(), lead = Browser()
            _ = try await contributor.signIn(client, "contributor")
            _ = try await lead.signIn(client, "lead")
            #expect(try await postUpdate(&lead, client, "A-KIN-POLICY", [("progress", "45"), ("note", "DMT agreed")]).status == .seeOther)
            #expect(try await contributor.get(client, "/updates/1/correct").status == .forbidden)
            let form = try await lead.get(client, "/updates/1/correct")
            #expect(form.status == .ok && form.text.contains(#"value="45""#) && form.text.contains("DMT agreed</textarea>"))
            let unchanged = try await lead.post(client, "/updates/1/correct", [("csrf", Browser.csrf(in: form, action: "/updates/1/correct")), ("progress", "45"),
                                                                              ("note", "DMT agreed"), ("reason", "no change")])
            #expect(unchanged.status == .unprocessableContent && unchanged.text.contains("Give at least one corrected value"))
            let corrected = try await lead.post(client, "/updates/1/correct", [("csrf", Browser.csrf(in: form, action: "/updates/1/correct")), ("progress", "25"),
                                                                              ("note", "DMT agreed"), ("reason", "DMT said 25")])
            #expect(corrected.status == .seeOther, "\(corrected.text.components(separatedBy: "role=\"alert\">").dropFirst().first?.prefix(300) ?? "")")
            let recorded = try await events(harness)
            #expect(recorded.count == 3 && recorded[1].voids == 1 && recorded[2].progressNew == 25 && recorded[2].note == "DMT agreed")
            #expect(recorded[2].reason == "correction of event 1 by lead: DMT said 25")
        }
    }

    @Test("an admin adds a user and changes one; others get 403; a bad password is 422 with what was typed")
    func managingUsers() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var admin = Browser(), lead = Browser()
            _ = try await admin.signIn(client, "admin")
            _ = try await lead.signIn(client, "lead")
            let page = try await admin.get(client, "/admin/users")
            let csrf = Browser.csrf(in: page, action: "/admin/users")
            let added = try await admin.post(client, "/admin/users", [("csrf", csrf), ("username", "zoe"), ("role", "contributor"),
                                                                     ("owners[]", "Head of Service Provider Services"), ("owners[]", "Manchester Safeguarding Partnership (MSP)"), ("password", WebHarness.password)])
            #expect(added.status == .seeOther)
            let zoe = try #require(try await harness.store.user(named: "zoe"))
            #expect(zoe.role == .contributor && zoe.owners == ["Head of Service Provider Services", "Manchester Safeguarding Partnership (MSP)"])
            #expect(zoe.passwordHash.hasPrefix("$2b$12$") && !zoe.passwordHash.contains(WebHarness.password), "kept only as a bcrypt hash of cost 12")
            let short = try await admin.post(client, "/admin/users", [("csrf", csrf), ("username", "yan"), ("role", "viewer"), ("password", "short")])
            #expect(short.status == .unprocessableContent && short.text.contains("at least 12 characters") && short.text.contains(#"value="yan""#))
            let changed = try await admin.post(client, "/admin/users/zoe", [("csrf", csrf), ("role", "lead"), ("state", "disabled")])
            #expect(changed.status == .seeOther)
            let after = try #require(try await harness.store.user(named: "zoe"))
            #expect(after.role == .lead && after.disabled && after.owners.isEmpty)
            // A multi-owner row saved as it is changes nothing (its owners were once stored as one string with a line break in it).
            let priya = try await admin.post(client, "/admin/users", [("csrf", csrf), ("username", "priya"), ("role", "contributor"),
                                                                     ("owners[]", "Head of Service Provider Services"),
                                                                     ("owners[]", "Manchester Safeguarding Partnership (MSP)"), ("password", WebHarness.password)])
            #expect(priya.status == .seeOther)
            let before = try #require(try await harness.store.user(named: "priya"))
            let saved = try await admin.post(client, "/admin/users/priya", [("csrf", csrf), ("role", "contributor"),
                                                                          ("owners[]", "Head of Service Provider Services"),
                                                                          ("owners[]", "Manchester Safeguarding Partnership (MSP)"), ("state", "active")])
            #expect(saved.headers[.location]?.hasPrefix("/admin/users?unchanged=") == true)
            #expect(try await harness.store.user(named: "priya") == before)
            let typo = try await admin.post(client, "/admin/users/priya", [("csrf", csrf), ("role", "contributor"), ("owners[]", "Head of Service Provider Service"),
                                                                         ("state", "active")])
            #expect(typo.status == .unprocessableContent && typo.text.contains("did you mean &#39;Head of Service Provider Services&#39;?"))
            let own = try await admin.post(client, "/admin/users/admin", [("csrf", csrf), ("role", "viewer"), ("state", "active")])
            #expect(own.status == .unprocessableContent)
            let leadsPage = try await lead.get(client, "/")
            #expect(try await lead.post(client, "/admin/users", [("csrf", Browser.csrf(in: leadsPage)), ("username", "x"), ("role", "admin"),
                                                                ("password", WebHarness.password)]).status == .forbidden)
            #expect(try await harness.store.user(named: "x") == nil)
        }
    }

    @Test("adding a user whose name is taken in another letter case is 422 with the message on the form (it was 503), and a weak password is 422")
    func takenNameAndWeakPassword() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var admin = Browser()
            _ = try await admin.signIn(client, "admin")
            let page = try await admin.get(client, "/admin/users")
            let csrf = Browser.csrf(in: page, action: "/admin/users")
            let taken = try await admin.post(client, "/admin/users", [("csrf", csrf), ("username", "LEAD"), ("role", "viewer"),
                                                                     ("password", WebHarness.password)])
            #expect(taken.status == .unprocessableContent && taken.text.contains("There is already a user &#39;lead&#39;"))
            let weak = try await admin.post(client, "/admin/users", [("csrf", csrf), ("username", "yan"), ("role", "viewer"),
                                                                    ("password", "password1234")])
            #expect(weak.status == .unprocessableContent && weak.text.contains("one people choose most"))
            #expect(try await harness.store.users().count == Role.allCases.count)
        }
    }

    @Test("a lead records a committee response; the monitor shows it and the audit log lists it; others get 403")
    func committeeResponse() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser(), contributor = Browser()
            _ = try await lead.signIn(client, "lead")
            _ = try await contributor.signIn(client, "contributor")
            let page = try await lead.get(client, "/committee")
            #expect(page.text.contains(#"action="/committee/CYPSC/stable-homes-update/resolutions/1/responses""#))
            let sent = try await lead.post(client, "/committee/CYPSC/stable-homes-update/resolutions/1/responses", [("csrf", Browser.csrf(in: page)),
                                                                                         ("response", "Workforce report scheduled for <March>"), ("status", "in-progress")])
            #expect(sent.status == .seeOther)
            let monitor = try await lead.get(client, "/committee").text
            #expect(monitor.contains("Workforce report scheduled for &lt;March&gt;") && monitor.contains("(in-progress; 2024-09-15, lead)"))
            #expect(try await lead.get(client, "/log").text.contains("Workforce report scheduled for &lt;March&gt;"))
            let json = try await lead.get(client, "/committee", json: true).text
            #expect(json.contains("\"status\" : \"in-progress\""))
            let bad = try await lead.post(client, "/committee/CYPSC/stable-homes-update/resolutions/1/responses", [("csrf", Browser.csrf(in: page)), ("response", "x"), ("status", "done")])
            #expect(bad.status == .unprocessableContent && bad.text.contains("&#39;done&#39; is not a status"))
            #expect(try await lead.post(client, "/committee/CYPSC/stable-homes-update/resolutions/99/responses", [("csrf", Browser.csrf(in: page)), ("response", "x"),
                                                                                      ("status", "open")]).status == .notFound)
            let theirs = try await contributor.get(client, "/committee")
            #expect(!theirs.text.contains("/responses\""))
            #expect(try await contributor.post(client, "/committee/CYPSC/stable-homes-update/resolutions/1/responses", [("csrf", Browser.csrf(in: theirs)), ("response", "x"),
                                                                                            ("status", "open")]).status == .forbidden)
            #expect(try await harness.store.committeeResponses().count == 1)
        }
    }

    @Test("a response to resolution 1 of the June 2025 meeting, sent from the monitor, is on that meeting's resolution 1 only; a lead voids one sent in error")
    func responsesNameTheirMeeting() async throws {
        let harness = try await WebHarness.make(programme: """
        format: reform-programme/1
        programme: {id: t, title: T, organisation: Manchester City Council}
        pillars:
          - {id: P1, title: One}
        actions:
          - {id: A1, title: First, pillar: P1, start: 2024-01-01, due: 2026-12-31}
        committees:
          - id: CYPSC
            name: Children and Young People Scrutiny Committee
            meetings:
              - {id: july-2024, date: July 2024, resolutions: [{id: "1", text: To note the report, status: open}]}
              - {id: june-2025, date: June 2025, resolutions: [{id: "1", text: To receive a further report, status: open}]}
        """)
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            let page = try await lead.get(client, "/committee")
            #expect(page.text.contains(#"action="/committee/CYPSC/june-2025/resolutions/1/responses""#))
            let sent = try await lead.post(client, "/committee/CYPSC/june-2025/resolutions/1/responses", [("csrf", Browser.csrf(in: page)),
                                                                                                          ("response", "Further report in March"), ("status", "in-progress")])
            #expect(sent.status == .seeOther)
            let json = try JSONSerialization.jsonObject(with: Data(try await lead.get(client, "/committee", json: true).text.utf8)) as? [[String: Any]]
            let meetings = (json?.first?["meetings"] as? [[String: Any]]) ?? []
            let responses = meetings.map { (($0["resolutions"] as? [[String: Any]])?.first?["response"] as? String) ?? "none" }
            #expect(responses == ["none", "Further report in March"], "July 2024's resolution 1 is untouched")
            let monitor = try await lead.get(client, "/committee")
            let id = try #require(try await harness.store.committeeResponses().first?.id)
            let voided = try await lead.post(client, "/committee/responses/\(id)/void", [("csrf", Browser.csrf(in: monitor, action: "/committee/responses/\(id)/void")),
                                                                                         ("reason", "meant for another meeting")])
            #expect(voided.status == .seeOther)
            #expect(try await lead.get(client, "/committee").text.contains("No response recorded"))
            #expect(try await lead.get(client, "/log").text.contains("Voided: meant for another meeting"))
        }
    }

    @Test("a lead runs the committee update as a Word document; it is kept with its run and anyone signed in downloads it")
    func reportRun() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser(), viewer = Browser()
            _ = try await lead.signIn(client, "lead")
            _ = try await viewer.signIn(client, "viewer")
            let page = try await lead.get(client, "/reports")
            #expect(page.text.contains(#"<option value="committee-update" selected>"#), "the committee update, the main job, is chosen first")
            let ran = try await lead.post(client, "/reports", [("csrf", Browser.csrf(in: page)), ("plugin", "committee-update"), ("format", "docx"), ("since", "last")])
            #expect(ran.status == .seeOther, "\(ran.text)")
            let runs = try await harness.store.reportRuns()
            try #require(runs.count == 1, "the run is kept")
            #expect(runs[0].runBy == "lead" && runs[0].format == "docx")
            let download = try await viewer.get(client, "/reports/\(try #require(runs[0].id))")
            #expect(download.status == .ok)
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"committee-update-2024-09-15.docx\"")
            #expect(Array(download.body.readableBytesView.prefix(2)) == [0x50, 0x4B], "a ZIP package, as a .docx is")
            let theirs = try await viewer.get(client, "/reports")
            #expect(!theirs.text.contains(#"action="/reports""#))
            #expect(try await viewer.post(client, "/reports", [("csrf", Browser.csrf(in: theirs)), ("plugin", "summary")]).status == .forbidden)
            #expect(try await viewer.get(client, "/reports/99").status == .notFound)
        }
    }

    @Test("the reports page offers PDF, made by LibreOffice from the Word document, and the run keeps the PDF",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") || ProcessInfo.processInfo.environment["CI"] == "true"))
    func pdfRun() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            let page = try await lead.get(client, "/reports")
            #expect(page.text.contains(#"<option value="pdf">pdf (from the Word document)</option>"#))
            let ran = try await lead.post(client, "/reports", [("csrf", Browser.csrf(in: page)), ("plugin", "committee-update"), ("format", "pdf"), ("since", "")])
            #expect(ran.status == .seeOther, "\(ran.text.prefix(300))")
            let run = try #require(try await harness.store.reportRuns().last)
            #expect(run.format == "pdf")
            let download = try await lead.get(client, "/reports/\(run.id!)")
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"committee-update-2024-09-15.pdf\"")
            #expect(Array(download.body.readableBytesView.prefix(4)) == Array("%PDF".utf8))
        }
    }

    @Test("a lead's trial run is a draft: the dashboard keeps counting from the committee update issued, until a run is marked issued or discarded")
    func draftRunLeavesTheLastReport() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            // The committee update issued a month ago, from the command line.
            try await harness.store.record(ReportRun(plugin: "committee-update", pluginVersion: "1.0.0", format: "docx", asOf: "2024-08-15", since: nil,
                                                     generatedAt: "2024-08-15T09:00:00Z", outputSHA256: "ab", outputBytes: 1, outputPath: "august.docx",
                                                     actions: "{}"), issuedBy: "clerk")
            #expect(try await postUpdate(&lead, client, "A-NF-EMBED", [("progress", "45")]).status == .seeOther)
            var page = try await lead.get(client, "/reports")
            let trial = try await lead.post(client, "/reports", [("csrf", Browser.csrf(in: page)), ("plugin", "committee-update"), ("format", "markdown"), ("since", "")])
            #expect(trial.status == .seeOther)
            let dashboard = try await lead.get(client, "/")
            #expect(dashboard.text.contains("Since the committee update as at 15 August 2024"))
            #expect(!dashboard.text.contains("No progress has been recorded since then."), "the update after the issued run still counts")
            page = try await lead.get(client, "/reports")
            #expect(page.text.contains("Draft") && page.text.contains("Issued to the committee"))
            let runs = try await harness.store.reportRuns()
            #expect(runs.map(\.state) == [.draft, .issued])
            let discard = try await lead.post(client, "/reports/\(runs[0].id!)/decision", [("csrf", Browser.csrf(in: page)), ("outcome", "discarded"), ("reason", "")])
            #expect(discard.status == .seeOther)
            let refused = try await lead.post(client, "/reports/\(runs[1].id!)/decision", [("csrf", Browser.csrf(in: page)), ("outcome", "discarded"), ("reason", "")])
            #expect(refused.status == .unprocessableContent && refused.text.contains("give the reason for discarding it"))
            #expect(try await harness.store.reportRuns().map(\.state) == [.discarded, .issued])
        }
    }

    @Test("an officer runs the committee update from the form with what the command line takes (as at, since an issued run, meeting, item, narrative), but voids nothing")
    func officerRunsTheCommitteeUpdate() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var officer = Browser()
            _ = try await officer.signIn(client, "officer")
            try await harness.store.record(ReportRun(plugin: "committee-update", pluginVersion: "1.0.0", format: "docx", asOf: "2024-07-01", since: nil,
                                                     generatedAt: "2024-07-01T09:00:00Z", outputSHA256: "ab", outputBytes: 1, outputPath: "july.docx",
                                                     actions: "{}"), issuedBy: "clerk")
            let page = try await officer.get(client, "/reports")
            #expect(page.text.contains(#"name="option[committee-update][narrative]""#) && page.text.contains(#"<option value="run:1">"#))
            #expect(!page.text.contains("option[committee-update][template]"), "a file on the server is not the browser's to name")
            let narrative = "The service met its September milestone.\r\n\r\nTwo risks need the committee's attention."
            let ran = try await officer.post(client, "/reports", [
                ("csrf", Browser.csrf(in: page)), ("plugin", "committee-update"), ("format", "markdown"), ("since", "run:1"), ("as_of", "2024-09-01"),
                ("option[committee-update][meeting]", "12 September 2024"), ("option[committee-update][item]", "7"),
                ("option[committee-update][narrative]", narrative), ("option[summary][title]", "ignored: another report's option"), ("issue", "yes"),
            ])
            #expect(ran.status == .seeOther, "\(ran.text.prefix(2000))")
            let run = try #require(try await harness.store.reportRuns().first)
            #expect(run.runBy == "officer" && run.state == .issued && run.asOf == "2024-09-01" && run.since == "2024-07-01")
            let document = try await officer.get(client, "/reports/\(run.id!)")
            #expect(document.text.contains("The service met its September milestone.\n\nTwo risks need the committee's attention."))
            #expect(document.text.contains("12 September 2024"))
            let refused = try await officer.post(client, "/reports", [("csrf", Browser.csrf(in: page)), ("plugin", "committee-update"), ("format", "markdown"),
                                                                      ("since", "last"), ("as_of", "Sprng 2024")])
            #expect(refused.status == .unprocessableContent && refused.text.contains("did you mean") && refused.text.contains("Spring 2024"))
            #expect(refused.text.contains(#"value="Sprng 2024""#) && refused.text.contains(##"href="#as_of""##), "what was typed is kept, and the summary links to the field")
            #expect(try await officer.get(client, "/updates/1/correct").status == .forbidden)
            #expect(try await officer.get(client, "/my").status == .forbidden)
        }
    }

    @Test("hostile input is stored exactly and shown escaped; too large is 413, malformed is 400, and the server goes on serving")
    func hostileInput() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            let hostile = "<img src=x onerror=alert(1)> \"quotes\" 'single' \u{7}\u{1b}[31m\n" + String(repeating: "é<b>", count: 4_980)
            #expect(hostile.count <= FreeTextLimit.maximumCharacters && hostile.count > FreeTextLimit.maximumCharacters - 100, "as long as a note may be")
            #expect(try await postUpdate(&lead, client, "A-NF-EMBED", [("note", hostile)]).status == .seeOther)
            #expect(try await events(harness).first?.note == hostile, "stored exactly")
            let page = try await lead.get(client, "/actions/A-NF-EMBED").text
            #expect(!page.contains("<img src=x") && page.contains("&lt;img src=x onerror=alert(1)&gt;"))
            let huge = "csrf=x&note=" + String(repeating: "a", count: 600_000)
            let tooLarge = try await client.execute(uri: "/actions/A-NF-EMBED/updates", method: .post,
                                                   headers: lead.headers([.contentType: "application/x-www-form-urlencoded"]), body: ByteBuffer(string: huge))
            #expect(tooLarge.status == .contentTooLarge)
            let malformed = try await client.execute(uri: "/actions/A-NF-EMBED/updates", method: .post,
                                                    headers: lead.headers([.contentType: "application/x-www-form-urlencoded"]), body: ByteBuffer(string: "csrf=%ZZ&note=%"))
            #expect(malformed.status == .badRequest)
            #expect(try await lead.get(client, "/").status == .ok, "still serving")
            #expect(try await events(harness).count == 1)
        }
    }
}
