import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// `AddUser`, `ChangeUser`, `ListUsers` and `Sessions`: who may sign in, and as what.
@Suite("Accounts", .dropsTestDatabases)
struct AccountUseCaseTests {
    private static let password = "a long enough password"

    private func add(_ world: AppWorld, _ name: String, _ role: Role, as person: Person = AppWorld.officer) async throws(AppError) -> UserAccount {
        var adding = AddUser(username: name, role: role, password: Self.password)
        adding.passwordCost = 4
        return try await adding.run(record: world.record, moment: AppWorld.moment, person: person)
    }

    @Test("an admin adds users; a name taken in another case, a weak password and a non-admin are refused", arguments: StoreKind.all)
    func add(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let admin = try await add(world, "ada", .admin)
        _ = try await add(world, "bob", .viewer, as: .signedIn(admin))
        let taken = await #expect(throws: AppError.self) { try await add(world, "BOB", .lead) }
        #expect(taken?.field == .username)
        var weak = AddUser(username: "carol", role: .viewer, password: "password1234")
        weak.passwordCost = 4
        let weakError = await #expect(throws: AppError.self) { try await weak.run(record: world.record, moment: AppWorld.moment, person: AppWorld.officer) }
        #expect(weakError?.field == .password)
        let notAdmin = await #expect(throws: AppError.self) { try await add(world, "dan", .viewer, as: AppWorld.signedIn(.lead)) }
        #expect(notAdmin?.kind == .forbidden(needed: "admin"))
        #expect(try await ListUsers().run(record: world.record, person: AppWorld.officer).map(\.username) == ["ada", "bob"])
    }

    @Test("the last admin who can sign in cannot be disabled or demoted, and an admin cannot demote themselves", arguments: StoreKind.all)
    func lastAdmin(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let ada = try await add(world, "ada", .admin)
        await #expect(throws: AppError.self) { try await ChangeUser(username: "ada", change: .disable).run(record: world.record, person: AppWorld.officer) }
        let other = try await add(world, "eve", .admin)
        await #expect(throws: AppError.self) { try await ChangeUser(username: "ada", change: .role(.lead)).run(record: world.record, person: .signedIn(ada)) }
        let changed = try await ChangeUser(username: "ada", change: .role(.lead)).run(record: world.record, person: .signedIn(other))
        #expect(changed.role == .lead)
    }

    @Test("signing in starts a session its token resumes; a disabled user's sessions end and they cannot sign in", arguments: StoreKind.all)
    func sessions(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        _ = try await add(world, "ada", .admin)
        _ = try await add(world, "bob", .contributor)
        let sessions = Sessions(record: world.record, now: { 1_726_394_400 }, passwordCost: 4)
        let here = SignInAddress(address: "192.0.2.1", isClient: true)
        guard case .signedIn(let token, let user, _) = try await sessions.signIn(username: "bob", password: Self.password, from: here, replacing: nil) else {
            Issue.record("bob could not sign in")
            return
        }
        #expect(try await sessions.resume(token: token)?.user.username == user.user.username)
        _ = try await ChangeUser(username: "bob", change: .disable).run(record: world.record, person: AppWorld.officer)
        sessions.forget(userID: user.user.id!)
        #expect(try await sessions.resume(token: token) == nil)
        guard case .refused = try await sessions.signIn(username: "bob", password: Self.password, from: here, replacing: nil) else {
            Issue.record("a disabled user signed in")
            return
        }
    }
}
