/// Renders a `ReportDocument` as CommonMark with pipe tables.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var out = ""
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, _):
                out += String(repeating: "#", count: min(max(level, 1), 6)) + " " + Escape.markdown(text) + "\n\n"
            case .paragraph(let text):
                out += Escape.markdown(text) + "\n\n"
            case .fields(let fields):
                for field in fields { out += "**" + Escape.markdown(field.label) + ":** " + Escape.markdown(field.value) + "  \n" }
                out += "\n"
            case .table(let table):
                if let caption = table.caption { out += "*" + Escape.markdown(caption) + "*\n\n" }
                out += "| " + table.headers.map(Escape.markdownCell).joined(separator: " | ") + " |\n"
                out += "| " + table.headers.indices.map { table.numeric.contains($0) ? "--:" : "---" }.joined(separator: " | ") + " |\n"
                for row in table.rows { out += "| " + row.map { Escape.markdownCell($0.text) }.joined(separator: " | ") + " |\n" }
                out += "\n"
            case .list(let items):
                for item in items { out += "- " + Escape.markdown(item) + "\n" }
                out += "\n"
            case .chart(let chart):
                out += "*" + Escape.markdown(chart.title) + ":* " + Escape.markdown(chart.description) + "\n\n"
            }
        }
        return out
    }
}
