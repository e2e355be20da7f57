import ReformCore
import ReformModel
import ReformStore

/// Why a use case could not be done, as data: what went wrong in words a user can act on, which
/// of the use case's arguments it is about, what kind of failure it is, and whether anything was
/// written. Every front end words it in one place: the command line with its flags
/// (`--reason: …`), the web with its form fields.
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
        /// The person may not do it: the least role that may.
        case forbidden(needed: String)
    }

    /// The message: one or more lines, each complete in itself, naming no flag or form field.
    public let message: String
    /// How the front end should end.
    public let status: Status
    /// What it means, for front ends that answer each kind differently.
    public let kind: Kind
    /// The argument at fault, where one is.
    public let field: InputField?
    /// Whether the use case writes and wrote nothing: the command line says so after the message.
    public let nothingRecorded: Bool
    /// Whether the message already says where it is (`file:line:column: error: …`, `path: error: …`),
    /// so that a front end shows it as it is.
    public let located: Bool
    /// What a server writes to its log but does not show (a plugin's file on the server), if anything.
    public var detail: String?
    /// For an id that names nothing, the nearest id that names something, if any: a page links to it.
    public var nearest: String?
    /// For a plan that does not validate, the loader's errors with their positions: a form puts each on the field it concerns.
    public var diagnostics: [Diagnostic] = []

    /// Creates an error.
    public init(_ message: String, status: Status = .failure, kind: Kind = .general, field: InputField? = nil, nothingRecorded: Bool = false,
                located: Bool = false) {
        self.message = message
        self.status = status
        self.kind = kind
        self.field = field
        self.nothingRecorded = nothingRecorded
        self.located = located
    }

    /// Lines that already say where each problem is (a file's diagnostics).
    static func located(_ lines: String, status: Status = .failure) -> AppError {
        AppError(lines, status: status, located: true)
    }

    /// A value that is not acceptable as given, about `field`: nothing was recorded.
    static func invalid(_ message: String, _ field: InputField?, status: Status = .failure) -> AppError {
        AppError(message, status: status, kind: .invalidInput, field: field, nothingRecorded: true)
    }

    /// An error of the record, as `path: error: message`; a refused update is a conflict.
    public init(_ error: StoreError) {
        self.init(error.description, kind: error.conflict.map { .conflict(latestEvent: $0.latestEvent) } ?? .general, located: true)
    }

    public var description: String { message }

    /// No `what` named `id` in `place`, naming the nearest of `known` when one is close.
    static func noSuch(_ what: String, _ id: String, in place: String, among known: [String], field: InputField, status: Status = .failure,
                       then advice: String = "") -> AppError {
        let nearest = Suggestion.closest(to: id, among: known)
        var error = AppError("no \(what) '\(id)' in \(place)\(nearest.map { " (did you mean '\($0)'?)" } ?? "")\(advice)", status: status,
                             kind: .notFound, field: field, nothingRecorded: true)
        error.nearest = nearest
        return error
    }

    /// The value of `body`, its store errors made `AppError`s and its `AppError`s passed on as they are.
    static func catching<T>(_ body: () async throws -> T) async throws(AppError) -> T {
        do {
            return try await body()
        } catch let error as AppError {
            throw error
        } catch let error as StoreError {
            throw AppError(error)
        } catch {
            throw AppError("\(error)")
        }
    }
}

/// The arguments of the use cases that an error can be about: each front end knows its own name
/// for each (a flag, a form field), and nothing else does.
public enum InputField: String, Sendable, CaseIterable {
    case action, event, status, progress, due, note, at, by, reason, response, resolution, committee, meeting, run, issue
    case username, password, role, owners, state, email
    case plugin, format, since, asOf = "as_of", option, year, pillar, policy
    case id, title, owner, partners, start, dependsOn = "depends_on", milestone, base, cost, revision, name, file
    case round, smtp, verdict, publicURL = "public_url", remindBefore = "remind_before"
}
