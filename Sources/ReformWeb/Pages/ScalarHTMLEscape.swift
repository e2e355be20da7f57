import Mustache
import ReformModel

/// HTML escaping by Unicode scalar, the content type every page template is rendered with.
///
/// swift-mustache 2.1.1's own HTML escaping looks each `Character` (grapheme cluster) up in a
/// table, so a `<` that shares a cluster with its neighbour (after U+0600, a *Prepend* scalar, or
/// before U+0301, a combining mark) is copied through as markup: a stored note could open a
/// `<form>` on the page of whoever reads it. Here every scalar is looked at on its own, so no
/// `<`, `>`, `&`, `"` or `'` from a value ever reaches a page raw, whatever surrounds it. C0 and
/// C1 controls (other than tab and line breaks), which HTML forbids, become U+FFFD.
struct ScalarHTMLEscape: MustacheContentType {
    /// The name templates select it by, in the pragma `PageRenderer` puts before every template.
    static let name = "HTML_BY_SCALAR"

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `text` with every markup scalar replaced by its entity (`HTMLText`, which mail uses too).
    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    /// Registers the content type with swift-mustache (a process-wide table), once.
    static let registered: Void = MustacheContentTypes.register(ScalarHTMLEscape(), named: name)
}
