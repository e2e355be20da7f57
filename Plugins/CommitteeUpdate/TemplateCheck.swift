import Mustache
import ReformModel
import ReformPluginKit

/// Checks a front-sheet template before it is used, so that a council's own template fails with
/// `template.mustache:LINE:COLUMN: error: ...` rather than rendering blanks: a tag left open, a
/// section not closed, or a variable the front sheet does not have (with the nearest one).
enum TemplateCheck {
    /// The variables at the top level, and those inside each section.
    static let variables = ["organisation", "committee", "meeting_date", "subject", "report_of", "vision", "summary", "legal",
                            "revenue", "capital", "as_of", "contacts", "sources", "strategy"]
    static let sectionVariables = ["contacts": ["position", "details"], "sources": ["title"], "strategy": ["title", "outcomes"],
                                   "outcomes": ["title", "contribution"]]

    /// The parsed template, or the first problem in it, named by `file`.
    static func parse(_ template: String, file: String) throws(ReportRenderError) -> MustacheTemplate {
        let parsed: MustacheTemplate
        do {
            parsed = try MustacheTemplate(string: template)
        } catch let error as MustacheTemplate.ParserError {
            throw ReportRenderError("\(file):\(error.context.lineNumber):\(error.context.columnNumber): error: \(words(for: error.error))")
        } catch {
            throw ReportRenderError("\(file): error: the template could not be read: \(error)")
        }
        try checkNames(template, file: file)
        return parsed
    }

    /// Every `{{name}}`, `{{#name}}` and `{{^name}}` must be a variable of the front sheet where it stands.
    private static func checkNames(_ template: String, file: String) throws(ReportRenderError) {
        var sections: [String] = []
        for (index, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                if tag.hasPrefix("{") { tag = String(tag.dropFirst()) }
                guard let sigil = tag.first else { continue }
                if "!>=".contains(sigil) { continue }
                let name = ("#^/&".contains(sigil) ? String(tag.dropFirst()) : tag).trimmingCharacters(in: .whitespaces)
                if sigil == "/" { _ = sections.popLast(); continue }
                let known = sections.last.flatMap { sectionVariables[$0] }.map { $0 + variables } ?? variables
                guard known.contains(name) || name == "." else {
                    let hint = Suggestion.closest(to: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                    throw ReportRenderError("\(file):\(index + 1):\(column): error: unknown variable '\(name)'\(hint); "
                        + "the front sheet's variables are listed in docs/front-sheet-template.md")
                }
                if sigil == "#" || sigil == "^" { sections.append(name) }
            }
        }
    }

    private static func words(for error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .unfinishedName?: return "a tag is not closed: write {{name}}"
        case .sectionCloseNameIncorrect?: return "this section's end does not match the section it closes"
        case .expectedSectionEnd?: return "a section is not closed: end {{#name}} with {{/name}}"
        case .invalidSetDelimiter?: return "the delimiter tag is badly formed"
        default: return "the template is not valid Mustache (\(error))"
        }
    }
}
