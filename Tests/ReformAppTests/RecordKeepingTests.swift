import Foundation
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing
@testable import ReformApp

/// `BackUpRecord`, `CopyRecord` and `ReadHistory`: keeping the record and reading it back.
@Suite("Keeping the record", .dropsTestDatabases)
struct RecordKeepingTests {
    @Test("a backup is a record with every event, and an existing file is never overwritten", arguments: StoreKind.all)
    func backup(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        try await world.update(AppWorld.ownedAction, progress: "40")
        let destination = world.folder.appendingPathComponent("backup.sqlite").path
        _ = try await BackUpRecord(to: destination).run(record: world.record)
        let copy = try #require(try await StoreLocation.sqlite(path: destination).open(create: false))
        #expect(try await copy.events().count == 1)
        await #expect(throws: AppError.self) { try await BackUpRecord(to: destination).run(record: world.record) }
    }

    @Test("a record copied to the other kind of store keeps every event, user and response with its number", arguments: StoreKind.all)
    func copy(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let first = try await world.update(AppWorld.ownedAction, progress: "40")
        _ = try await VoidUpdate(event: first.id!, reason: "wrong").run(programme: world.programme, record: world.record, moment: AppWorld.moment,
                                                                        person: AppWorld.officer)
        _ = try await AddUser(username: "alice", role: .lead, password: "a long enough password").run(record: world.record, moment: AppWorld.moment,
                                                                                                  person: AppWorld.officer)
        let other = StoreKind.all.last { $0.name != kind.name } ?? kind
        let destination = Record(location: try await other.freshLocation())
        let counts = try await CopyRecord().run(from: world.record, to: destination)
        #expect(counts.rows["event"] == 2 && counts.rows["user_account"] == 1)
        let copied = try await ReadHistory().log(record: destination)
        #expect(copied.map(\.event.id) == [first.id, first.id! + 1] && copied[0].voidedBy != nil)
        await #expect(throws: AppError.self) { try await CopyRecord().run(from: world.record, to: destination) }
    }

    @Test("history lists an action's updates in the order they take effect; an unknown action is named with the nearest", arguments: StoreKind.all)
    func history(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        try await RecordUpdate(UpdateRequest(action: AppWorld.ownedAction, progress: "50", by: "", at: "2024-09-10"))
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        try await RecordUpdate(UpdateRequest(action: AppWorld.ownedAction, progress: "30", by: "", at: "2024-09-01"))
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        let entries = try await ReadHistory(action: AppWorld.ownedAction).history(programme: world.programme, record: world.record)
        #expect(entries.map(\.event.day) == ["2024-09-01", "2024-09-10"])
        let error = await #expect(throws: AppError.self) {
            try await ReadHistory(action: "A-KIN-POLICX").history(programme: world.programme, record: world.record)
        }
        #expect(error?.message.contains("did you mean 'A-KIN-POLICY'?") == true && error?.kind == .notFound)
    }
}
