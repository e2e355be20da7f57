import HummingbirdBcrypt

/// Passwords: the rules a new one must meet, and bcrypt hashing and checking, off the caller's
/// thread (a hash at cost 12 takes a quarter of a second, which must never hold up a server's
/// event loop).
enum Passwords {
    /// Why `password` is not acceptable, or `nil`.
    static func problem(with password: String) -> String? {
        if password.count < SessionRules.minimumPasswordLength {
            return "a password must be at least \(SessionRules.minimumPasswordLength) characters (this one has \(password.count))"
        }
        if password.utf8.count > SessionRules.maximumPasswordBytes {
            return "a password must be at most \(SessionRules.maximumPasswordBytes) bytes (bcrypt reads no further)"
        }
        return nil
    }

    /// The bcrypt hash of `password`.
    static func hash(_ password: String) async -> String {
        await BlockingWork.run { Bcrypt.hash(password, cost: SessionRules.bcryptCost) }
    }

    /// Whether `password` matches `hash`.
    static func verify(_ password: String, hash: String) async -> Bool {
        await BlockingWork.run { Bcrypt.verify(password, hash: hash) }
    }
}
