import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Stores a programme file as the plan's next revision, as `reform plan publish` does.
///
/// The file is based on the revision it was pulled from (`WorkingCopy`), or on `base` when
/// given. When later revisions changed only other items, its changes are made to the latest
/// revision in place and that is published; when one changed an item the file changes too, it
/// is refused, naming the item and who changed it. Nothing is ever silently overwritten.
public struct PublishPlan: Sendable {
    /// The file's path.
    public var file: String
    public var reason: String
    /// The revision the file was drawn from, when the command line says so (`--base`); else the one it was pulled from.
    public var base: Int64?

    public init(file: String, reason: String, base: Int64? = nil) {
        self.file = file
        self.reason = reason
        self.base = base
    }

    /// What came of it.
    public enum Outcome: Sendable {
        /// Published as this revision; `merged` when the file's changes were made to a later revision than its base.
        case published(PlanRevision, mergedOnto: Int64?)
        /// The file is already the latest revision (this one).
        case unchanged(PlanRevision)
    }

    /// Publishes the file as `person`.
    ///
    /// - Throws: `AppError`: the loader's messages; history left out; a base that is not known;
    ///   items changed both in the file and since its base (a conflict).
    public func run(record: Record, moment: Moment, person: Person) async throws(AppError) -> Outcome {
        guard person.may(.changePlan) else { throw AppError.forbidden(.changePlan) }
        let text: [UInt8]
        do { text = try FileBytes.read(path: file, limit: LoaderLimits.standard.maxFileBytes) } catch {
            throw AppError("\(file): error: \(error.message)", kind: .notFound, field: .file, nothingRecorded: true, located: true)
        }
        let workingCopy = WorkingCopy(file: file)
        let latest = try await RecordedRevisions.latest(record: record)
        guard let latest, let latestNumber = latest.number else {
            let first = try await PlanPublication(text: text, name: file, reason: reason, base: nil).publish(record: record, moment: moment, person: person)
            workingCopy.remember(first)
            return .published(first, mergedOnto: nil)
        }
        if latest.sha256 == SHA256.hex(text) {
            workingCopy.remember(latest)
            return .unchanged(latest)
        }
        guard let drawnFrom = base ?? workingCopy.revision else {
            throw AppError.invalid("\(file) was not pulled from the record, so which revision it was drawn from is not known: "
                                   + "give it with --base N (`reform plan log` lists them), or `reform plan pull --out FILE` and make the changes there", .base)
        }
        if drawnFrom == latestNumber {
            let stored = try await PlanPublication(text: text, name: file, reason: reason, base: latest).publish(record: record, moment: moment, person: person)
            workingCopy.remember(stored)
            return .published(stored, mergedOnto: nil)
        }
        guard drawnFrom < latestNumber,
              let original = try await record.read(ifNone: nil, { store throws(StoreError) in try await store.revision(drawnFrom) }) else {
            throw AppError.invalid("there is no revision \(drawnFrom) of the plan before the latest, \(latestNumber)", .base)
        }
        let merged: [UInt8]
        do {
            merged = try PlanMerge(base: original.text, latest: latest.text, mine: text).merged()
        } catch {
            throw try await refusal(error, drawnFrom: drawnFrom, latest: latestNumber, record: record)
        }
        if merged == latest.text { return .unchanged(latest) }
        let stored = try await PlanPublication(text: merged, name: "\(file) made on revision \(latestNumber)", reason: reason, base: latest)
            .publish(record: record, moment: moment, person: person)
        return .published(stored, mergedOnto: latestNumber)
    }

    private func refusal(_ refusal: PlanMerge.Refusal, drawnFrom: Int64, latest: Int64, record: Record) async throws(AppError) -> AppError {
        let advice = "nothing was published: `reform plan pull --out NEW.yaml` gives revision \(latest), in which to make your changes again"
        switch refusal {
        case .changedOnBothSides(let units):
            let who = try await ChangesSince.describe(units, after: drawnFrom, upTo: latest, record: record)
            return AppError("\(file) was drawn from revision \(drawnFrom), and since then revision \(latest) is the latest; "
                            + "\(units.map(\.description).joined(separator: ", ")) changed in both:\n"
                            + who.map { "  \($0)" }.joined(separator: "\n") + "\n" + advice,
                            kind: .conflict(latestEvent: latest), field: .file, nothingRecorded: true)
        case .changedOutsideItems:
            return AppError("\(file) was drawn from revision \(drawnFrom) and changes text outside the plan's items (a comment or heading between sections), "
                            + "which can only be published on the latest revision, \(latest); " + advice,
                            kind: .conflict(latestEvent: latest), field: .file, nothingRecorded: true)
        case .unreadable:
            return AppError("\(file) could not be read as YAML to bring it up to date: run `reform validate \(file)`", field: .file, nothingRecorded: true)
        }
    }
}
