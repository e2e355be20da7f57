import Foundation
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing
@testable import ReformApp

/// What a use case runs in, for a test: the default programme, a fresh record on one kind of
/// store, a fixed moment (15 September 2024, 10:00), and people of each kind. The store is
/// opened by the test too, to see exactly what was recorded.
struct AppWorld: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let day = CalendarDay(year: 2024, month: 9, day: 15)!
    static let moment = Moment(now: Date(timeIntervalSince1970: 1_726_394_400), today: day)

    /// An action with an owner, and that owner.
    static let ownedAction = "A-KIN-POLICY"
    static let owner = "Head of Service Provider Services"
    /// An action of another owner.
    static let othersAction = "A-MSP-PLAN"

    let programme: FileProgramme
    let record: Record
    let store: RecordStore
    let folder: URL
    /// Where the record is: a second `Record` opened on it is another server's.
    let location: StoreLocation

    /// A world on `kind` with the default programme, or `plan` when given.
    static func make(_ kind: StoreKind, plan: String? = nil) async throws -> AppWorld {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var file = repository.appendingPathComponent("programme.yaml").path
        if let plan {
            file = folder.appendingPathComponent("programme.yaml").path
            try plan.write(toFile: file, atomically: true, encoding: .utf8)
        }
        let location = try await kind.freshLocation()
        let store = try #require(try await location.open(create: true))
        return AppWorld(programme: FileProgramme(path: file), record: Record(location: location), store: store, folder: folder, location: location)
    }

    /// Someone at the command line, who may do anything.
    static let officer = Person.commandLine(name: "officer")

    /// Someone signed in with `role`, owning `owners`' actions.
    static func signedIn(_ role: Role, owners: [String] = [], name: String? = nil) -> Person {
        .signedIn(UserAccount(id: 1, username: name ?? role.rawValue, passwordHash: "-", role: role, owners: owners, createdAt: "2024-09-01T00:00:00Z"))
    }

    /// Records an update of `action` as `person`.
    @discardableResult
    func update(_ action: String, status: String? = nil, progress: String? = nil, note: String? = nil, due: String? = nil,
                as person: Person = AppWorld.officer, base: RecordUpdate.Base = .latest) async throws(AppError) -> RecordedEvent {
        try await RecordUpdate(UpdateRequest(action: action, status: status, progress: progress, note: note, due: due, by: ""), base: base)
            .run(programme: programme, record: record, moment: Self.moment, person: person)
    }
}
