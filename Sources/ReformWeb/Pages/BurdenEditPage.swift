import ReformApp
import ReformModel

/// `GET /burdens/{id}/edit`: a lead costs a new burden by financial year: one-off and recurrent
/// amounts, or not yet costed.
struct BurdenEditPage: Sendable {
    struct Row: Sendable {
        let index: Int
        let year, oneOff, recurrent: String
        let unknown: Bool
    }

    let id, title, csrf, base, reason: String
    let rows: [Row]
    let errors: FormErrors?
    let conflict: [String]?

    init(burden: Burden, years: [CostBurden.Year], base: Int64?, csrf: String, reason: String = "", errors: FormErrors? = nil, conflict: [String]? = nil) {
        id = burden.id
        title = burden.title
        self.csrf = csrf
        self.base = base.map(String.init) ?? ""
        self.reason = reason
        rows = years.prefix(BurdenForm.maximumRows).enumerated().map { Row(index: $0.offset, year: $0.element.year, oneOff: $0.element.oneOff,
                                                                             recurrent: $0.element.recurrent, unknown: $0.element.unknown) }
        self.errors = errors
        self.conflict = conflict
    }
}
