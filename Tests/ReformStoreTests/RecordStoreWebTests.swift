import Foundation
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// What every store must do for the web front end's writes: no lost update, kept documents,
/// committee responses, and a version that moves with every write.
@Suite("Every record store, for the web front end", .dropsTestDatabases)
struct RecordStoreWebTests {
    @Test("an update based on the action's newest event is recorded; one based on an older event is refused and writes nothing", arguments: StoreKind.all)
    func noLostUpdate(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let first = try await store.append(Events.event("A1", day: "2024-02-01", progress: 10), basedOn: nil)
        _ = try await store.append(Events.event("A2", day: "2024-02-01", progress: 5), basedOn: nil)
        let second = try await store.append(Events.event("A1", day: "2024-02-02", progress: 20), basedOn: first.id)
        await #expect {
            try await store.append(Events.event("A1", day: "2024-02-03", progress: 30), basedOn: first.id)
        } throws: { error in
            (error as? StoreError)?.conflict?.latestEvent == second.id
        }
        await #expect(throws: StoreError.self) { try await store.append(Events.event("A1", day: "2024-02-03", progress: 30), basedOn: nil) }
        #expect(try await store.events(action: "A1", since: nil, by: nil).map(\.progressNew) == [10, 20])
    }

    @Test("four writers each recording 50 updates based on what they last read lose none: every one is recorded or refused", arguments: StoreKind.all)
    func concurrentBasedOnWriters(kind: StoreKind) async throws {
        let location = try await kind.freshLocation()
        _ = try await location.open(create: true)
        let recorded = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 1...4 {
                group.addTask {
                    let store = try #require(try await location.open(create: false))
                    var written = 0
                    while written < 50 {
                        let latest = try await store.events(action: "A1", since: nil, by: nil).last?.id
                        do {
                            _ = try await store.append(Events.event("A1", day: "2024-02-01", note: "w\(writer)-\(written)"), basedOn: latest)
                            written += 1
                        } catch let error as StoreError where error.conflict != nil {
                            continue   // another writer got there first: read again and retry, as a person would
                        }
                    }
                    return written
                }
            }
            return try await group.reduce(0, +)
        }
        let store = try #require(try await location.open(.read))
        #expect(recorded == 200)
        #expect(try await store.events().count == 200)
    }

    @Test("a report run's document is kept byte for byte, and the version moves with each run and event", arguments: StoreKind.all)
    func documentsAndVersion(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        #expect(try await store.version() == RecordVersion(lastEvent: 0, lastReportRun: 0))
        let bytes: [UInt8] = Array(0...255) + Array("PK\u{3}\u{4} committee update".utf8)
        let run = try await store.record(ReportRun(plugin: "committee-update", pluginVersion: "1.1", format: "docx", asOf: "2025-03-01", since: nil,
                                                   generatedAt: "2025-03-01T10:00:00Z", outputSHA256: "x", outputBytes: bytes.count, outputPath: nil,
                                                   actions: "{}", runBy: "lead"),
                                         document: KeptDocument(fileName: "committee-update.docx", mediaType: "application/vnd.openxmlformats", bytes: bytes))
        let id = try #require(run.id)
        #expect(try await store.document(ofRun: id)?.bytes == bytes)
        #expect(try await store.document(ofRun: id + 1) == nil)
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        #expect(try await store.version() == RecordVersion(lastEvent: 1, lastReportRun: id))
        #expect(try await store.reportRuns().first?.runBy == "lead")
    }

    @Test("committee responses come back in the order recorded, each with its number", arguments: StoreKind.all)
    func committeeResponses(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        for (text, status) in [("noted", Resolution.Status.open), ("done", .complete)] {
            _ = try await store.record(CommitteeResponse(resolution: "R1", response: text, status: status, recordedBy: "lead", recordedAt: "2025-01-15T09:00:00Z"))
        }
        let responses = try await store.committeeResponses()
        #expect(responses.map(\.response) == ["noted", "done"])
        #expect(responses.map(\.id) == [1, 2])
        #expect(responses.last?.status == .complete)
    }
}
