import Foundation
import Hummingbird
import HummingbirdTesting
import ReformApp
import ReformModel
import ReformRecord
import ReformStore
import Testing

/// What the pages say: the same figures as the CLI, values escaped, and the analysis computed
/// once per change.
@Suite("Page content")
struct PageContentTests {
    /// Records an update through the same use case as `reform update`.
    private func record(_ harness: WebHarness, _ action: String, progress: Int, note: String) async throws {
        let request = UpdateRequest(action: action, status: "in-progress", progress: "\(progress)", note: note, by: "Head of Service", at: "2024-09-01")
        _ = try await RecordUpdate(request).run(programme: harness.programme, record: harness.commandLineRecord, moment: harness.moment,
                                                person: .commandLine(name: "Head of Service"))
    }

    @Test("a page's JSON is what the matching --json command prints for the same day")
    func jsonAgreesWithTheCLI() async throws {
        let harness = try await WebHarness.make()
        try await record(harness, "A-NF-EMBED", progress: 30, note: "Discussed at DMT")
        let (programme, record) = (harness.programme, harness.commandLineRecord)
        let status = try JSONOutputText.data(try await ShowStatus(asOf: WebHarness.day).run(programme: programme, record: record))
        let deadlines = try JSONOutputText.data(try await ListDeadlines(asOf: WebHarness.day).run(programme: programme, record: record))
        let funding = try JSONOutputText.data(try await ShowFunding(asOf: WebHarness.day).run(programme: programme, record: record).funding)
        let explained = try JSONOutputText.data(try await ExplainAction(action: "A-NF-EMBED", asOf: WebHarness.day).run(programme: programme, record: record).assessment)
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "viewer")
            #expect(try await browser.get(client, "/", json: true).text == String(decoding: status, as: UTF8.self))
            #expect(try await browser.get(client, "/deadlines", json: true).text == String(decoding: deadlines, as: UTF8.self))
            #expect(try await browser.get(client, "/funding", json: true).text == String(decoding: funding, as: UTF8.self))
            #expect(try await browser.get(client, "/actions/A-NF-EMBED", json: true).text == String(decoding: explained, as: UTF8.self))
        }
    }

    @Test("the dashboard shows the pillars, the statutory deadlines with days left, and the funding gap")
    func dashboard() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "viewer")
            let page = try await browser.get(client, "/").text
            for pillar in ["Family help", "Child protection", "Kinship care", "Care system", "Workforce", "Learning, evidence and data"] {
                #expect(page.contains(pillar), "\(pillar)")
            }
            #expect(page.contains(#"Working Together to Safeguard Children 2023</th><td data-label="Date">December 2024</td><td data-label="Days left">in 107 days</td>"#))
            #expect(page.contains("Burdens not yet costed</dt><dd>5</dd>"))
            #expect(page.contains("NOT RATED"), "RAG is written in words")
            #expect(page.contains("<html lang=\"en-GB\">") && page.components(separatedBy: "<h1>").count == 2, "one h1 and a language")
        }
    }

    @Test("notes and titles with markup are shown escaped, never as markup")
    func escaping() async throws {
        let harness = try await WebHarness.make()
        try await record(harness, "A-NF-EMBED", progress: 30, note: "<script>alert('x')</script> & \"quoted\"")
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "viewer")
            for path in ["/actions/A-NF-EMBED", "/log"] {
                let page = try await browser.get(client, path).text
                #expect(!page.contains("<script>"), "\(path)")
                #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"), "\(path)")
            }
        }
    }

    @Test("the analysis is computed once per change of the record or the plan, however many pages are viewed")
    func cachedAnalysis() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var browser = Browser()
            _ = try await browser.signIn(client, "lead")
            for path in ["/", "/deadlines", "/funding", "/", "/actions/A-NF-EMBED"] { _ = try await browser.get(client, path) }
            #expect(await harness.services.live.computations == 1)
            try await record(harness, "A-NF-EMBED", progress: 30, note: "recorded elsewhere")
            try await Task.sleep(for: .milliseconds(250)) // another process's write is seen within a fifth of a second
            let after = try await browser.get(client, "/actions/A-NF-EMBED").text
            #expect(after.contains("recorded elsewhere"))
            _ = try await browser.get(client, "/")
            #expect(await harness.services.live.computations == 2)
        }
    }

    @Test("a plan edited into one that does not validate keeps the last good plan, and shows its errors to leads and admins only")
    func brokenPlan() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser(), viewer = Browser()
            _ = try await lead.signIn(client, "lead")
            _ = try await viewer.signIn(client, "viewer")
            let file = harness.workspace.programmeFile
            let good = try String(contentsOfFile: file, encoding: .utf8)
            try good.replacingOccurrences(of: "pillar: P3", with: "pillar: P7").write(toFile: file, atomically: true, encoding: .utf8)
            let leadPage = try await lead.get(client, "/")
            #expect(leadPage.status == .ok && leadPage.text.contains("The plan file no longer validates"))
            #expect(leadPage.text.contains("unknown pillar &#39;P7&#39;"))
            #expect(leadPage.text.contains("Kinship care"), "the last good plan is still served")
            let viewerPage = try await viewer.get(client, "/")
            #expect(viewerPage.status == .ok && !viewerPage.text.contains("no longer validates"))
            try (good + "\n# edited\n").write(toFile: file, atomically: true, encoding: .utf8)
            #expect(!(try await lead.get(client, "/").text.contains("no longer validates")), "a good edit is served at once")
        }
    }
}
