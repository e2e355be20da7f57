import Foundation
import Mustache
import ReportDocument

/// Turns a front-sheet template into document blocks.
///
/// Programme values reach the template as opaque tokens; the template is rendered, its lines
/// are read into blocks, and only then are the tokens replaced by the values. So a value can
/// never add structure, whatever text it holds.
struct TemplateBlocks {
    private var values: [String] = []

    /// A token that stands for `value` in the template's context.
    mutating func token(_ value: String) -> String {
        values.append(value)
        return "\u{E000}\(values.count - 1)\u{E001}"
    }

    /// Renders `template` with `context` and reads the result into a title and blocks.
    func blocks(template: MustacheTemplate, context: [String: Any]) throws -> (title: String?, blocks: [ReportDocument.Block]) {
        let rendered = template.render(context)
        var title: String?
        var blocks: [ReportDocument.Block] = []
        var fields: [(label: String, value: String)] = []
        var table: ReportDocument.Table?
        var items: [String] = []
        var paragraph: [String] = []

        func flush(except kind: String = "") {
            if kind != "fields", !fields.isEmpty { blocks.append(.fields(fields)); fields = [] }
            if kind != "table", let finished = table { blocks.append(.table(finished)); table = nil }
            if kind != "items", !items.isEmpty { blocks.append(.list(items)); items = [] }
            if kind != "paragraph", !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
        }

        for rawLine in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty {
                flush()
                continue
            }
            guard line.hasPrefix("::") else {
                flush(except: "paragraph")
                paragraph.append(resolve(line))
                continue
            }
            let marker = line.prefix { $0 != " " }
            let rest = String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
            let parts = rest.components(separatedBy: " | ").map(resolve)
            switch marker {
            case "::title":
                flush()
                title = resolve(rest)
                blocks.append(.heading(level: 1, text: title!))
            case "::subtitle":
                flush()
                blocks.append(.paragraph(resolve(rest)))
            case "::heading":
                flush()
                blocks.append(.heading(level: 2, text: resolve(rest)))
            case "::field":
                flush(except: "fields")
                fields.append((parts.first ?? "", parts.dropFirst().joined(separator: " | ")))
            case "::table":
                flush()
                table = ReportDocument.Table(headers: parts, rows: [])
            case "::row":
                flush(except: "table")
                if table == nil { table = ReportDocument.Table(headers: parts.map { _ in "" }, rows: []) }
                table!.rows.append(parts.map { ReportDocument.Cell($0) })
            case "::item":
                flush(except: "items")
                items.append(resolve(rest))
            default:
                throw TemplateError(message: "unknown marker '\(marker)' in the front-sheet template (known: ::title, ::subtitle, ::field, ::heading, ::table, ::row, ::item)")
            }
        }
        flush()
        return (title, blocks)
    }

    /// Replaces tokens with their values.
    private func resolve(_ text: String) -> String {
        guard text.contains("\u{E000}") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "\u{E000}"), let close = rest[open...].firstIndex(of: "\u{E001}") {
            out += rest[..<open]
            if let index = Int(rest[rest.index(after: open)..<close]), values.indices.contains(index) { out += values[index] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}

/// A front-sheet template that cannot be used.
struct TemplateError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
