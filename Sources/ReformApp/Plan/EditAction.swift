import ReformCore
import ReformModel
import ReformRecord

/// A lead changes one action from its edit form: reschedules it, reassigns it, re-parents it,
/// or retires it (`status: cancelled`; an action is never removed). The plan's text changes in
/// that action's lines only.
public struct EditAction: Sendable {
    public var action: String
    public var fields: ActionFields
    public var reason: String
    /// The revision the form was drawn from.
    public var base: Int64?

    public init(action: String, fields: ActionFields, reason: String, base: Int64?) {
        self.action = action
        self.fields = fields
        self.reason = reason
        self.base = base
    }

    /// Publishes the changed plan as `person`; `workingCopy` is the plan while the record has none.
    ///
    /// - Throws: `AppError`: `notFound` for no such action; `invalidInput` on a field; `conflict` when the action changed since `base`.
    public func run(record: Record, workingCopy: String, moment: Moment, person: Person) async throws(AppError) -> PlanRevision {
        let (id, fields) = (action, self.fields)
        return try await PlanItemChange(unit: PlanMerge.Unit(section: "actions", id: id), reason: reason, base: base, workingCopy: workingCopy)
            .run(record: record, moment: moment, person: person, fields: ActionFields.fieldOfKey) { programme throws(AppError) in
                guard let current = programme.actions.first(where: { $0.id == id }) else {
                    throw AppError.noSuch("action", id, in: "the plan", among: programme.actions.map(\.id), field: .action)
                }
                return PlanTextEdit(section: "actions", id: id, changes: try fields.changes(from: current, in: programme))
            }
    }
}
