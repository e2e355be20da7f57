import ReformCore
import ReformRecord

/// The long-lived cookie of a browser that has signed in as a user before: with it, the right
/// password is not refused because of failures counted against the user's name or the address,
/// so that nobody can lock a person out of their own browser by guessing at their name. Its
/// failures are counted apart, against the cookie (`SessionRules.failedSignInLimit`).
///
/// The value is `user id . expiry . HMAC-SHA256(key: the user's password hash, id . expiry)`:
/// a server needs no secret of its own to check it (several servers share a record, not a key),
/// and a new password ends every such cookie of the user.
public enum DeviceCookie {
    /// How long a device is remembered: 180 days.
    public static let lifetime: Int64 = 180 * 24 * 60 * 60

    /// A cookie value for `user`, valid until `now + lifetime`.
    public static func value(for user: UserAccount, now: Int64) -> String {
        let body = "\(user.id ?? 0).\(now + lifetime)"
        return body + "." + signature(body, key: user.passwordHash)
    }

    /// What a failed sign-in with `value` is counted against, when `value` is a live cookie of
    /// `user` at `now`: a hash of the cookie, never the cookie itself. `nil` for anything else.
    public static func device(_ value: String?, of user: UserAccount?, now: Int64) -> String? {
        guard let value, let user, let id = user.id, value.utf8.count <= 128 else { return nil }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, Int64(parts[0]) == id, let expiry = Int64(parts[1]), expiry > now else { return nil }
        let body = "\(parts[0]).\(parts[1])"
        guard constantTimeEqual(String(parts[2]), signature(body, key: user.passwordHash)) else { return nil }
        return "device:" + SHA256.hex(Array(value.utf8))
    }

    /// HMAC-SHA256 (RFC 2104) of `message` under `key`, as hex.
    static func signature(_ message: String, key: String) -> String {
        hex(hmac(key: Array(key.utf8), message: Array(message.utf8)))
    }

    /// HMAC-SHA256 of `message` under `key` (RFC 2104; checked against RFC 4231's vectors).
    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        let blockSize = 64
        var key = key.count > blockSize ? SHA256.digest(key) : key
        key += [UInt8](repeating: 0, count: blockSize - key.count)
        let inner = SHA256.digest(key.map { $0 ^ 0x36 } + message)
        return SHA256.digest(key.map { $0 ^ 0x5c } + inner)
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
