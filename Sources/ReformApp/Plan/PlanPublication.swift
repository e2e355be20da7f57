import ReformCore
import ReformModel
import ReformRecord
import ReformStore
import ReformSystem

/// The one way a revision enters the record, whether from `reform plan publish` or a form: the
/// text is loaded and validated as `reform validate` would; it must keep every action and
/// resolution with recorded history; what it changes is worked out in words; and it is stored
/// only if the latest revision is still `base`. Nothing invalid, and nothing overtaken, is stored.
struct PlanPublication {
    /// The whole text, byte for byte.
    var text: [UInt8]
    /// What the text is called in the loader's messages (the file's path, or "the edited plan").
    var name: String
    var reason: String
    /// The revision it is based on: the latest, as far as its maker knows; `nil` for the first.
    var base: PlanRevision?
    /// The one item a form changed, when that is all that changed: what changed is then worked out for it alone.
    var onlyItem: String? = nil

    /// Stores the text as the next revision.
    ///
    /// - Throws: `AppError`: the loader's messages for a text that does not validate; an action or
    ///   resolution with history left out; a conflict when another revision was published meanwhile.
    func publish(record: Record, moment: Moment, person: Person) async throws(AppError) -> PlanRevision {
        let why = reason.trimmingSpaces()
        guard !why.isEmpty else { throw AppError.invalid("give the reason for the change: the plan's log says who changed what, and why", .reason) }
        do { try FreeTextLimit.check(why, field: "reason") } catch { throw AppError.invalid(error) }
        let new = try await Self.validated(text, name: name)
        var previous: LoadedProgramme?
        if let base { previous = try await RecordedRevisions.load(base) }
        try await Self.checkHistoryKept(in: new.programme, record: record)
        let item = onlyItem
        let changes = previous.map { old in item.map { PlanChanges.between(old.programme, new.programme, onlyItem: $0) } ?? PlanChanges.between(old.programme, new.programme) } ?? []
        let revision = PlanRevision(text: text, sha256: SHA256.hex(text), recordedBy: person.name, recordedAt: moment.stamp, reason: why,
                                    base: base?.number, changes: changes)
        let outcome = try await record.write { store throws(StoreError) in try await store.publish(revision) }
        switch outcome {
        case .published(let stored):
            RecordedRevisions.keep(new, of: stored)
            return stored
        case .stale(let latest):
            throw AppError("revision \(latest.number ?? 0) was published by \(latest.recordedBy) meanwhile (\(latest.reason)), so nothing was published: "
                           + "make the change again on the latest plan", kind: .conflict(latestEvent: latest.number), nothingRecorded: true)
        }
    }

    /// `text` loaded and validated, its problems as the loader words them.
    static func validated(_ text: [UInt8], name: String) async throws(AppError) -> LoadedProgramme {
        do {
            return try await BlockingWork.run { () throws(ProgrammeLoadError) in try ProgrammeLoader.parse(bytes: text, file: name) }
        } catch {
            let lines = error.diagnostics.map { $0.formatted(file: error.file) }
            var refused = AppError.located((lines + ["\(name): \(Plural.count(error.diagnostics.errors.count, "error")); nothing was published"])
                .joined(separator: "\n"))
            refused.diagnostics = error.diagnostics.errors
            throw refused
        }
    }

    /// Refuses a plan that leaves out an action or a resolution with recorded history: retiring one is `status: cancelled` with a reason.
    static func checkHistoryKept(in programme: Programme, record: Record) async throws(AppError) {
        let (actions, resolutions) = try await record.read(ifNone: (Set<String>(), Set<String>())) { store throws(StoreError) in
            (Set(try await store.eventCounts().keys), Set(try await store.committeeResponses().map(\.resolution)))
        }
        let kept = Set(programme.actions.map(\.id))
        let keptResolutions = Set(programme.committees.flatMap { $0.meetings.flatMap { $0.resolutions.map(\.id) } })
        let lost = actions.subtracting(kept).sorted().map { "action \($0)" } + resolutions.subtracting(keptResolutions).sorted().map { "resolution \($0)" }
        guard lost.isEmpty else {
            throw AppError.invalid("the plan leaves out \(lost.joined(separator: ", ")), which \(lost.count == 1 ? "has" : "have") recorded history and must stay: "
                                   + "retire an action with `status: cancelled` and a reason instead", nil)
        }
    }
}
