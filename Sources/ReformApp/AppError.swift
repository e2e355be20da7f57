import ReformStore

/// Why a use case could not be done, in words a user can act on, with the exit status a command
/// line should end with. Every front end turns it into its own form in one place.
public struct AppError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure it is, which decides a command's exit status.
    public enum Status: Int32, Sendable {
        /// The programme is invalid or the command failed: exit status 1.
        case failure = 1
        /// The request named something that does not exist, as a wrong command line does: exit status 2.
        case usage = 2
    }

    /// The message: one or more lines, each complete in itself.
    public let message: String
    /// How the front end should end.
    public let status: Status

    /// Creates an error.
    public init(_ message: String, status: Status = .failure) {
        self.message = message
        self.status = status
    }

    /// An error of the record, as `path: error: message`.
    public init(_ error: StoreError) {
        self.init(error.description)
    }

    public var description: String { message }
}
