import ReformRecord
import ReformStore

/// The outbox as admins see it (`/admin/outbox`, `reform outbox`): the newest messages first,
/// those given up on marked failed with why.
public struct ListOutbox: Sendable {
    public var limit: Int

    public init(limit: Int = 500) {
        self.limit = limit
    }

    public func run(record: Record, person: Person) async throws(AppError) -> [OutboxMessage] {
        guard person.may(.manageUsers) else { throw AppError.forbidden(.manageUsers) }
        return try await record.read(ifNone: []) { store throws(StoreError) in try await store.outbox(limit: limit) }
    }
}
