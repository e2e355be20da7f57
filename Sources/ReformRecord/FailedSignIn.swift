/// One failed sign-in, kept to slow down guessing: for a username, from an address, at a time
/// (seconds since 1970, UTC).
public struct FailedSignIn: Hashable, Sendable {
    /// Its number, in the order recorded.
    public var id: Int64
    /// The username tried, as typed.
    public var username: String
    /// The address it came from.
    public var address: String
    /// When.
    public var at: Int64

    /// A failed sign-in as recorded.
    public init(id: Int64, username: String, address: String, at: Int64) {
        self.id = id
        self.username = username
        self.address = address
        self.at = at
    }
}
