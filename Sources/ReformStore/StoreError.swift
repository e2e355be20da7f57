/// Why the record could not be used: where it is, and what went wrong in words.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The record's location (its path).
    public let location: String
    /// What went wrong, and what to do where that is known.
    public let message: String
    /// Set when an update was refused because another was recorded for its action since the
    /// writer read it: the newest event of that action now. Nothing was written.
    public let conflict: Conflict?

    /// The record moved on under a writer: the action's newest event is no longer the one the
    /// writer's update was based on.
    public struct Conflict: Sendable {
        /// The number of the action's newest event now.
        public let latestEvent: Int64?
    }

    /// Creates an error about the record at `location`.
    public init(location: String, message: String, conflict: Conflict? = nil) {
        self.location = location
        self.message = message
        self.conflict = conflict
    }

    /// `path: error: message`, as every front end shows it.
    public var description: String { "\(location): error: \(message)" }
}

extension StoreError {
    /// A database written by a newer version of the tool, which this one must not change.
    static func newerVersion(_ location: String) -> StoreError {
        StoreError(location: location, message: "this history database was written by a newer version of reform; upgrade reform to use it (nothing was changed)")
    }
}
