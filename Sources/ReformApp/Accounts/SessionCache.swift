import Foundation
import ReformRecord
import ReformStore

/// The sessions a server has looked up in the last second, so that a burst of requests from one
/// browser costs one read of the record rather than two each.
///
/// What this server changes (a sign-out, a disabled user) takes effect at once; what another
/// process changes in the record (`reform users disable` on the command line, another server)
/// within `freshness`. The idle and absolute limits are checked on every request all the same.
final class SessionCache: @unchecked Sendable {
    /// How long a looked-up session is used without looking again.
    static let freshness: TimeInterval = 1

    private struct Entry {
        var session: WebSession
        var user: UserAccount
        var fetched: Date
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// The session and its user, if looked up within `freshness`.
    func fresh(_ hash: String) -> (WebSession, UserAccount)? {
        lock.withLock {
            guard let entry = entries[hash], Date().timeIntervalSince(entry.fetched) < Self.freshness else { return nil }
            return (entry.session, entry.user)
        }
    }

    /// Keeps a session as just looked up.
    func keep(_ session: WebSession, _ user: UserAccount) {
        lock.withLock {
            if entries.count > 10_000 { entries.removeAll() } // a bound, never reached by a council's team
            entries[session.tokenHash] = Entry(session: session, user: user, fetched: Date())
        }
    }

    /// Forgets one session.
    func forget(_ hash: String) {
        _ = lock.withLock { entries.removeValue(forKey: hash) }
    }

    /// Forgets every session of a user, whose account has changed.
    func forget(userID: Int64) {
        lock.withLock { entries = entries.filter { $0.value.user.id != userID } }
    }
}
