import HummingbirdBcrypt

/// Passwords: the rules a new one must meet, and bcrypt hashing and checking on a queue of their
/// own (`PasswordHashing`): a hash at cost 12 takes a quarter of a second, which must never hold up
/// a server's event loop, nor wait behind report runs.
enum Passwords {
    /// Why `password` is not acceptable for `username`, or `nil`: too short or too long, too few
    /// different characters, the username in it, or one of the passwords people choose most
    /// (`CommonPasswords`), digits and symbols round it or not.
    static func problem(with password: String, username: String) -> String? {
        if password.count < SessionRules.minimumPasswordLength {
            return "a password must be at least \(SessionRules.minimumPasswordLength) characters (this one has \(password.count))"
        }
        if password.utf8.count > SessionRules.maximumPasswordBytes {
            return "a password must be at most \(SessionRules.maximumPasswordBytes) bytes (bcrypt reads no further)"
        }
        let lowered = password.lowercased()
        if Set(lowered.filter { !$0.isWhitespace }).count < 5 {
            return "a password needs at least 5 different characters other than spaces; choose three or four unrelated words"
        }
        let name = username.lowercased()
        if name.count >= 3, lowered.contains(name) {
            return "a password must not contain the username; choose three or four unrelated words"
        }
        if isCommon(lowered) {
            return "this password is one people choose most (or one with digits or symbols added); choose three or four unrelated words"
        }
        return nil
    }

    /// Whether `lowered`, or what is left of it without digits, symbols and spaces at either end,
    /// is a common password, a service's own word, a run of the alphabet or the keyboard, or nothing.
    private static func isCommon(_ lowered: String) -> Bool {
        let core = lowered.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
        let base = String(core)
        if base.count < 4 { return true }
        for candidate in [lowered, base] {
            if CommonPasswords.all.contains(Substring(candidate)) || serviceWords.contains(candidate) { return true }
            if sequences.contains(where: { $0.contains(candidate) }) { return true }
        }
        return false
    }

    /// Words anyone guessing a password for this service would try first.
    private static let serviceWords: Set<String> = [
        "reform", "reformtracker", "tracker", "council", "manchester", "children", "socialcare", "stablehomes", "welcome", "changeme", "password",
    ]

    /// Runs of characters in order: the alphabet, digits and the keyboard's rows, forwards and back, twice round.
    private static let sequences: [String] = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"]
        .flatMap { [$0 + $0, String($0.reversed()) + String($0.reversed())] }

    /// The bcrypt hash of `password`, at `cost` (12 in use: `SessionRules.bcryptCost`).
    static func hash(_ password: String, cost: UInt8 = SessionRules.bcryptCost) async throws(AppError) -> String {
        try await PasswordHashing.shared.run { Bcrypt.hash(password, cost: cost) }
    }

    /// A hash of `cost` that no password typed into a form matches (it hashes a control character).
    static func unmatchableHash(cost: UInt8) -> String {
        Bcrypt.hash("\u{0}no password\u{0}" + SessionToken.random(), cost: cost)
    }

    /// Whether `password` matches `hash`.
    static func verify(_ password: String, hash: String, on hashing: PasswordHashing = .shared) async throws(AppError) -> Bool {
        try await hashing.run { Bcrypt.verify(password, hash: hash) }
    }
}
