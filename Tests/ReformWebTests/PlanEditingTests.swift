import Foundation
import HummingbirdTesting
import ReformApp
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// A programme manager carries the plan forward in the browser: every change is a revision of
/// the plan in the record, with who, when and why; only the lines of the item changed differ.
@Suite("Changing the plan in the browser", .dropsTestDatabases)
struct PlanEditingTests {
    /// Draws the form at `path` and posts `fields` to `action` with its token and base.
    private func change(_ browser: inout Browser, _ client: any TestClientProtocol, form path: String, to action: String,
                        _ fields: [(String, String)]) async throws -> TestResponse {
        let form = try await browser.get(client, path)
        #expect(form.status == .ok, "\(path): \(form.text.prefix(300))")
        return try await browser.post(client, action, [("csrf", Browser.csrf(in: form, action: action)), ("base", Self.base(in: form))] + fields)
    }

    /// The revision a form was drawn from.
    static func base(in response: TestResponse) -> String {
        let page = response.text
        guard let range = page.range(of: #"name="base" value=""#) else { return "" }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    private func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    @Test("rescheduling, adding, retiring, reassigning and costing through the forms: five revisions with their reasons, only their lines changed, the past reproduced")
    func carryingThePlanForward() async throws {
        let harness = try await WebHarness.make()
        let original = try String(contentsOfFile: harness.workspace.programmeFile, encoding: .utf8)
        let before = try await ShowStatus(asOf: CalendarDay(year: 2024, month: 9, day: 14)!).run(programme: harness.programme, record: harness.commandLineRecord)
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")

            let rescheduled = try await change(&lead, client, form: "/actions/A-NF-EMBED/edit", to: "/actions/A-NF-EMBED/edit",
                                               [("title", "Pilot and embed the National Framework in the design and delivery of services"),
                                                ("due", "March 2027"), ("reason", "The Families First programme gives two more years to embed the framework")])
            #expect(rescheduled.status == .seeOther, "\(rescheduled.text.prefix(500))")
            #expect(rescheduled.headers[.location] == "/actions/A-NF-EMBED?revised=2")
            // The committee approved the plan as it was: revision 1 is the baseline.
            _ = try await MarkBaseline(revision: 1, name: "approved by committee, January 2024")
                .run(record: harness.commandLineRecord, moment: harness.moment, person: .commandLine(name: "programme manager"))

            let added = try await change(&lead, client, form: "/actions/new", to: "/actions", [
                ("id", "A-FFP-HUBS"), ("title", "Open Family Help hubs in every locality"), ("pillar", "P1"), ("policy", "NF"),
                ("owner", "Head of Early Help"), ("due", "March 2027"), ("reason", "Families First Partnership: Family Help hubs"),
            ])
            #expect(added.status == .seeOther, "\(added.text.prefix(500))")
            let retired = try await change(&lead, client, form: "/actions/A-IND-ORANGE/edit", to: "/actions/A-IND-ORANGE/edit",
                                           [("status", "cancelled"), ("reason", "Superseded by the national data return")])
            #expect(retired.status == .seeOther)
            let reassigned = try await change(&lead, client, form: "/actions/A-PARTNER-DATA/edit", to: "/actions/A-PARTNER-DATA/edit",
                                              [("owner", "Head of Performance and Intelligence"), ("reason", "Data lead named")])
            #expect(reassigned.status == .seeOther)
            let costed = try await change(&lead, client, form: "/burdens/B-VSH/edit", to: "/burdens/B-VSH/edit", [
                ("year0", "2024/25"), ("unknown0", "yes"), ("year1", "2025/26"), ("recurrent1", "£120,000"), ("reason", "Costed by finance"),
            ])
            #expect(costed.status == .seeOther, "\(costed.text.prefix(500))")

            // The plan's page says who changed what, and why.
            let plan = try await lead.get(client, "/plan")
            #expect(plan.text.contains("The Families First programme gives two more years to embed the framework"))
            #expect(plan.text.contains("A-NF-EMBED rescheduled from December 2025 to March 2027"))
            #expect(plan.text.contains("Baseline: approved by committee, January 2024"))
            let revision = try await lead.get(client, "/plan/revisions/6")
            #expect(revision.status == .ok && revision.text.contains("burden B-VSH costed (2025/26: none to £120,000 recurrent)"))
            // The action's page says where it stood in the baseline, who moved it and why.
            let page = try await lead.get(client, "/actions/A-NF-EMBED")
            #expect(page.text.contains("rescheduled from December 2025 (baseline &#8216;approved by committee, January 2024&#8217;)")
                    || page.text.contains("rescheduled from December 2025 (baseline &#39;approved by committee, January 2024&#39;)")
                    || page.text.contains("rescheduled from December 2025 (baseline 'approved by committee, January 2024')"), "\(page.text)")

            // The committee update issued from the browser shows the baseline and current dates with the reason.
            let reports = try await lead.get(client, "/reports")
            let ran = try await lead.post(client, "/reports", [("csrf", Browser.csrf(in: reports)), ("plugin", "committee-update"), ("format", "markdown"),
                                                                ("since", "2024-09-01")])
            #expect(ran.status == .seeOther, "\(ran.text.prefix(300))")
            let run = try #require(try await harness.store.reportRuns().last)
            #expect(run.planRevision == 6, "the run keeps the revision it was made from")
            let paper = try await lead.get(client, "/reports/\(run.id!)").text
            #expect(paper.contains("Dates moved from the baseline “approved by committee, January 2024”"))
            #expect(paper.contains("| A-NF-EMBED: Pilot and embed the National Framework in the design and delivery of services | December 2025 | March 2027 |"))
            #expect(paper.contains("The Families First programme gives two more years to embed the framework"))
            #expect(paper.contains("A-FFP-HUBS added: Open Family Help hubs in every locality"), "plan changes beside progress")
        }

        let record = harness.commandLineRecord
        let log = try await ListPlanRevisions().run(record: record)
        #expect(log.map(\.revision.reason) == ["Costed by finance", "Data lead named", "Superseded by the national data return",
                                               "Families First Partnership: Family Help hubs", "The Families First programme gives two more years to embed the framework",
                                               "the plan as it stood in its file, kept before the first change made in the browser"])
        #expect(log.allSatisfy { $0.revision.recordedBy == "lead" })

        // The latest revision differs from the file only in the lines of the five items changed.
        let pulled = harness.folder.appendingPathComponent("pulled.yaml").path
        _ = try await PullPlan(file: pulled).run(record: record)
        let now = try String(contentsOfFile: pulled, encoding: .utf8)
        let difference = lines(now).difference(from: lines(original))
        let removed = difference.removals.map { if case .remove(_, let line, _) = $0 { return line }; return "" }
        let inserted = difference.insertions.map { if case .insert(_, let line, _) = $0 { return line }; return "" }
        #expect(removed == [], "every change adds or replaces lines of its own item: \(removed)")
        #expect(inserted == ["    due: March 2027", "    status: cancelled", "    owner: Head of Performance and Intelligence",
                             "  - id: A-FFP-HUBS", "    title: Open Family Help hubs in every locality", "    pillar: P1", "    policy: NF",
                             "    owner: Head of Early Help", "    due: March 2027", "      - year: 2025/26", "        amount: 120000", "        recurrent: true"])

        // A day before the first edit, status is what it was before any edit.
        let source = RecordedPlan(file: harness.workspace.programmeFile, record: record)
        let after = try await ShowStatus(asOf: CalendarDay(year: 2024, month: 9, day: 14)!).run(programme: source, record: record)
        #expect(try JSONOutputText.data(after.actions) == JSONOutputText.data(before.actions))
        #expect(try JSONOutputText.data(after.pillars) == JSONOutputText.data(before.pillars))
        let today = try await ShowStatus(asOf: CalendarDay(year: 2024, month: 9, day: 16)!).run(programme: source, record: record)
        #expect(today.actions.contains { $0.id == "A-FFP-HUBS" } && today.planRevision == 6)
    }

    @Test("two leads edit the same action from forms drawn at one revision, on two servers: one is saved, the other gets 409 with the first's change and keeps what was typed",
          arguments: StoreKind.all)
    func sameActionTwice(kind: StoreKind) async throws {
        let record = try await WebHarness.sharedRecord(kind)
        let first = try await WebHarness.make(record: record)
        let second = try await WebHarness.make(record: record, addUsers: false)
        try await first.test { one in
            try await second.test { other in
                var lead = Browser(), admin = Browser()
                _ = try await lead.signIn(one, "lead")
                _ = try await admin.signIn(other, "admin")
                let leadsForm = try await lead.get(one, "/actions/A-NF-EMBED/edit")
                let adminsForm = try await admin.get(other, "/actions/A-NF-EMBED/edit")
                let othersForm = try await admin.get(other, "/actions/A-PARTNER-DATA/edit")
                let saved = try await lead.post(one, "/actions/A-NF-EMBED/edit", [("csrf", Browser.csrf(in: leadsForm, action: "/actions/A-NF-EMBED/edit")),
                                                                                  ("base", Self.base(in: leadsForm)), ("due", "March 2027"), ("reason", "first in")])
                #expect(saved.status == .seeOther)
                let late = try await admin.post(other, "/actions/A-NF-EMBED/edit", [("csrf", Browser.csrf(in: adminsForm, action: "/actions/A-NF-EMBED/edit")),
                                                                                    ("base", Self.base(in: adminsForm)), ("due", "June 2027"), ("reason", "second")])
                #expect(late.status == .conflict)
                #expect(late.text.contains("first in") && late.text.contains("A-NF-EMBED rescheduled from December 2025 to March 2027"))
                #expect(late.text.contains(#"value="June 2027""#), "the form keeps what was typed")
                // A form drawn at the same revision for another action is applied to the latest.
                let other = try await admin.post(other, "/actions/A-PARTNER-DATA/edit", [("csrf", Browser.csrf(in: othersForm, action: "/actions/A-PARTNER-DATA/edit")),
                                                                                         ("base", Self.base(in: othersForm)), ("owner", "Head of Data"), ("reason", "owner named")])
                #expect(other.status == .seeOther, "\(other.text.prefix(400))")
                let log = try await ListPlanRevisions().run(record: first.commandLineRecord)
                #expect(log.map(\.revision.reason).prefix(2) == ["owner named", "first in"])
                // What one server published, the other serves within a second.
                try await Task.sleep(for: .milliseconds(Int(LiveProgramme.recordCheckInterval * 1000) + 100))
                let seen = try await lead.get(one, "/actions/A-PARTNER-DATA")
                #expect(seen.text.contains("Head of Data"))
                let latest = try #require(try await first.store.latestRevision())
                let text = String(decoding: latest.text, as: UTF8.self)
                #expect(text.contains("    due: March 2027") && text.contains("    owner: Head of Data") && !text.contains("June 2027"))
            }
        }
    }

    @Test("a revision published from the command line is what the server serves within a second, whatever the file on its disk says")
    func publishedFromTheCommandLine() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var viewer = Browser()
            _ = try await viewer.signIn(client, "viewer")
            #expect(try await viewer.get(client, "/actions/A-NF-EMBED").text.contains("December 2025"))
            let draft = harness.folder.appendingPathComponent("draft.yaml").path
            let text = try String(contentsOfFile: harness.workspace.programmeFile, encoding: .utf8)
            try text.replacingOccurrences(of: "    milestone: M-NF-EMBEDDED\n", with: "    milestone: M-NF-EMBEDDED\n    due: March 2027\n")
                .write(toFile: draft, atomically: true, encoding: .utf8)
            _ = try await PublishPlan(file: draft, reason: "two more years").run(record: harness.commandLineRecord, moment: harness.moment,
                                                                                  person: .commandLine(name: "programme manager"))
            try await Task.sleep(for: .milliseconds(Int(LiveProgramme.recordCheckInterval * 1000) + 100))
            let page = try await viewer.get(client, "/actions/A-NF-EMBED")
            #expect(page.text.contains("<dd>March 2027</dd>"), "the server's own programme.yaml still says December 2025")
            let plan = try await viewer.get(client, "/plan")
            #expect(plan.text.contains("every server serves revision 1") && plan.text.contains("two more years"))
        }
    }

    @Test("a change the plan would refuse comes back as 422 with the message on its field, and nothing is stored; others may not change the plan")
    func refusedAndForbidden() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser(), contributor = Browser(), officer = Browser()
            _ = try await lead.signIn(client, "lead")
            let bad = try await change(&lead, client, form: "/actions/A-NF-EMBED/edit", to: "/actions/A-NF-EMBED/edit", [("due", "Smarch 2027"), ("reason", "typo")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#"id="due-error""#) && bad.text.contains("Smarch 2027"))
            let early = try await change(&lead, client, form: "/actions/A-NF-EMBED/edit", to: "/actions/A-NF-EMBED/edit",
                                         [("start", "June 2027"), ("due", "March 2027"), ("reason", "dates the wrong way round")])
            #expect(early.status == .unprocessableContent, "\(early.text.prefix(300))")
            #expect(early.text.contains(#"id="due-error""#) && early.text.contains("before the action starts"))
            let noReason = try await change(&lead, client, form: "/actions/A-NF-EMBED/edit", to: "/actions/A-NF-EMBED/edit", [("due", "March 2027")])
            #expect(noReason.status == .unprocessableContent && noReason.text.contains(#"id="reason-error""#))
            let taken = try await change(&lead, client, form: "/actions/new", to: "/actions", [("id", "A-NF-EMBED"), ("title", "Again"), ("pillar", "P1"), ("reason", "x")])
            #expect(taken.status == .unprocessableContent && taken.text.contains(#"id="id-error""#))
            let unknown = try await change(&lead, client, form: "/burdens/B-VSH/edit", to: "/burdens/B-VSH/edit", [("year0", "2025/26"), ("one_off0", "lots"), ("reason", "x")])
            #expect(unknown.status == .unprocessableContent && unknown.text.contains(#"id="cost-error""#))
            let kept = try await harness.store.revisionLog().count
            #expect(kept <= 1, "nothing but the file kept as the first revision")

            _ = try await contributor.signIn(client, "contributor")
            _ = try await officer.signIn(client, "officer")
            for path in ["/actions/new", "/actions/A-NF-EMBED/edit", "/burdens/B-VSH/edit"] {
                #expect(try await contributor.get(client, path).status == .forbidden)
                #expect(try await officer.get(client, path).status == .forbidden)
            }
            let page = try await contributor.get(client, "/actions/A-NF-EMBED")
            #expect(!page.text.contains("/actions/A-NF-EMBED/edit"), "the form's link is only shown to those who may use it")
        }
    }
}
