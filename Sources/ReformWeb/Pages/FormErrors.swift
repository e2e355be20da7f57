import Mustache
import ReformApp

/// What a form sent back with problems shows, as GOV.UK's services show it: a summary at the top
/// ("There is a problem", each message a link to its field) and each message beside its field.
/// One mapping from a use case's error to the field of a form, for every form. A template reads
/// `errors.summary` for the summary and `errors.<field id>` for a field's message.
struct FormErrors: Sendable, MustacheParent {
    /// A message in the summary, linking to its field.
    struct Item: Sendable {
        /// The field's `id` on the form.
        let field: String
        let message: String
    }

    let summary: [Item]
    /// The messages by field name, beside each field.
    let byField: [String: String]

    /// The errors of `error`, on the field of the form named by `fields` (the use case's argument to
    /// the form's field id), or on `fallback` when the error names none the form has.
    init(_ error: AppError, fields: [InputField: String], fallback: String) {
        let field = error.field.flatMap { fields[$0] } ?? fallback
        let message = Self.sentence(error.message)
        summary = [Item(field: field, message: message)]
        byField = [field: message]
    }

    func child(named name: String) -> Any? {
        name == "summary" ? summary : byField[name]
    }

    /// `text` as a sentence for a page: the record's location taken off, the first letter capital.
    static func sentence(_ text: String) -> String {
        var text = text
        if let range = text.range(of: ": error: ") { text = String(text[range.upperBound...]) }
        if text.hasPrefix("error: ") { text = String(text.dropFirst(7)) }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
