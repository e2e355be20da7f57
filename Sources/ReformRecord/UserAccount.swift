/// A person who signs in to the web front end.
public struct UserAccount: Hashable, Sendable, Codable {
    /// The account's number; `nil` until the store has assigned it.
    public var id: Int64?
    /// The name they sign in with; unique without regard to case.
    public var username: String
    /// The bcrypt hash of their password; the password itself is never kept.
    public var passwordHash: String
    /// What they may do.
    public var role: Role
    /// The action owners whose actions a contributor may update (the plan's `owner` values).
    public var owners: [String]
    /// Whether the account is disabled: it cannot sign in, and its sessions are ended.
    public var disabled: Bool
    /// When it was made, UTC.
    public var createdAt: String
    /// Where reminders are sent; `nil` for none. Shown to admins only.
    public var email: String?

    /// Creates an account.
    public init(id: Int64? = nil, username: String, passwordHash: String, role: Role, owners: [String] = [], disabled: Bool = false,
                createdAt: String, email: String? = nil) {
        self.id = id
        self.username = username
        self.passwordHash = passwordHash
        self.role = role
        self.owners = owners
        self.disabled = disabled
        self.createdAt = createdAt
        self.email = email
    }

    /// The columns of its table, in order.
    public enum Column: String, CaseIterable {
        case id, username, passwordHash = "password_hash", role, owners, disabled, createdAt = "created_at", email
    }
}
