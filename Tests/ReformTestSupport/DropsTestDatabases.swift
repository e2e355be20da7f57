import Foundation
import Testing

/// Drops each PostgreSQL database a test made (`TestPostgres.freshDatabase`) once the test ends,
/// whether it passed or not: a run leaves the test server as it found it, however many tests ran.
///
/// Put it on a suite: `@Suite("…", .dropsTestDatabases)`; it applies to every test within.
public struct DropsTestDatabases: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else { return try await function() }
        let made = MadeDatabases()
        do {
            try await MadeDatabases.$current.withValue(made) { try await function() }
        } catch {
            await made.dropAll()
            throw error
        }
        await made.dropAll()
    }
}

extension Trait where Self == DropsTestDatabases {
    /// Drops the databases each test made when it ends.
    public static var dropsTestDatabases: DropsTestDatabases { DropsTestDatabases() }
}

/// The databases made by the test running now.
final class MadeDatabases: @unchecked Sendable {
    @TaskLocal static var current: MadeDatabases?

    private let lock = NSLock()
    private var names: [String] = []

    func add(_ name: String) {
        lock.withLock { names.append(name) }
    }

    /// Drops each, ending any connection the test left open (`WITH (FORCE)`, PostgreSQL 13 and later).
    func dropAll() async {
        for name in lock.withLock({ names }) {
            try? await TestPostgres.runOnServer("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }
}
