import Testing
@testable import ReformApp

/// What a new account's name and password may be (issue 25: weak passwords and look-alike names were accepted).
@Suite("Account rules")
struct AccountRulesTests {
    @Test("common, repeated and guessable passwords of 12 characters or more are refused", arguments: [
        "password1234", "aaaaaaaaaaaa", "            ", "alicealicealice", "Password123!", "qwerty123456", "123456789012", "abcdefghijkl",
        "iloveyou2024", "Manchester2024", "1qaz2wsx3edc", "letmein12345!", "zxcvbnm12345", "121212121212",
    ])
    func weakPasswordsAreRefused(password: String) {
        #expect(Passwords.problem(with: password, username: "alice") != nil, "\(password)")
    }

    @Test("a password of unrelated words, or a long random one, is accepted", arguments: [
        "correct horse battery staple", "a long enough password", "Kettle-Orbit-Plum-47", "T7#qv!9Lr2@x", "tea at four on the terrace",
    ])
    func strongPasswordsAreAccepted(password: String) {
        #expect(Passwords.problem(with: password, username: "alice") == nil, "\(password)")
    }

    @Test("usernames are ASCII letters, digits, '.', '-' and '_': look-alike letters, combining marks, spaces and '@' are refused",
          arguments: ["adмin1", "lead1\u{301}", "alice smith", "alice@council.gov.uk", "", String(repeating: "a", count: 65), "bob\u{200B}"])
    func lookAlikeNamesAreRefused(name: String) {
        #expect(Usernames.problem(name) != nil, "\(name)")
    }

    @Test("ordinary usernames are accepted", arguments: ["alice.smith", "bob_jones-2", "LEAD1", String(repeating: "a", count: 64)])
    func ordinaryNamesAreAccepted(name: String) {
        #expect(Usernames.problem(name) == nil)
    }
}
