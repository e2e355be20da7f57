import Foundation
import ReformModel
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// `RecordUpdate`: what `reform update` and the update form both do, on either store.
@Suite("Recording an update", .dropsTestDatabases)
struct RecordUpdateTests {
    @Test("an update is recorded with its old and new values, by whoever acts, at the moment given", arguments: StoreKind.all)
    func recordsOldAndNew(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        try await world.update(AppWorld.ownedAction, progress: "40", note: "Draft policy out for comment")
        let event = try await world.update(AppWorld.ownedAction, progress: "60", as: AppWorld.signedIn(.contributor, owners: [AppWorld.owner], name: "priya"))
        #expect(event.progressOld == 40 && event.progressNew == 60)
        #expect(event.recordedBy == "priya" && event.recordedAt == "2024-09-15T10:00:00Z" && event.day == "2024-09-15")
        #expect(try await world.store.events(action: AppWorld.ownedAction).count == 2)
    }

    @Test("a value that cannot be recorded names the argument at fault, and nothing is recorded", arguments: StoreKind.all)
    func refusalNamesTheField(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        for (progress, due, field) in [("140", nil, InputField.progress), (nil, "9999/00", InputField.due)] as [(String?, String?, InputField)] {
            let error = await #expect(throws: AppError.self) { try await world.update(AppWorld.ownedAction, progress: progress, due: due) }
            #expect(error?.field == field && error?.kind == .invalidInput && error?.nothingRecorded == true)
        }
        #expect(try await world.store.events().isEmpty)
    }

    @Test("a contributor records only on their own actions; a viewer on none", arguments: StoreKind.all)
    func rightsAreTheUseCases(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let contributor = AppWorld.signedIn(.contributor, owners: [AppWorld.owner])
        try await world.update(AppWorld.ownedAction, progress: "10", as: contributor)
        for (action, person) in [(AppWorld.othersAction, contributor), (AppWorld.ownedAction, AppWorld.signedIn(.viewer))] {
            let error = await #expect(throws: AppError.self) { try await world.update(action, progress: "20", as: person) }
            #expect(error?.kind == .forbidden(needed: "contributor, lead or admin"))
        }
        #expect(try await world.store.events().count == 1)
    }

    @Test("an update drawn from an older page is a conflict naming the newer event, and is not recorded", arguments: StoreKind.all)
    func drawnFromAnOlderPage(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let first = try await world.update(AppWorld.ownedAction, progress: "10")
        let second = try await world.update(AppWorld.ownedAction, progress: "20")
        let error = await #expect(throws: AppError.self) {
            try await world.update(AppWorld.ownedAction, progress: "30", base: .drawnFrom(first.id))
        }
        #expect(error?.kind == .conflict(latestEvent: second.id))
        #expect(try await world.store.events().count == 2)
    }

    @Test("four people recording 125 updates each on one action at once: 500 recorded, each one's old value the one before's new", arguments: StoreKind.all)
    func concurrentWritersLoseNothing(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for index in 0..<125 {
                        // A due date of its own for every update, so that each changes the action.
                        let due = CalendarDay(year: 2025, month: 1, day: 1)!.adding(days: writer * 125 + index).iso
                        try await world.update(AppWorld.ownedAction, due: due, as: .commandLine(name: "writer\(writer)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let events = try await world.store.events(action: AppWorld.ownedAction)
        #expect(events.count == 500)
        #expect(Set(events.compactMap(\.dueNew)).count == 500)
        for (earlier, later) in zip(events, events.dropFirst()) where later.dueOld != earlier.dueNew {
            Issue.record("event \(later.id ?? 0) replaced a due date (\(later.dueOld ?? "none")) other than the one before it set (\(earlier.dueNew ?? "none"))")
        }
    }
}
