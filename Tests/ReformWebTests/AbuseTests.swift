import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReformApp
import ReformRecord
import ReformStore
import Testing

/// What one person can do to everyone else's pages: text too long to read, a log too long to send.
@Suite("Abuse of size")
struct AbuseTests {
    @Test("a note, a void's reason or a committee response over 20,000 characters is refused with 422 naming the limit, and nothing is recorded")
    func textLongerThanTheLimit() async throws {
        let harness = try await WebHarness.make()
        let long = String(repeating: "a", count: FreeTextLimit.maximumCharacters + 1)
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            var page = try await lead.get(client, "/actions/A-NF-EMBED")
            let note = try await lead.post(client, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", ""), ("note", long)])
            #expect(note.status == .unprocessableContent && note.text.contains("The note is 20001 characters long; a note may have at most 20000"))
            let fits = String(repeating: "é", count: FreeTextLimit.maximumCharacters)
            #expect(try await lead.post(client, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", ""),
                                                                              ("note", fits)]).status == .seeOther, "20,000 characters fit")
            page = try await lead.get(client, "/actions/A-NF-EMBED")
            let reason = try await lead.post(client, "/updates/1/void", [("csrf", Browser.csrf(in: page)), ("reason", long)])
            #expect(reason.status == .unprocessableContent && reason.text.contains("a reason may have at most 20000"))
            let committee = try await lead.get(client, "/committee")
            let response = try await lead.post(client, "/committee/CYPSC/stable-homes-update/resolutions/1/responses", [("csrf", Browser.csrf(in: committee)), ("response", long),
                                                                                             ("status", "open")])
            #expect(response.status == .unprocessableContent && response.text.contains("a response may have at most 20000"))
            #expect(try await harness.store.events().count == 1)
            #expect(try await harness.store.committeeResponses().isEmpty)
        }
    }

    @Test("the audit log is a page of 100 events at a time, newest first, with links between pages; its JSON is paged the same way in the order recorded")
    func auditLogInPages() async throws {
        let harness = try await WebHarness.make()
        let events = (1...250).map { index in
            RecordedEvent(action: "A-NF-EMBED", occurredAt: "2024-09-01", day: "2024-09-01", recordedAt: "2024-09-01T10:00:00Z", recordedBy: "lead",
                          note: "note \(index)")
        }
        try await harness.store.append(events)
        try await harness.test { client in
            var viewer = Browser()
            _ = try await viewer.signIn(client, "viewer")
            let first = try await viewer.get(client, "/log").text
            #expect(first.contains("Page 1 of 3 (250 events)") && first.contains("note 250") && first.contains("note 151") && !first.contains("note 150<"))
            #expect(first.contains(#"<a href="/log?page=2" rel="next">"#))
            let last = try await viewer.get(client, "/log?page=3").text
            #expect(last.contains("note 1<") && last.contains(#"rel="prev""#) && !last.contains(#"rel="next""#))
            let json = try await viewer.get(client, "/log?page=2", json: true)
            let page = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [[String: Any]])
            #expect(page.count == 100 && page.first?["id"] as? Int == 101 && page.last?["id"] as? Int == 200)
            #expect(json.headers[HTTPField.Name("Link")!] == #"</log?page=1>; rel="prev", </log?page=3>; rel="next""#)
            #expect(json.headers[HTTPField.Name("X-Total-Count")!] == "250")
        }
    }
}
