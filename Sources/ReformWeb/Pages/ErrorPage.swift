/// A page that says why the one asked for is not shown, with what to do.
struct ErrorPage: Sendable {
    struct Link: Sendable {
        let href: String
        let text: String
    }

    let heading: String
    let message: String
    let link: Link?
    /// Whether to offer signing in (the person is not signed in).
    let signIn: Bool
}
