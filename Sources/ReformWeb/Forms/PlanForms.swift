import Hummingbird
import ReformApp

/// The action form, to edit one or add one: every field of an action a lead may change, with the
/// reason for the change and the revision the form was drawn from.
struct ActionForm: SentForm {
    let csrf: String?
    let base: String?
    let reason: String?
    let id: String?
    let title, owner, partners, due, start, dependsOn, pillar, policy, milestone, status: String?

    enum CodingKeys: String, CodingKey {
        case csrf, base, reason, id, title, owner, partners, due, start, dependsOn = "depends_on", pillar, policy, milestone, status
    }

    /// The fields as the use cases take them.
    var fields: ActionFields {
        ActionFields(title: title, owner: owner, partners: partners, due: due, start: start, dependsOn: dependsOn, pillar: pillar, policy: policy,
                     milestone: milestone, status: status)
    }
}

/// The burden form: for each of its rows (`year0`, `one_off0`, `recurrent0`, `unknown0`, …) a
/// financial year's one-off and recurrent amounts, or not yet costed.
struct BurdenForm: SentForm {
    let csrf: String?
    let base: String?
    let reason: String?
    let years: [CostBurden.Year]

    /// The most rows a form has.
    static let maximumRows = 12

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        func text(_ name: String) throws -> String? { try container.decodeIfPresent(String.self, forKey: Key(stringValue: name)) }
        csrf = try text("csrf")
        base = try text("base")
        reason = try text("reason")
        years = try (0..<Self.maximumRows).compactMap { row in
            guard let year = try text("year\(row)") else { return nil }
            return CostBurden.Year(year: year, oneOff: try text("one_off\(row)") ?? "", recurrent: try text("recurrent\(row)") ?? "",
                                   unknown: try text("unknown\(row)") != nil)
        }
    }
}

extension Optional where Wrapped == String {
    /// The revision a form was drawn from: empty when the plan was the file.
    var revisionNumber: Int64? { self.flatMap { Int64($0) } }
}
