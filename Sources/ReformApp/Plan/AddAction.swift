import ReformCore
import ReformModel
import ReformRecord

/// A lead adds an action from the new-action form: it goes after the last action of the plan,
/// and nothing else in the text changes.
public struct AddAction: Sendable {
    public var id: String
    public var fields: ActionFields
    public var reason: String
    public var base: Int64?

    public init(id: String, fields: ActionFields, reason: String, base: Int64?) {
        self.id = id
        self.fields = fields
        self.reason = reason
        self.base = base
    }

    /// What an action's id may be: letters, digits and `-`, `_` or `.`, starting with a letter or digit.
    static func isAcceptable(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        return id.count <= 64 && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// Publishes the plan with the new action as `person`.
    ///
    /// - Throws: `AppError` on a field (an id already used, a pillar that does not exist), or as `EditAction`.
    public func run(record: Record, workingCopy: String, moment: Moment, person: Person) async throws(AppError) -> PlanRevision {
        let id = self.id.trimmingSpaces(), fields = self.fields
        guard Self.isAcceptable(id) else {
            throw AppError.invalid("'\(id)' cannot be an action's id: use letters, digits and '-', such as A-FFP-HUBS", .id)
        }
        return try await PlanItemChange(unit: PlanMerge.Unit(section: "actions", id: id), reason: reason, base: base, workingCopy: workingCopy)
            .run(record: record, moment: moment, person: person, fields: ActionFields.fieldOfKey) { programme throws(AppError) in
                if programme.actions.contains(where: { $0.id == id }) {
                    throw AppError.invalid("the plan already has an action '\(id)': give the new one another id", .id)
                }
                return PlanTextEdit(section: "actions", id: id, changes: try fields.changes(from: nil, in: programme), isNew: true)
            }
    }
}
