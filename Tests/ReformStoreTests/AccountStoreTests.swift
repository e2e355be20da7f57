import Foundation
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// What every store must do for the web front end's accounts, sessions and sign-in throttling.
@Suite("Every account store", .dropsTestDatabases)
struct AccountStoreTests {
    private func account(_ name: String, role: Role = .contributor, owners: [String] = []) -> UserAccount {
        UserAccount(username: name, passwordHash: "$2b$12$hash", role: role, owners: owners, createdAt: "2025-01-15T09:00:00Z")
    }

    @Test("a username is found whatever its case, and cannot be taken twice in another case", arguments: StoreKind.all)
    func usernamesIgnoreCase(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let added = try await store.addUser(account("Priya", owners: ["Head of Service", "Commissioning"]))
        #expect(added.id != nil)
        #expect(try await store.user(named: "PRIYA") == added)
        #expect(try await store.user(id: added.id!) == added)
        await #expect {
            try await store.addUser(self.account("priya"))
        } throws: { error in
            (error as? StoreError)?.message == "there is already a user 'priya' (usernames are the same whatever their case)"
        }
        _ = try await store.addUser(account("alex"))
        #expect(try await store.users().map(\.username) == ["alex", "Priya"])
    }

    @Test("saving an account keeps its role, owners and password; disabling it ends its sessions", arguments: StoreKind.all)
    func updatingAndDisabling(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        var user = try await store.addUser(account("sam"))
        try await store.startSession(WebSession(tokenHash: "t1", userID: user.id!, csrfToken: "c", startedAt: 100, lastSeenAt: 100), replacing: nil)
        (user.role, user.owners, user.passwordHash) = (.lead, ["Virtual School Head"], "$2b$12$other")
        try await store.updateUser(user)
        #expect(try await store.user(named: "sam") == user)
        #expect(try await store.session(tokenHash: "t1") != nil)
        user.disabled = true
        try await store.updateUser(user)
        #expect(try await store.user(named: "sam")?.disabled == true)
        #expect(try await store.session(tokenHash: "t1") == nil)
    }

    @Test("a session replaces the one before it, is touched forwards only, and ends alone or with all of its user's", arguments: StoreKind.all)
    func sessions(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let user = try await store.addUser(account("kim"))
        let id = try #require(user.id)
        try await store.startSession(WebSession(tokenHash: "before", userID: id, csrfToken: "c0", startedAt: 100, lastSeenAt: 100), replacing: nil)
        try await store.startSession(WebSession(tokenHash: "a", userID: id, csrfToken: "c1", startedAt: 200, lastSeenAt: 200), replacing: "before")
        try await store.startSession(WebSession(tokenHash: "b", userID: id, csrfToken: "c2", startedAt: 300, lastSeenAt: 300), replacing: nil)
        #expect(try await store.session(tokenHash: "before") == nil)
        try await store.touchSession(tokenHash: "a", at: 500)
        try await store.touchSession(tokenHash: "a", at: 400)
        #expect(try await store.session(tokenHash: "a")?.lastSeenAt == 500)
        try await store.endSession(tokenHash: "a")
        #expect(try await store.session(tokenHash: "a") == nil)
        #expect(try await store.session(tokenHash: "b")?.csrfToken == "c2")
        try await store.endSessions(userID: id)
        #expect(try await store.session(tokenHash: "b") == nil)
    }

    @Test("failed sign-ins are counted by username whatever its case, and by address, from a time on", arguments: StoreKind.all)
    func failedSignIns(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await store.claimSignIn(username: "Admin", address: "10.0.0.1", device: nil, at: 100, since: 0) { _, _, _ in nil }
        _ = try await store.claimSignIn(username: "admin", address: "10.0.0.2", device: nil, at: 200, since: 0) { _, _, _ in nil }
        _ = try await store.claimSignIn(username: "other", address: "10.0.0.1", device: nil, at: 300, since: 0) { _, _, _ in nil }
        let seen = try await store.failedSignIns(username: "ADMIN", address: "10.0.0.1", since: 150)
        #expect(seen.byUsername == [200])
        #expect(seen.byAddress == [300])
    }
}
