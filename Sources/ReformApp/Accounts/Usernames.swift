/// What a sign-in name may be: ASCII letters, digits, `.`, `-` and `_`, 1 to 64 of them. No
/// look-alike letters from other scripts (`adмin`) and no combining marks (`lead1\u{301}`), so a
/// name read on a page is the name that signs in.
public enum Usernames {
    /// The longest name.
    public static let maximumLength = 64

    /// Why `username` cannot be a new account's name, or `nil`.
    public static func problem(_ username: String) -> String? {
        guard !username.isEmpty, username.unicodeScalars.count <= maximumLength, username.unicodeScalars.allSatisfy(isAllowed) else {
            return "'\(username)' cannot be a username: use 1 to \(maximumLength) ASCII letters, digits, '.', '-' or '_', such as alice.smith"
        }
        return nil
    }

    /// Whether `username` could name an account at all: what a sign-in checks before anything is
    /// counted or looked up (names made by earlier versions may also hold `@` or non-ASCII letters,
    /// but never a control character or a space, nor more than 64 scalars).
    static func couldName(_ username: String) -> Bool {
        !username.isEmpty && username.unicodeScalars.count <= maximumLength
            && !username.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
    }
}
