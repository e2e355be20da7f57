/// A contact officer; `name` is absent where only the role is known.
public struct Contact: Hashable, Sendable, Codable {
    /// The person's name, when known.
    public var name: String?
    /// Their role.
    public var position: String
    /// Telephone number.
    public var telephone: String?
    /// Email address.
    public var email: String?

    /// Creates a contact.
    public init(name: String? = nil, position: String, telephone: String? = nil, email: String? = nil) {
        self.name = name
        self.position = position
        self.telephone = telephone
        self.email = email
    }
}
