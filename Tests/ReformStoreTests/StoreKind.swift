import Foundation
import ReformModel
import ReformStore
import Testing

/// A kind of store the shared suite runs against; each test takes one as its argument, so every
/// behaviour is shown on every kind.
struct StoreKind: Sendable, CustomTestStringConvertible {
    /// The kind's name in test output.
    let name: String
    /// A fresh, empty location of this kind.
    let freshLocation: @Sendable () -> StoreLocation

    var testDescription: String { name }

    /// A SQLite file in a new temporary folder.
    static let sqlite = StoreKind(name: "SQLite") {
        .sqlite(path: FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)/history.sqlite").path)
    }

    /// Every kind this build can test.
    static let all: [StoreKind] = [.sqlite]

    /// A new, empty store of this kind.
    func makeStore() throws -> any RecordStore {
        guard let store = try freshLocation().open(create: true) else { throw StoreTestFailure("the store was not created") }
        return store
    }
}

/// A test's own failure, with what it expected.
struct StoreTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Events for the suite, with only the fields a test cares about.
enum Events {
    static func event(_ action: String, day: String, progress: Int? = nil, status: (old: Action.Status?, new: Action.Status)? = nil,
                      note: String? = nil, by: String = "alice", origin: EventOrigin = .update) -> RecordedEvent {
        RecordedEvent(action: action, occurredAt: day, day: day, recordedAt: "2025-01-15T09:00:00Z", recordedBy: by, note: note,
                      statusOld: status?.old, statusNew: status?.new, progressOld: nil, progressNew: progress, origin: origin)
    }
}
