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
        #expect(refused?.kind == .forbidden(needed: "lead or admin"))
        let later = Moment(now: AppWorld.moment.now.addingTimeInterval(86_400 * 3), today: AppWorld.day.adding(days: 3))
        let (_, corrected) = try await CorrectUpdate(event: event.id!, status: nil, progress: "45", due: nil, note: nil, reason: "typo")
            .run(programme: world.programme, record: world.record, moment: later, person: AppWorld.signedIn(.lead))
        #expect(corrected.progressNew == 45 && corrected.note == "Draft out" && corrected.day == event.day)
        #expect(corrected.reason == "correction of event \(event.id!) by lead: typo")
        let shown = await #expect(throws: AppError.self) { try await ShowUpdate(event: event.id!).run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer) }
        #expect(shown?.field == .event)
    }

    @Test("a correction keeps the update's author, names the corrector in its reason, and carries no value that changes nothing", arguments: StoreKind.all)
    func correctionKeepsTheAuthor(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let owner = AppWorld.signedIn(.contributor, owners: [AppWorld.owner], name: "priya")
        try await world.update(AppWorld.ownedAction, progress: "56", as: owner)
        // The owner reports the same progress again, with a note: what was reported is kept as reported.
        let again = try await world.update(AppWorld.ownedAction, progress: "56", note: "On track, draft with legal", as: owner)
        #expect(again.changeSummary == "progress 56% (unchanged), note: On track, draft with legal")
        let (void, corrected) = try await CorrectUpdate(event: again.id!, status: nil, progress: nil, due: nil, note: "On track; draft with legal services",
                                                        reason: "clearer note")
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.lead, name: "lena"))
        #expect(void.recordedBy == "lena")
        #expect(corrected.recordedBy == "priya" && corrected.reason == "correction of event \(again.id!) by lena: clearer note")
        #expect(corrected.progressNew == nil, "the progress it repeated changes nothing, so the correction does not carry it")
        #expect(corrected.changeSummary == "note: On track; draft with legal services")
    }

    @Test("an owner may void or correct their own update on the day they recorded it; not another's, nor the next day", arguments: StoreKind.all)
    func ownerAmendsTheirOwnSameDay(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let owner = AppWorld.signedIn(.contributor, owners: [AppWorld.owner], name: "priya")
        let colleague = AppWorld.signedIn(.contributor, owners: [AppWorld.owner], name: "sam")
        let mine = try await world.update(AppWorld.ownedAction, progress: "30", as: owner)
        let theirs = try await world.update(AppWorld.ownedAction, progress: "35", as: colleague)
        let notMine = await #expect(throws: AppError.self) {
            try await VoidUpdate(event: theirs.id!, reason: "mine").run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: owner)
        }
        #expect(notMine?.kind == .forbidden(needed: "lead or admin") && notMine?.message.contains("only your own updates, on the day you recorded them") == true)
        let tomorrow = Moment(now: AppWorld.moment.now.addingTimeInterval(86_400), today: AppWorld.day.adding(days: 1))
        let late = await #expect(throws: AppError.self) {
            try await CorrectUpdate(event: mine.id!, status: nil, progress: "32", due: nil, note: nil, reason: "typo")
                .run(programme: world.programme, record: world.record, moment: tomorrow, person: owner)
        }
        #expect(late?.kind == .forbidden(needed: "lead or admin"))
        let (_, corrected) = try await CorrectUpdate(event: mine.id!, status: nil, progress: "32", due: nil, note: nil, reason: "typo")
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: owner)
        #expect(corrected.recordedBy == "priya" && corrected.progressNew == 32)
        _ = try await VoidUpdate(event: corrected.id!, reason: "recorded twice").run(programme: world.programme, record: world.record,
                                                                                    moment: AppWorld.moment, person: owner)
    }

    @Test("an update that does not exist is not found", arguments: StoreKind.all)
    func missing(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let error = await #expect(throws: AppError.self) { try await ShowUpdate(event: 99).run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer) }
        #expect(error?.kind == .notFound)
    }
}
