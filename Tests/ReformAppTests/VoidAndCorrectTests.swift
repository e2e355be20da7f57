import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// `VoidUpdate`, `CorrectUpdate` and `ShowUpdate`: a recorded update is never changed in place.
@Suite("Voiding and correcting", .dropsTestDatabases)
struct VoidAndCorrectTests {
    @Test("a void needs a reason, is appended, and cannot be repeated", arguments: StoreKind.all)
    func void(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let event = try await world.update(AppWorld.ownedAction, progress: "40")
        let noReason = await #expect(throws: AppError.self) {
            try await VoidUpdate(event: event.id!, reason: "  ").run(programme: world.programme, record: world.record, moment: AppWorld.moment,
                                                                     person: AppWorld.officer)
        }
        #expect(noReason?.field == .reason)
        let (void, voided) = try await VoidUpdate(event: event.id!, reason: "entered against the wrong action")
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        #expect(void.voids == event.id && voided.id == event.id && void.reason == "entered against the wrong action")
        let again = await #expect(throws: AppError.self) {
            try await VoidUpdate(event: event.id!, reason: "again").run(programme: world.programme, record: world.record, moment: AppWorld.moment,
                                                                        person: AppWorld.officer)
        }
        #expect(again?.field == .event)
        #expect(try await world.store.events().count == 2)
    }

    @Test("a correction voids the update and records it again on its own day with the change; a contributor may not", arguments: StoreKind.all)
    func correct(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let event = try await world.update(AppWorld.ownedAction, progress: "40", note: "Draft out")
        let contributor = AppWorld.signedIn(.contributor, owners: [AppWorld.owner])
        let refused = await #expect(throws: AppError.self) {
            try await CorrectUpdate(event: event.id!, status: nil, progress: "45", due: nil, note: nil, reason: "typo")
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: contributor)
        }
        #expect(refused?.kind == .forbidden(needed: "lead"))
        let later = Moment(now: AppWorld.moment.now.addingTimeInterval(86_400 * 3), today: AppWorld.day.adding(days: 3))
        let (_, corrected) = try await CorrectUpdate(event: event.id!, status: nil, progress: "45", due: nil, note: nil, reason: "typo")
            .run(programme: world.programme, record: world.record, moment: later, person: AppWorld.signedIn(.lead))
        #expect(corrected.progressNew == 45 && corrected.note == "Draft out" && corrected.day == event.day)
        #expect(corrected.reason == "correction of event \(event.id!): typo")
        let shown = await #expect(throws: AppError.self) { try await ShowUpdate(event: event.id!).run(record: world.record, person: AppWorld.officer) }
        #expect(shown?.field == .event)
    }

    @Test("an update that does not exist is not found", arguments: StoreKind.all)
    func missing(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let error = await #expect(throws: AppError.self) { try await ShowUpdate(event: 99).run(record: world.record, person: AppWorld.officer) }
        #expect(error?.kind == .notFound)
    }
}
