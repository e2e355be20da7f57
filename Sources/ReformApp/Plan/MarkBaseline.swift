import ReformRecord
import ReformStore

/// Marks a revision as a baseline ("approved by committee, January 2024"), as
/// `reform plan baseline` does: what the reports compare each action's dates with from then on.
public struct MarkBaseline: Sendable {
    public var revision: Int64
    public var name: String

    public init(revision: Int64, name: String) {
        self.revision = revision
        self.name = name
    }

    /// Records the mark as `person`.
    ///
    /// - Throws: `AppError` for no such revision or no name.
    public func run(record: Record, moment: Moment, person: Person) async throws(AppError) -> PlanBaseline {
        guard person.may(.changePlan) else { throw AppError.forbidden(.changePlan) }
        let named = name.trimmingSpaces()
        guard !named.isEmpty else { throw AppError.invalid("give the baseline a name, such as 'approved by committee, January 2024'", .name) }
        do { try FreeTextLimit.check(named, field: "name") } catch { throw AppError.invalid(error) }
        let number = revision
        guard try await record.read(ifNone: nil, { store throws(StoreError) in try await store.revision(number) }) != nil else {
            throw AppError("there is no revision \(revision) of the plan (`reform plan log` lists them)", kind: .notFound, field: .revision, nothingRecorded: true)
        }
        let mark = PlanBaseline(revision: revision, name: named, markedBy: person.name, markedAt: moment.stamp)
        return try await record.write { store throws(StoreError) in try await store.mark(mark) }
    }
}
