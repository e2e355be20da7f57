/// Why the record could not be used: where it is, and what went wrong in words.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The record's location (its path).
    public let location: String
    /// What went wrong, and what to do where that is known.
    public let message: String

    /// Creates an error about the record at `location`.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// `path: error: message`, as every front end shows it.
    public var description: String { "\(location): error: \(message)" }
}
