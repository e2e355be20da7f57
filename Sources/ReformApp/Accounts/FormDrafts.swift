import Foundation
import ReformStore

/// What a person typed into a form after their session had ended: kept in the record for an hour
/// under a token their browser holds, and shown once on the form's page after they sign in again,
/// so that a note typed for half an hour is never lost to the idle limit. Nothing is recorded
/// from a draft until they send the form again.
public struct FormDrafts: Sendable {
    /// How long a draft is kept: an hour.
    public static let lifetime: Int64 = 60 * 60

    private let record: Record
    private let now: @Sendable () -> Int64

    /// Drafts kept in `record`, on the clock `now` (seconds since 1970).
    public init(record: Record, now: @escaping @Sendable () -> Int64) {
        self.record = record
        self.now = now
    }

    /// Keeps `fields` (the form's names and values, the CSRF token left out) for the page at
    /// `path`, and returns the token for the browser's cookie.
    public func keep(path: String, fields: [String: String]) async throws(AppError) -> String {
        let token = SessionToken.random()
        let data = (try? JSONEncoder().encode(fields.filter { $0.key != "csrf" })) ?? Data("{}".utf8)
        let (hash, text, time) = (SessionToken.hash(token), String(decoding: data, as: UTF8.self), now())
        try await record.write { store throws(StoreError) in try await store.keepDraft(tokenHash: hash, path: path, fields: text, at: time) }
        return token
    }

    /// The fields kept under `token` for the page at `path`, if there are any and they are less
    /// than an hour old; taken once (a draft for another page is dropped).
    public func take(token: String, path: String) async throws(AppError) -> [String: String]? {
        let (hash, since) = (SessionToken.hash(token), now() - Self.lifetime)
        let found = try await record.write { store throws(StoreError) in try await store.takeDraft(tokenHash: hash, since: since) }
        guard let found, found.path == path else { return nil }
        return (try? JSONDecoder().decode([String: String].self, from: Data(found.fields.utf8))) ?? [:]
    }

    /// Removes drafts past their hour: what a server's housekeeping does.
    public func prune() async throws(AppError) -> Int {
        let before = now() - Self.lifetime
        return try await record.write { store throws(StoreError) in try await store.pruneDrafts(before: before) }
    }
}
