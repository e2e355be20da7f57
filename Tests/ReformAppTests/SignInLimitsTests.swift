import Foundation
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// Issue 25's findings on signing in: guesses sent at once, lock-outs of other people, and a
/// record of failures that grew for ever.
@Suite("Sign-in limits", .dropsTestDatabases)
struct SignInLimitsTests {
    private static let password = "a long enough password"
    private static let here = SignInAddress(address: "192.0.2.1", isClient: true)

    /// A world with one user, `alice`, and sessions on a clock the test moves.
    private func world(_ kind: StoreKind) async throws -> (AppWorld, Sessions, TestSeconds) {
        let world = try await AppWorld.make(kind)
        var adding = AddUser(username: "alice", role: .contributor, password: Self.password)
        adding.passwordCost = 4
        _ = try await adding.run(record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        let clock = TestSeconds()
        return (world, Sessions(record: world.record, now: { clock.now }, passwordCost: 4), clock)
    }

    @Test("guesses sent at once are each counted before any is checked: of 60 sent together 10 are checked, the rest told to wait",
          arguments: StoreKind.all)
    func guessesSentAtOnceAreCountedFirst(kind: StoreKind) async throws {
        let (_, sessions, _) = try await world(kind)
        let outcomes = try await withThrowingTaskGroup(of: SignInOutcome.self) { group in
            for guess in 1...60 {
                group.addTask {
                    try await sessions.signIn(username: "alice", password: guess == 60 ? Self.password : "guess number \(guess)", from: Self.here, replacing: nil)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let checked = outcomes.filter { if case .throttled = $0 { return false } else { return true } }
        #expect(checked.count == SessionRules.failedSignInLimit, "each guess counted before its check: only the first 10 were checked")
    }

    @Test("a browser alice signed in from before is not refused her password while her name is locked by someone else's guesses",
          arguments: StoreKind.all)
    func knownBrowserIsNotLockedOut(kind: StoreKind) async throws {
        let (_, sessions, clock) = try await world(kind)
        guard case .signedIn(_, _, let device) = try await sessions.signIn(username: "alice", password: Self.password, from: Self.here, replacing: nil) else {
            Issue.record("alice could not sign in")
            return
        }
        clock.now += 60
        let attacker = SignInAddress(address: "198.51.100.9", isClient: true)
        for _ in 1...SessionRules.failedSignInLimit {
            _ = try await sessions.signIn(username: "alice", password: "wrong password here", from: attacker, replacing: nil)
        }
        guard case .throttled = try await sessions.signIn(username: "alice", password: Self.password, from: Self.here, replacing: nil) else {
            Issue.record("the name was not locked for a browser without the device cookie")
            return
        }
        guard case .signedIn = try await sessions.signIn(username: "alice", password: Self.password, from: Self.here, replacing: nil, device: device) else {
            Issue.record("alice's own browser was refused her password")
            return
        }
        // A stolen cookie does not give unlimited guesses: its own failures are counted.
        for _ in 1...SessionRules.failedSignInLimit {
            _ = try await sessions.signIn(username: "alice", password: "wrong password here", from: attacker, replacing: nil, device: device)
        }
        guard case .throttled = try await sessions.signIn(username: "alice", password: Self.password, from: Self.here, replacing: nil, device: device) else {
            Issue.record("guesses with the device cookie were not limited")
            return
        }
    }

    @Test("a name no account could have (over-long, or not the usernames' letters) is refused without being recorded", arguments: StoreKind.all)
    func malformedNamesAreNotRecorded(kind: StoreKind) async throws {
        let (world, sessions, _) = try await world(kind)
        for name in [String(repeating: "a", count: 512 * 1024), "alice smith", "adмin"] {
            guard case .refused = try await sessions.signIn(username: name, password: "whatever it is", from: Self.here, replacing: nil) else {
                Issue.record("\(name.prefix(20)) was not refused")
                continue
            }
        }
        let counts = try await world.store.failedSignIns(username: "alice smith", address: Self.here.address, since: 0)
        #expect(counts.byAddress.isEmpty)
    }

    @Test("failed sign-ins past their window and sessions past their limits are pruned", arguments: StoreKind.all)
    func pruning(kind: StoreKind) async throws {
        let (world, sessions, clock) = try await world(kind)
        _ = try await sessions.signIn(username: "alice", password: "wrong password here", from: Self.here, replacing: nil)
        _ = try await sessions.signIn(username: "alice", password: Self.password, from: Self.here, replacing: nil)
        let early = try await sessions.prune()
        #expect(early.failedSignIns == 0 && early.sessions == 0, "nothing is pruned while it still counts")
        clock.now += SessionRules.absoluteSeconds + 1
        let pruned = try await sessions.prune()
        #expect(pruned.failedSignIns == 1 && pruned.sessions == 1)
        #expect(try await world.store.failedSignIns(username: "alice", address: Self.here.address, since: 0).byUsername.isEmpty)
    }

    @Test("the device cookie's HMAC-SHA256 is RFC 4231's")
    func hmacVectors() {
        // RFC 4231, test cases 1 and 2.
        #expect(DeviceCookie.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)).map { String(format: "%02x", $0) }.joined()
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(DeviceCookie.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)).map { String(format: "%02x", $0) }.joined()
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}

/// Seconds since 1970 that a test moves.
final class TestSeconds: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Int64 = 1_726_394_400
    var now: Int64 {
        get { lock.withLock { seconds } }
        set { lock.withLock { seconds = newValue } }
    }
}
