import Foundation
import PostgresNIO
import ReformModel

/// How the record's types are read from PostgreSQL's rows: each query names its columns in the
/// order the decoder here expects them.
enum PostgresRows {
    /// An event's columns, in `event(_:)`'s order (and COPY's).
    static let eventColumns = "id, action, occurred_at, day, recorded_at, recorded_by, note, status_old, status_new, "
        + "progress_old, progress_new, due_old, due_new, origin, voids, reason"

    /// Every event of `rows`, selected with `eventColumns`.
    static func events(_ rows: PostgresRowSequence) async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        for try await row in rows {
            let (id, action, occurredAt, day, recordedAt, recordedBy, note, statusOld, statusNew, progressOld, progressNew,
                 dueOld, dueNew, origin, voids, reason) = try row.decode(
                    (Int64, String, String, String, String, String, String?, String?, String?, Int?, Int?, String?, String?, String, Int64?, String?).self)
            events.append(RecordedEvent(
                id: id, action: action, occurredAt: occurredAt, day: day, recordedAt: recordedAt, recordedBy: recordedBy, note: note,
                statusOld: statusOld.flatMap(Action.Status.init(rawValue:)), statusNew: statusNew.flatMap(Action.Status.init(rawValue:)),
                progressOld: progressOld, progressNew: progressNew, dueOld: dueOld, dueNew: dueNew,
                origin: EventOrigin(rawValue: origin) ?? .update, voids: voids, reason: reason))
        }
        return events
    }

    /// A report run's columns, in `reportRuns(_:)`'s order.
    static let reportRunColumns = "id, plugin, plugin_version, format, as_of, since, generated_at, output_sha256, output_bytes, output_path, actions, run_by"

    /// Every report run of `rows`, selected with `reportRunColumns`.
    static func reportRuns(_ rows: PostgresRowSequence) async throws -> [ReportRun] {
        var runs: [ReportRun] = []
        for try await row in rows {
            let (id, plugin, pluginVersion, format, asOf, since, generatedAt, sha256, bytes, path, actions, runBy) = try row.decode(
                (Int64, String, String, String, String, String?, String, String, Int, String?, String, String?).self)
            runs.append(ReportRun(id: id, plugin: plugin, pluginVersion: pluginVersion, format: format, asOf: asOf, since: since,
                                  generatedAt: generatedAt, outputSHA256: sha256, outputBytes: bytes, outputPath: path, actions: actions, runBy: runBy))
        }
        return runs
    }

    /// An account's columns, in `users(_:)`'s order.
    static let userColumns = "id, username, password_hash, role, owners, disabled, created_at"

    /// Every account of `rows`, selected with `userColumns`.
    static func users(_ rows: PostgresRowSequence) async throws -> [UserAccount] {
        var users: [UserAccount] = []
        for try await row in rows {
            let (id, username, passwordHash, role, owners, disabled, createdAt) = try row.decode(
                (Int64, String, String, String, String, Bool, String).self)
            users.append(UserAccount(id: id, username: username, passwordHash: passwordHash, role: Role(rawValue: role) ?? .viewer,
                                     owners: AccountColumns.owners(json: owners), disabled: disabled, createdAt: createdAt))
        }
        return users
    }

    /// A session's columns, in `sessions(_:)`'s order.
    static let sessionColumns = "token_hash, user_id, csrf_token, started_at, last_seen_at"

    /// Every session of `rows`, selected with `sessionColumns`.
    static func sessions(_ rows: PostgresRowSequence) async throws -> [WebSession] {
        var sessions: [WebSession] = []
        for try await (tokenHash, userID, csrfToken, startedAt, lastSeenAt) in rows.decode((String, Int64, String, Int64, Int64).self) {
            sessions.append(WebSession(tokenHash: tokenHash, userID: userID, csrfToken: csrfToken, startedAt: startedAt, lastSeenAt: lastSeenAt))
        }
        return sessions
    }

    /// A committee response's columns, in `committeeResponses(_:)`'s order.
    static let responseColumns = "id, resolution, response, status, recorded_by, recorded_at"

    /// Every response of `rows`, selected with `responseColumns`.
    static func committeeResponses(_ rows: PostgresRowSequence) async throws -> [CommitteeResponse] {
        var responses: [CommitteeResponse] = []
        for try await (id, resolution, response, status, recordedBy, recordedAt) in rows.decode((Int64, String, String, String, String, String).self) {
            responses.append(CommitteeResponse(id: id, resolution: resolution, response: response,
                                               status: Resolution.Status(rawValue: status) ?? .open, recordedBy: recordedBy, recordedAt: recordedAt))
        }
        return responses
    }

    /// The single value of a one-row, one-column answer; `nil` when there is no row or it is NULL.
    static func value<T: PostgresDecodable & Sendable>(_ type: T.Type, of rows: PostgresRowSequence) async throws -> T? where T._DecodableType == T {
        var value: T?
        for try await cell in rows.decode(T?.self) { value = cell }
        return value
    }
}
