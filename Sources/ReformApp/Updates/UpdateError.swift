/// Why an update was refused; nothing was written.
public struct UpdateError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what would be right.
    public let message: String
    /// The field at fault (`action`, `at`, `status`, `progress`, `due`, ...), where one is: a CSV
    /// row's column, a web form's field.
    public let field: String?

    /// Creates an error, about `field` where one is at fault.
    public init(message: String, field: String? = nil) {
        self.message = message
        self.field = field
    }

    public var description: String { message }
}
