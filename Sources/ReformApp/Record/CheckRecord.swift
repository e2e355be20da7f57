import ReformModel
import ReformRecord
import ReformStore

/// The record's health, as `reform doctor` reports it and `reform serve` checks at start: the
/// database's own check, and text that earlier versions could have shown as markup, and names that could be mistaken for others.
///
/// Before issue 25, pages escaped what they showed one grapheme cluster at a time, so a `<`
/// joined to a neighbouring scalar (U+0600 before it, U+0301 after it) reached a page as markup.
/// Pages now escape by scalar, so such text is harmless; but the record is append-only, and a
/// note written to attack an earlier version is still there, for a lead to void with a reason.
public struct CheckRecord: Sendable {
    /// A value worth an administrator's look.
    public struct Finding: Sendable, Equatable {
        /// What holds it, in words: "event 12's note", "committee response 3", "user 'x'".
        public let place: String
        /// What is wrong with it.
        public let problem: String
        /// What to do about it.
        public let remedy: String
    }

    /// What the check found.
    public struct Outcome: Sendable {
        /// The database's own check: "ok" when sound.
        public let integrity: String
        /// Values holding a markup character joined to another scalar.
        public let findings: [Finding]

        /// Whether there is nothing to report.
        public var isHealthy: Bool { integrity == "ok" && findings.isEmpty }
    }

    /// A check.
    public init() {}

    /// Checks `record`; `nil` when there is no record yet.
    public func run(record: Record) async throws(AppError) -> Outcome? {
        try await record.read(ifNone: nil) { store throws(StoreError) in try await check(store) }
    }

    private func check(_ store: RecordStore) async throws(StoreError) -> Outcome {
        do {
            var findings: [Finding] = []
            let voided = Set(try await store.voids().keys)
            for event in try await store.events() where !voided.contains(event.id ?? -1) {
                let number = event.id ?? 0
                for (field, text) in [("note", event.note), ("reason", event.reason), ("recorded_by", event.recordedBy)] where Self.hidesMarkup(text) {
                    findings.append(Finding(place: "event \(number)'s \(field) (\(event.action))", problem: Self.markupProblem,
                                            remedy: event.isVoid ? "a void cannot be voided; it is shown as text and is harmless now"
                                                : "reform void \(number) --reason \"text that older versions showed as markup\""))
                }
            }
            for response in try await store.committeeResponses() where Self.hidesMarkup(response.response) {
                findings.append(Finding(place: "committee response \(response.id ?? 0) (resolution \(response.resolution))", problem: Self.markupProblem,
                                        remedy: "record a new response to resolution \(response.resolution): the latest stands"))
            }
            // A name from before names were kept to ASCII may look like another's (`adмin`, `lead1\u{301}`).
            for user in try await store.users() where Usernames.problem(user.username) != nil || user.owners.contains(where: Self.hidesMarkup) {
                let shown = user.username.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
                findings.append(Finding(place: "user '\(shown)'",
                                        problem: "has a name or an owner that could be mistaken for another's (letters outside ASCII, or marks joined to letters)",
                                        remedy: "disable the account and add the person again under a name of ASCII letters and digits"))
            }
            return Outcome(integrity: try await store.integrityCheck(), findings: findings)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(location: store.location, message: "\(error)")
        }
    }

    private static let markupProblem = "holds a markup character joined to another character, which earlier versions of reform showed on a page as markup (it is shown as text now)"

    /// Whether `text` holds `<`, `>`, `&`, `"` or `'` in a grapheme cluster with another scalar.
    static func hidesMarkup(_ text: String?) -> Bool {
        guard let text, text.utf8.contains(where: { "<>&\"'".utf8.contains($0) }) else { return false }
        return text.contains { character in
            character.unicodeScalars.count > 1 && character.unicodeScalars.contains { "<>&\"'".unicodeScalars.contains($0) }
        }
    }
}
