import ReformRecord
import ReformStore

/// Whose updates wait for sign-off: a contributor's, on an action of an open round with sign-off.
/// A lead's (or an admin's, or the command line's) own updates need none.
enum SignOffRule {
    /// The round an update of `action` by `person` would wait for sign-off in, if any.
    static func round(for action: String, by person: Person, record: Record) async throws(AppError) -> Int64? {
        guard !person.may(.runRounds) else { return nil }
        return try await record.read(ifNone: nil) { store throws(StoreError) in
            try await store.rounds().first { $0.isOpen && $0.signOff && $0.actions.contains(action) }?.id
        }
    }
}
