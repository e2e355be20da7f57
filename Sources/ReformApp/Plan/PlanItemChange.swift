import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// What every form that changes the plan shares: the edit is made in place on the latest
/// revision, provided the item has not changed since the revision the form was drawn from
/// (`base`); if only other items have, it is made on the latest all the same. A plan still in
/// its file is first kept in the record as it is, so that the record holds what the plan was
/// before the first change.
struct PlanItemChange {
    /// The item the form changes.
    var unit: PlanMerge.Unit
    var reason: String
    /// The revision the form was drawn from; `nil` when it was drawn from the file.
    var base: Int64?
    /// The programme file: the plan while the record has no revision.
    var workingCopy: String

    /// Makes the edit `edit` builds from the latest revision's plan, in place in its text, and publishes it.
    ///
    /// - Throws: `AppError`: a conflict naming who changed the item since `base`; the loader's
    ///   messages, each on the field it concerns (`fields` gives a key's field); nothing stored.
    func run(record: Record, moment: Moment, person: Person, fields: [String: InputField],
             edit: (Programme) throws(AppError) -> PlanTextEdit) async throws(AppError) -> PlanRevision {
        guard person.may(.changePlan) else { throw AppError.forbidden(.changePlan) }
        guard !reason.trimmingSpaces().isEmpty else {
            throw AppError.invalid("give the reason for the change: the plan's log says who changed what, and why", .reason)
        }
        let latest = try await latestOrFirst(record: record, moment: moment, person: person)
        let latestNumber = latest.number ?? 0
        var drawnFrom = latestNumber
        if let base {
            drawnFrom = base
        } else if let first = try await record.read(ifNone: nil, { store throws(StoreError) in try await store.firstRevision() }) {
            // Drawn while the plan was its file: the first revision is that file.
            drawnFrom = first.number ?? latestNumber
        }
        if drawnFrom != latestNumber {
            guard let original = try await record.read(ifNone: nil, { store throws(StoreError) in try await store.revision(drawnFrom) }) else {
                throw AppError.invalid("the form was drawn from revision \(drawnFrom) of the plan, which does not exist: reload the page", .base)
            }
            if PlanMerge.Units(original.text)?.byUnit[unit] != PlanMerge.Units(latest.text)?.byUnit[unit] {
                let who = try await ChangesSince.describe([unit], after: drawnFrom, upTo: latestNumber, record: record)
                throw AppError("\(unit) was changed after this form was drawn (from revision \(drawnFrom)), so nothing was saved:\n"
                               + who.joined(separator: "\n") + "\nThe form shows what you typed: check it against the change and send it again.",
                               kind: .conflict(latestEvent: latestNumber), nothingRecorded: true)
            }
        }
        let current = try await RecordedRevisions.load(latest)
        let textEdit = try edit(current.programme)
        // The revision's whole outline when it was made after it was published; else as much of one as the edit needs.
        guard let outline = RecordedRevisions.outline(of: latest.sha256)
                ?? PlanOutline(latest.text, upTo: textEdit.section, id: textEdit.isNew ? nil : textEdit.id) else {
            throw AppError("the plan's revision \(latestNumber) could not be read as YAML")
        }
        let text: [UInt8]
        do { text = try textEdit.applied(to: outline) } catch {
            throw AppError(error.description, kind: .notFound, field: .id, nothingRecorded: true)
        }
        guard text != latest.text else { throw AppError.invalid("nothing was changed: the form is as the plan already has it", nil) }
        do {
            return try await PlanPublication(text: text, name: "the edited plan", reason: reason, base: latest, onlyItem: unit.id)
                .publish(record: record, moment: moment, person: person)
        } catch {
            throw onField(error, text: text, fields: fields)
        }
    }

    /// The latest revision; when there is none, the working copy kept as the first.
    private func latestOrFirst(record: Record, moment: Moment, person: Person) async throws(AppError) -> PlanRevision {
        if let latest = try await RecordedRevisions.latest(record: record) { return latest }
        let text: [UInt8]
        do { text = try FileBytes.read(path: workingCopy, limit: LoaderLimits.standard.maxFileBytes) } catch {
            throw AppError("\(workingCopy): error: \(error.message)", located: true)
        }
        let first = PlanPublication(text: text, name: workingCopy, reason: "the plan as it stood in its file, kept before the first change made in the browser",
                                    base: nil)
        do {
            return try await first.publish(record: record, moment: moment, person: person)
        } catch {
            // Another server kept it first: that one is the latest.
            guard case .conflict = error.kind, let latest = try await RecordedRevisions.latest(record: record) else { throw error }
            return latest
        }
    }

    /// The loader's first error put on the field of the key it is on, when it is on the edited item.
    private func onField(_ error: AppError, text: [UInt8], fields: [String: InputField]) -> AppError {
        guard let first = error.diagnostics.first, let outline = PlanOutline(text), let id = unit.id,
              let item = outline.item(id, in: unit.section) else { return error }
        let offset = Self.offset(ofLine: first.position.line, in: text)
        let key = item.entries.first { $0.lines.contains(offset) }?.key
        var placed = AppError.invalid(first.message, key.flatMap { fields[$0] } ?? .title)
        placed.diagnostics = error.diagnostics
        return placed
    }

    private static func offset(ofLine line: Int, in text: [UInt8]) -> Int {
        var seen = 1, index = 0
        while seen < line, index < text.count {
            if text[index] == 0x0A { seen += 1 }
            index += 1
        }
        return index
    }
}
