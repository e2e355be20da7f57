import ReformCore

/// The random values of the web's sessions: the token a session cookie carries, and the hash
/// of it that the store keeps.
public enum SessionToken {
    /// 32 random bytes as 64 hex digits, from the system's secure generator.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<32).flatMap { _ -> [Character] in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return [digits[Int(byte >> 4)], digits[Int(byte & 15)]]
        })
    }

    /// What the store keeps of a token: its SHA-256, so that a copy of the store opens no session.
    public static func hash(_ token: String) -> String {
        SHA256.hex(Array(token.utf8))
    }
}
