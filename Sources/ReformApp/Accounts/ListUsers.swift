import ReformRecord
import ReformStore

/// Every user, by username, as `reform users list` and the users page show them.
public struct ListUsers: Sendable {
    /// A listing.
    public init() {}

    /// The users, for someone who may manage them; none when there is no record yet.
    public func run(record: Record, person: Person) async throws(AppError) -> [UserAccount] {
        guard person.may(.manageUsers) else { throw AppError.forbidden(.manageUsers) }
        return try await record.read(ifNone: []) { store throws(StoreError) in try await store.users() }
    }
}
