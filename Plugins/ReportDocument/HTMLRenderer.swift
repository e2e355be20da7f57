/// Renders a `ReportDocument` as one self-contained, accessible HTML file: inline CSS and SVG,
/// no script and nothing fetched; real headings and table headers; RAG in words as well as
/// colour; print styles for A4 with page breaks before major sections.
public enum HTMLRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + Escape.html(document.title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n<main>\n"
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, let newPage):
                let tag = "h\(min(max(level, 1), 6))"
                out += "<\(tag)" + (newPage ? " class=\"new-page\"" : "") + ">" + Escape.html(text) + "</\(tag)>\n"
            case .paragraph(let text):
                out += "<p>" + Escape.html(text) + "</p>\n"
            case .fields(let fields):
                out += "<table class=\"fields\">\n<tbody>\n"
                for field in fields {
                    out += "<tr><th scope=\"row\">" + Escape.html(field.label) + "</th><td>" + Escape.html(field.value) + "</td></tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .table(let table):
                out += "<table>\n"
                if let caption = table.caption { out += "<caption>" + Escape.html(caption) + "</caption>\n" }
                out += "<thead><tr>" + table.headers.enumerated().map { index, header in
                    "<th scope=\"col\"" + (table.numeric.contains(index) ? " class=\"number\"" : "") + ">" + Escape.html(header) + "</th>"
                }.joined() + "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    out += "<tr>" + row.enumerated().map { index, cell in
                        var classes: [String] = []
                        if table.numeric.contains(index) { classes.append("number") }
                        if let rag = cell.rag { classes.append("rag rag-\(rag.rawValue)") }
                        let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                        return "<td\(attribute)>" + Escape.html(cell.text) + "</td>"
                    }.joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>" + Escape.html($0) + "</li>\n" }.joined() + "</ul>\n"
            case .chart(let chart):
                out += "<figure>\n" + chart.svg + "\n<figcaption>" + Escape.html(chart.title) + ": " + Escape.html(chart.description) + "</figcaption>\n</figure>\n"
            }
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    static let css = """
    body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a; margin: 0; }
    main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.8rem; margin: 0 0 0.2rem; } h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid #333; }
    h3 { font-size: 1.1rem; margin-top: 1.4rem; }
    table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; }
    th, td { border: 1px solid #999; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
    thead th { background: #e8e8e8; } caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
    table.fields th { width: 28%; background: #f2f2f2; }
    .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .rag { font-weight: bold; white-space: nowrap; }
    .rag-red { background: #f4c7c3; color: #7a0000; } .rag-amber { background: #fde7b0; color: #6b4a00; }
    .rag-green { background: #c9e8cf; color: #0b4a1a; } .rag-complete { background: #d6e6f5; color: #123f6b; }
    .rag-not-rated { background: #eeeeee; color: #333333; }
    figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; } figcaption { font-size: 0.9rem; color: #333; }
    @page { size: A4; margin: 18mm 15mm; }
    @media print {
      body { font-size: 10pt; } main { max-width: none; padding: 0; }
      .new-page { break-before: page; page-break-before: always; }
      table, figure { break-inside: avoid; } thead { display: table-header-group; }
      .rag-red, .rag-amber, .rag-green, .rag-complete, .rag-not-rated { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
