import ReformRecord
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

    /// What the failure means for a front end that answers differently to each (a web form).
    public enum Kind: Sendable, Equatable {
        /// Anything else: the record or the plan could not be used.
        case general
        /// What was asked for is not acceptable as given (a bad date, an unknown status): the
        /// person can put it right and try again.
        case invalidInput
        /// Something else was recorded meanwhile, so nothing was: the action's newest event now.
        case conflict(latestEvent: Int64?)
        /// It names nothing: no such event, resolution or plugin.
        case notFound
        /// Too much is being done at once: try again after this many seconds.
        case busy(retryAfter: Int64)
    }

    /// The message: one or more lines, each complete in itself.
    public let message: String
    /// How the front end should end.
    public let status: Status
    /// What it means, for front ends that answer each kind differently.
    public let kind: Kind
    /// What a server writes to its log but does not show (a plugin's file on the server), if anything.
    public var detail: String?

    /// Creates an error.
    public init(_ message: String, status: Status = .failure, kind: Kind = .general) {
        self.message = message
        self.status = status
        self.kind = kind
    }

    /// An error of the record, as `path: error: message`; a refused update is a conflict.
    public init(_ error: StoreError) {
        self.init(error.description, kind: error.conflict.map { .conflict(latestEvent: $0.latestEvent) } ?? .general)
    }

    public var description: String { message }

    /// The value of `body`, its store errors made `AppError`s and its `AppError`s passed on as they are.
    static func catching<T>(_ body: () async throws -> T) async throws(AppError) -> T {
        do {
            return try await body()
        } catch let error as AppError {
            throw error
        } catch let error as StoreError {
            throw AppError(error)
        } catch {
            throw AppError("error: \(error)")
        }
    }
}
