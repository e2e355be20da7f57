import Foundation
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// `ImportUpdates` and `ExportUpdates`: many updates from a CSV file, all or none, and back out.
@Suite("Importing and exporting updates", .dropsTestDatabases)
struct ImportExportTests {
    @Test("exported updates imported into another record give the same events", arguments: StoreKind.all)
    func roundTrip(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        try await world.update(AppWorld.ownedAction, status: "in-progress", progress: "40", note: "Draft, with “quotes”, and a comma")
        try await world.update(AppWorld.othersAction, due: "March 2025")
        let (text, count) = try await ExportUpdates().run(record: world.record)
        #expect(count == 2)
        let other = try await AppWorld.make(kind)
        let imported = try await ImportUpdates(text: text, fileName: "updates.csv", reopen: false)
            .run(programme: other.programme, record: other.record, moment: AppWorld.moment, person: AppWorld.officer)
        #expect(imported == 2)
        let before = try await world.store.events().map(\.changeSummary), after = try await other.store.events().map(\.changeSummary)
        #expect(before == after)
    }

    @Test("a bad row is named by file, row and column, and nothing of the file is recorded", arguments: StoreKind.all)
    func badRow(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let text = "action,status,progress,note\n\(AppWorld.ownedAction),in-progress,40,fine\n\(AppWorld.othersAction),,140,bad\n"
        let error = await #expect(throws: AppError.self) {
            try await ImportUpdates(text: text, fileName: "updates.csv", reopen: false)
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        }
        #expect(error?.message.hasPrefix("updates.csv: error: row 3") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("progress") == true)
        #expect(try await world.store.events().isEmpty)
    }

    @Test("a file is imported as it is read, and one that is not UTF-8 records nothing and says so", arguments: StoreKind.all)
    func fromFile(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("updates-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("\u{FEFF}action,progress,note\r\n\(AppWorld.ownedAction),40,“quoted”\r\n\(AppWorld.othersAction),10,\r\n".utf8).write(to: URL(filePath: path))
        let imported = try await ImportUpdates(file: path, reopen: false)
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        #expect(imported == 2)
        #expect(try await world.store.events().map(\.note) == ["“quoted”", nil])

        let other = try await AppWorld.make(kind)
        try Data(Array("action,progress,note\n\(AppWorld.ownedAction),40,fine\n\(AppWorld.othersAction),10,caf".utf8) + [0xE9, 0x0A]).write(to: URL(filePath: path))
        let error = await #expect(throws: AppError.self) {
            try await ImportUpdates(file: path, reopen: false)
                .run(programme: other.programme, record: other.record, moment: AppWorld.moment, person: AppWorld.officer)
        }
        #expect(error?.message == "\(path): error: line 3: the file is not valid UTF-8 (save it from the spreadsheet as \"CSV UTF-8\"); nothing was recorded")
        #expect(try await other.store.events().isEmpty)
        let missing = await #expect(throws: AppError.self) {
            try await ImportUpdates(file: path + ".gone", reopen: false)
                .run(programme: other.programme, record: other.record, moment: AppWorld.moment, person: AppWorld.officer)
        }
        #expect(missing?.message.hasPrefix("\(path).gone: error: cannot open the file") == true, "\(missing?.message ?? "")")
    }

    @Test("only a lead or the command line imports", arguments: StoreKind.all)
    func rights(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let error = await #expect(throws: AppError.self) {
            try await ImportUpdates(text: "action,progress\n\(AppWorld.ownedAction),10\n", fileName: "u.csv", reopen: false)
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.contributor, owners: [AppWorld.owner]))
        }
        #expect(error?.kind == .forbidden(needed: "lead or admin"))
    }
}
