/// How long a piece of free text kept in the record may be: a note, a reason, a committee
/// response. The same everywhere text comes in (`reform update`, a CSV row, a form), so that no
/// one's note makes every page that lists it unreadable, and the audit log stays a page.
public enum FreeTextLimit {
    /// The most characters one piece of text may have: about 3,000 words, more than a page.
    public static let maximumCharacters = 20_000

    /// Refuses `text` (a `field` such as `note`, `reason` or `response`) when it is longer than the limit.
    static func check(_ text: String?, field: String) throws(UpdateError) {
        guard let text, text.utf8.count > maximumCharacters else { return }
        let count = text.count
        guard count > maximumCharacters else { return }
        throw UpdateError(message: "the \(field) is \(count) characters long; a \(field) may have at most \(maximumCharacters) "
                          + "(about 3,000 words): keep the detail in a document and refer to it", field: field)
    }
}
