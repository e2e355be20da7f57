import Foundation
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// What every store must do, whatever database it keeps the record in.
@Suite("Every record store", .dropsTestDatabases)
struct RecordStoreTests {
    @Test("events are read back in the order recorded, and by person or from a day", arguments: StoreKind.all)
    func eventsInOrder(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await store.append([Events.event("A1", day: "2024-03-01", progress: 30, by: "bob"), Events.event("A1", day: "2024-02-01", progress: 10)])
        #expect(try await store.events().map(\.progressNew) == [30, 10])
        #expect(try await store.events(action: nil, since: nil, by: "bob").map(\.progressNew) == [30])
        #expect(try await store.events(action: nil, since: CalendarDay(year: 2024, month: 2, day: 15), by: nil).map(\.day) == ["2024-03-01"])
        #expect(try await store.events().map(\.id) == [1, 2])
    }

    @Test("every field of an event comes back as it was written, the status and origin included", arguments: StoreKind.all)
    func fieldsRoundTrip(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        var event = Events.event("A1", day: "2024-03-01", progress: 40, status: (.notStarted, .inProgress), note: "Kick-off, \"with\" partners\n", origin: .import)
        (event.progressOld, event.dueOld, event.dueNew) = (10, "March 2025", "Spring 2025")
        try await store.append([event])
        event.id = 1
        #expect(try await store.events() == [event])
    }

    @Test("updates come back in the order they apply, by day and then as recorded, for one action or all", arguments: StoreKind.all)
    func updatesInDayOrder(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await store.append([
            Events.event("A1", day: "2024-03-01", progress: 30),
            Events.event("A2", day: "2024-02-15", note: "noted"),
            Events.event("A1", day: "2024-02-01", progress: 10),
        ])
        #expect(try await store.updates(action: "A1").map(\.progress) == [10, 30])
        #expect(try await store.updates().map(\.actionID) == ["A1", "A2", "A1"])
        #expect(try await store.eventCounts() == ["A1": 2, "A2": 1])
    }

    @Test("a source that fails after thousands of events, already written, leaves nothing recorded", arguments: StoreKind.all)
    func streamingAppendIsAllOrNothing(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let source = FailingSource(goodEvents: 20_000)
        await #expect(throws: FailingSource.Failure.self) {
            try await store.append(progress: nil) { try source.next() }
        }
        #expect(try await store.events().isEmpty)
        let written = try await store.append(progress: nil, from: FailingSource(goodEvents: 3, fails: false).next)
        #expect(written == 3)
    }

    @Test("the latest status, progress and due date of each action come from the last event that set each", arguments: StoreKind.all)
    func latestStates(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await store.append([
            Events.event("A1", day: "2024-02-01", progress: 10, status: (.notStarted, .inProgress)),
            Events.event("A1", day: "2024-03-01", progress: 50),
            Events.event("A1", day: "2024-01-20", progress: 5),
            Events.event("A2", day: "2024-02-15", note: "noted"),
        ])
        let states = try await store.latestStates()
        #expect(states == [LatestState(action: "A1", status: .inProgress, progress: 50, due: nil, lastDay: "2024-03-01"),
                           LatestState(action: "A2", status: nil, progress: nil, due: nil, lastDay: "2024-02-15")])
    }

    @Test("the last report is the latest issued, as at the day asked or before; drafts and discarded runs do not count", arguments: StoreKind.all)
    func lastReport(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        for (day, issued) in [("2025-01-01", true), ("2025-02-01", true), ("2025-03-01", false), ("2025-04-01", true), ("2025-05-01", true)] {
            try await store.record(ReportRun(plugin: "summary", pluginVersion: "1", format: "markdown", asOf: day, since: nil, generatedAt: day,
                                             outputSHA256: "x", outputBytes: 1, outputPath: "\(day).md", actions: "{}"), issuedBy: issued ? "lead" : nil)
        }
        let may = try #require(try await store.reportRuns().first { $0.asOf == "2025-05-01" }?.id)
        _ = try await store.record(ReportDecision(run: may, outcome: .discarded, decidedBy: "lead", decidedAt: "2025-05-02T09:00:00Z", reason: "wrong meeting"))
        #expect(try await store.lastReport(plugin: "summary", onOrBefore: CalendarDay(year: 2025, month: 3, day: 15)!)?.asOf == "2025-02-01")
        #expect(try await store.lastReport(plugin: "summary", onOrBefore: CalendarDay(year: 2025, month: 12, day: 1)!)?.asOf == "2025-04-01")
        #expect(try await store.lastReport(plugin: "summary", onOrBefore: CalendarDay(year: 2024, month: 12, day: 1)!) == nil)
        #expect(try await store.lastReport(plugin: "other", onOrBefore: CalendarDay(year: 2025, month: 12, day: 1)!) == nil)
    }

    @Test("a voided event and its void are kept, and left out of the updates and the latest state", arguments: StoreKind.all)
    func voidsAreKeptAndSkipped(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let written = try await store.append([Events.event("A1", day: "2024-02-01", progress: 10), Events.event("A1", day: "2024-03-01", progress: 90)])
        #expect(written.map(\.id) == [1, 2])
        var void = Events.event("A1", day: "2024-03-05")
        (void.voids, void.reason) = (2, "typed 90 for 9")
        try await store.append([void])
        #expect(try await store.events().count == 3)
        #expect(try await store.updates().map(\.progress) == [10])
        #expect(try await store.latestStates().first?.progress == 10)
        #expect(try await store.voids()[2]?.reason == "typed 90 for 9")
        #expect(try await store.event(id: 3)?.voids == 2)
        #expect(try await store.event(id: 9) == nil)
    }

    @Test("the database refuses a second void of one event, and a void of a void", arguments: StoreKind.all)
    func voidRulesHeldByTheDatabase(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        var void = Events.event("A1", day: "2024-03-05")
        void.voids = 1
        try await store.append([void])
        await #expect(throws: StoreError.self) { try await store.append([void]) }
        var voidOfVoid = Events.event("A1", day: "2024-03-06")
        voidOfVoid.voids = 2
        await #expect(throws: StoreError.self) { try await store.append([voidOfVoid]) }
        #expect(try await store.events().count == 2)
    }

    @Test("a void in the same batch as the event it voids is resolved to that event's number", arguments: StoreKind.all)
    func voidWithinBatch(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await store.append([Events.event("A0", day: "2024-01-10", progress: 5)])
        var void = Events.event("A1", day: "2024-03-05")
        void.voidsBatchPosition = 0
        let queue = EventList([Events.event("A1", day: "2024-02-01", progress: 10), void])
        #expect(try await store.append(progress: nil, from: queue.next) == 2)
        #expect(try await store.event(id: 3)?.voids == 2)
    }

    @Test("a record opened to read serves reads and refuses writes, naming where it is", arguments: StoreKind.all)
    func readOnlyAccess(kind: StoreKind) async throws {
        let location = try await kind.freshLocation()
        let writer = try #require(try await location.open(create: true))
        try await writer.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        let reader = try #require(try await location.open(.read))
        #expect(try await reader.events().count == 1)
        await #expect {
            try await reader.append([Events.event("A1", day: "2024-02-02", progress: 20)])
        } throws: { error in
            (error as? StoreError)?.description.hasPrefix("\(location): error: opened to read only") == true
        }
    }

    @Test("a backup is a complete, sound copy that opens as a store", arguments: StoreKind.all)
    func backup(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString).sqlite").path
        try await store.backup(to: copy)
        let restored = try #require(try await StoreLocation.sqlite(path: copy).open(create: false))
        #expect(try await restored.events().count == 1)
        #expect(try await restored.integrityCheck() == "ok")
    }

    @Test("opening a record that does not exist, to read, makes nothing", arguments: StoreKind.all)
    func readingDoesNotCreate(kind: StoreKind) async throws {
        let location = try await kind.freshLocation()
        #expect(try await location.open(.read) == nil)
        #expect(try await location.open(create: false) == nil)
        if case .sqlite = location { #expect(!location.exists) }
    }
}

/// Hands out a fixed list of events one at a time, as an import's checking thread does.
final class EventList: @unchecked Sendable {
    private var events: [RecordedEvent]

    init(_ events: [RecordedEvent]) { self.events = events.reversed() }

    func next() -> RecordedEvent? { events.popLast() }
}

/// Gives good events, then fails (or ends), as a CSV import's checking thread does on a bad row.
final class FailingSource: @unchecked Sendable {
    struct Failure: Error {}
    private var remaining: Int
    private let fails: Bool

    init(goodEvents: Int, fails: Bool = true) {
        remaining = goodEvents
        self.fails = fails
    }

    func next() throws -> RecordedEvent? {
        guard remaining > 0 else {
            if fails { throw Failure() }
            return nil
        }
        remaining -= 1
        return Events.event("A1", day: "2024-02-01", progress: remaining % 100)
    }
}
