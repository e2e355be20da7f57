/// `GET /login`: the sign-in form, with the message of a failed attempt.
struct LoginPage: Sendable {
    let csrf: String
    let next: String
    let username: String
    let current: String?
    let message: String?
}
