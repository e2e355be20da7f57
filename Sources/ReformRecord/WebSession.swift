/// A signed-in browser: kept in the store, so that every server sharing the store knows it.
///
/// The cookie carries a random token; the store keeps only its SHA-256, so a copy of the store
/// lets no one sign in as anybody.
public struct WebSession: Hashable, Sendable {
    /// The SHA-256 (hex) of the cookie's token.
    public var tokenHash: String
    /// Whose session it is.
    public var userID: Int64
    /// The token every form of this session carries against cross-site requests.
    public var csrfToken: String
    /// When it began and when it was last used, in seconds since 1970 (UTC).
    public var startedAt: Int64
    public var lastSeenAt: Int64

    /// Creates a session.
    public init(tokenHash: String, userID: Int64, csrfToken: String, startedAt: Int64, lastSeenAt: Int64) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.startedAt = startedAt
        self.lastSeenAt = lastSeenAt
    }

    /// The columns of its table, in order.
    public enum Column: String, CaseIterable {
        case tokenHash = "token_hash", userID = "user_id", csrfToken = "csrf_token", startedAt = "started_at", lastSeenAt = "last_seen_at"
    }
}
