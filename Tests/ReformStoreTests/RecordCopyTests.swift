import Foundation
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// Moving a whole record between stores: every row keeps its number and its every field.
@Suite("Copying a record between stores", .dropsTestDatabases)
struct RecordCopyTests {
    /// Every ordered pair of kinds, SQLite to SQLite included.
    static var pairs: [(StoreKind, StoreKind)] {
        StoreKind.all.flatMap { from in StoreKind.all.map { to in (from, to) } }
    }

    /// A record with a row of every kind, a void among the events, and a gap in the event numbers.
    private func filledStore(_ kind: StoreKind) async throws -> RecordStore {
        let store = try await kind.makeStore()
        var odd = Events.event("A1", day: "2024-02-01", progress: 10, status: (.notStarted, .inProgress), note: "tab\there, new\nline, back\\slash, «ünïcode»")
        odd.dueNew = "March 2025"
        try await store.append([odd, Events.event("A2", day: "2024-02-02", progress: 40, origin: .import)])
        var void = Events.event("A1", day: "2024-02-03")
        (void.voids, void.reason) = (1, "wrong action")
        try await store.append([void])
        _ = try await store.record(ReportRun(plugin: "summary", pluginVersion: "1", format: "docx", asOf: "2025-01-01", since: "2024-12-01",
                                             generatedAt: "2025-01-01T09:00:00Z", outputSHA256: "abc", outputBytes: 3, outputPath: nil,
                                             actions: "{\"A1\":\"Plan\"}", runBy: "lead"),
                                   document: KeptDocument(fileName: "s.docx", mediaType: "application/zip", bytes: [0, 1, 2]))
        try await store.record(ReportRun(plugin: "summary", pluginVersion: "1", format: "md", asOf: "2025-02-01", since: nil,
                                         generatedAt: "2025-02-01T09:00:00Z", outputSHA256: "def", outputBytes: 9, outputPath: "s.md", actions: "{}"))
        _ = try await store.record(CommitteeResponse(resolution: "R1", response: "agreed", status: .inProgress, recordedBy: "lead", recordedAt: "2025-01-15T09:00:00Z"))
        let user = try await store.addUser(UserAccount(username: "Priya", passwordHash: "$2b$12$h", role: .lead, owners: ["Head of Service"],
                                                       createdAt: "2025-01-15T09:00:00Z"))
        try await store.startSession(WebSession(tokenHash: "t", userID: user.id!, csrfToken: "c", startedAt: 1, lastSeenAt: 2), replacing: nil)
        _ = try await store.claimSignIn(username: "priya", address: "10.0.0.1", device: nil, at: 5, since: 0) { _, _, _ in nil }
        _ = try await store.publish(PlanRevision(text: Array("# plan\r\nformat: x\n".utf8), sha256: "s", recordedBy: "lead", recordedAt: "2025-01-15T09:00:00Z",
                                                 reason: "first", base: nil, changes: [PlanChange(.added, "A1", "A1 added")]))
        _ = try await store.mark(PlanBaseline(revision: 1, name: "approved", markedBy: "clerk", markedAt: "2025-01-16T09:00:00Z"))
        return store
    }

    /// Everything a record holds, read through the store, to compare two records by.
    private struct Contents: Equatable {
        let events: [RecordedEvent]
        let runs: [ReportRun]
        let documents: [KeptDocument?]
        let responses: [CommitteeResponse]
        let users: [UserAccount]
        let session: WebSession?
        let failures: [Int64]
        let revisions: [PlanRevision?]
        let baselines: [PlanBaseline]

        init(_ store: RecordStore) async throws {
            events = try await store.events()
            runs = try await store.reportRuns()
            var documents: [KeptDocument?] = []
            for run in runs { documents.append(try await store.document(ofRun: run.id!)) }
            self.documents = documents
            responses = try await store.committeeResponses()
            users = try await store.users()
            session = try await store.session(tokenHash: "t")
            failures = try await store.failedSignIns(username: "PRIYA", address: "10.0.0.1", since: 0).byUsername
            revisions = [try await store.latestRevision()]
            baselines = try await store.baselines()
        }
    }

    @Test("a record copied into an empty store gives back every row with its number, and numbering goes on after them", arguments: pairs)
    func copyIsLossless(from: StoreKind, to: StoreKind) async throws {
        let source = try await filledStore(from)
        let destination = try await to.makeStore()
        let counts = try await source.copy(into: destination)
        #expect(counts.summary == "3 events, 2 report runs (1 with documents), 1 committee response, 1 user, 1 session, 1 failed sign-in")
        #expect(try await Contents(destination) == Contents(source))
        let next = try await destination.append([Events.event("A3", day: "2024-03-01", progress: 1)])
        #expect(next.first?.id == 4)
        #expect(try await destination.addUser(UserAccount(username: "sam", passwordHash: "h", role: .viewer, createdAt: "x")).id == 2)
    }

    @Test("a copy into a record that is not empty is refused and changes nothing", arguments: StoreKind.all)
    func copyNeverMerges(kind: StoreKind) async throws {
        let source = try await filledStore(kind)
        let destination = try await kind.makeStore()
        try await destination.append([Events.event("B1", day: "2024-01-01", progress: 1)])
        await #expect {
            try await source.copy(into: destination)
        } throws: { error in
            (error as? StoreError)?.message.hasPrefix("the record here is not empty (it has rows in event)") == true
        }
        #expect(try await destination.events().map(\.action) == ["B1"])
    }
}
