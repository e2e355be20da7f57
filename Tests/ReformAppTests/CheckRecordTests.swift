import ReformRecord
import ReformStore
import ReformTestSupport
import Testing
@testable import ReformApp

/// `reform doctor` and the server's start-up check: text that earlier versions showed as markup.
@Suite("Checking the record", .dropsTestDatabases)
struct CheckRecordTests {
    @Test("notes, responses and names holding a markup character joined to another scalar are listed with what to do; plain markup and voided notes are not",
          arguments: StoreKind.all)
    func markupJoinedToItsNeighbour(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let store = world.store
        func event(_ note: String) -> RecordedEvent {
            RecordedEvent(action: "A1", occurredAt: "2024-09-01", day: "2024-09-01", recordedAt: "2024-09-01T10:00:00Z", recordedBy: "lead", note: note)
        }
        let written = try await store.append([event("Recorded by mistake. \u{600}<form action=/admin/users>"), event("a <b>plain</b> tag & more"),
                                              event("voided \u{600}<x")])
        try await store.append([RecordedEvent.void(of: written[2], id: written[2].id, occurredAt: "2024-09-02", day: "2024-09-02",
                                                   recordedAt: "2024-09-02T10:00:00Z", recordedBy: "lead", reason: "spam")])
        _ = try await store.record(CommitteeResponse(resolution: "1", response: "see \u{600}<meta http-equiv=refresh content=0>\u{301}", status: .open,
                                                     recordedBy: "lead", recordedAt: "2024-09-03T10:00:00Z"))
        _ = try await store.addUser(UserAccount(username: "lead1\u{301}", passwordHash: "h", role: .lead, createdAt: "2024-09-01T00:00:00Z"))
        let outcome = try #require(try await CheckRecord().run(record: world.record))
        #expect(outcome.integrity == "ok")
        #expect(outcome.findings.map(\.place) == ["event 1's note (A1)", "committee response 1 (resolution 1)", "user 'lead1\\u{301}'"])
        #expect(outcome.findings[0].remedy.hasPrefix("reform void 1 --reason"))
        #expect(!outcome.isHealthy)
    }

    @Test("a record with nothing of the kind is healthy", arguments: StoreKind.all)
    func healthy(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let store = world.store
        try await store.append([RecordedEvent(action: "A1", occurredAt: "2024-09-01", day: "2024-09-01", recordedAt: "2024-09-01T10:00:00Z",
                                              recordedBy: "lead", note: "Café «crème» — <i>fine</i> & \"quoted\"")])
        #expect(try await CheckRecord().run(record: world.record)?.isHealthy == true)
    }
}
