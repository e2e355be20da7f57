/// `GET /login`: the sign-in form, with the message of a failed attempt.
struct LoginPage: Sendable {
    let csrf: String
    let next: String
    let username: String
    let current: String?
    let message: String?
    /// Whether a form sent after the session ended was kept as a draft for this browser.
    var draftKept = false
}
