import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Writes a revision's exact bytes to a file, as `reform plan pull` does, and remembers which
/// revision the file now is, so that publishing it later knows its base.
///
/// A file whose text is not kept in the record (changes not yet published) is never overwritten.
public struct PullPlan: Sendable {
    /// Where to write (the programme file, by default).
    public var file: String
    /// Which revision: a number, the one in force at a day, or the latest.
    public var revision: Int64?
    public var asOf: CalendarDay?

    public init(file: String, revision: Int64? = nil, asOf: CalendarDay? = nil) {
        self.file = file
        self.revision = revision
        self.asOf = asOf
    }

    /// Writes the revision; returns it.
    ///
    /// - Throws: `AppError`: no revision yet, no such revision, or a file with unpublished changes in the way.
    public func run(record: Record) async throws(AppError) -> PlanRevision {
        let wanted: PlanRevision?
        if let revision {
            wanted = try await record.read(ifNone: nil) { store throws(StoreError) in try await store.revision(revision) }
            guard wanted != nil else { throw AppError("there is no revision \(revision) of the plan (`reform plan log` lists them)", kind: .notFound, field: .revision, nothingRecorded: true) }
        } else if let asOf {
            wanted = try await RecordedRevisions.inForce(on: asOf, record: record)
        } else {
            wanted = try await RecordedRevisions.latest(record: record)
        }
        guard let wanted else {
            throw AppError("the record has no revision of the plan yet: the plan is the file; `reform plan publish` stores it", kind: .notFound, nothingRecorded: true)
        }
        if let present = try? FileBytes.read(path: file, limit: LoaderLimits.standard.maxFileBytes), present != wanted.text {
            let sha = SHA256.hex(present)
            let kept = try await record.read(ifNone: []) { store throws(StoreError) in try await store.revisionLog() }.contains { $0.sha256 == sha }
            guard kept else {
                throw AppError.invalid("\(file) has changes that are not in the record, so it was left as it is: publish them with "
                                       + "`reform plan publish \(file) --reason TEXT`, or pull to another file with --out", .file)
            }
        }
        do { try AtomicFile.write(wanted.text, to: file) } catch { throw AppError(error.message, field: .file) }
        WorkingCopy(file: file).remember(wanted)
        return wanted
    }
}
