import Foundation
import HummingbirdTesting
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// Two servers sharing one record, as a council's servers behind a load balancer do: what one
/// records or starts, the other knows.
@Suite("Two servers sharing one record", .dropsTestDatabases)
struct SharedServersTests {
    @Test("a session started on one server is honoured by the other, and an update drawn from one server's page after the other recorded gets 409",
          arguments: StoreKind.all)
    func twoServers(kind: StoreKind) async throws {
        let record = try await WebHarness.sharedRecord(kind)
        let first = try await WebHarness.make(record: record)
        let second = try await WebHarness.make(record: record, addUsers: false)
        try await first.test { one in
            try await second.test { other in
                var lead = Browser(), admin = Browser()
                _ = try await lead.signIn(one, "lead")
                _ = try await admin.signIn(other, "admin")
                // The lead's session, started on the first server, opens a page on the second.
                var leadOnSecond = lead
                #expect(try await leadOnSecond.get(other, "/actions/A-NF-EMBED").status == .ok)
                let page = try await admin.get(other, "/actions/A-NF-EMBED")
                let firstIn = try await lead.post(one, "/actions/A-NF-EMBED/updates", [
                    ("csrf", Browser.csrf(in: try await lead.get(one, "/actions/A-NF-EMBED"))), ("base", ""), ("note", "first in"),
                ])
                #expect(firstIn.status == .seeOther)
                let late = try await admin.post(other, "/actions/A-NF-EMBED/updates", [("csrf", Browser.csrf(in: page)), ("base", ""), ("note", "late")])
                #expect(late.status == .conflict)
                #expect(late.text.contains("first in"))
                #expect(try await first.store.events().compactMap(\.note) == ["first in"])
            }
        }
    }
}
