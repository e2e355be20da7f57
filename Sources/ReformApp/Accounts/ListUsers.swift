import ReformRecord
import ReformStore

/// Every user, by username, as `reform users list` and the users page show them.
public struct ListUsers: Sendable {
    /// A listing.
    public init() {}

    /// The users; none when there is no record yet.
    public func run(_ workspace: Workspace) async throws(AppError) -> [UserAccount] {
        try await workspace.read(ifNone: []) { store throws(StoreError) in try await store.users() }
    }
}

extension ListUsers {
    /// The users of a record already open (a server's).
    public func run(in store: RecordStore) async throws(AppError) -> [UserAccount] {
        do { return try await store.users() } catch { throw AppError(error) }
    }
}
