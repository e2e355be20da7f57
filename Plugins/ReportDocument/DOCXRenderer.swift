import Foundation
import ReformModel
import ZIPFoundation

/// Renders a `ReportDocument` as a Word document (Office Open XML) that Word and LibreOffice
/// open: the same headings, fields, tables and lists, RAG cells shaded and in words.
public enum DOCXRenderer {
    /// Why the document could not be packaged.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The document as the bytes of a .docx file. `modified` stamps every entry, so that the
    /// same document on the same day gives the same bytes.
    public static func render(_ document: ReportDocument, modified: Date) throws -> [UInt8] {
        let charts = self.charts(document)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(charts: charts.count)),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(title: document.title)),
            ("word/_rels/document.xml.rels", documentRelationships(charts: charts.count)),
            ("word/styles.xml", styles),
            ("word/footer1.xml", footer(document.footer, .portrait)),
            ("word/footer2.xml", footer(document.footer, .landscape)),
            ("word/document.xml", body(document)),
        ] + charts.enumerated().map { index, chart in ("word/charts/chart\(index + 1).xml", DOCXChart.part(chart.data, title: chart.title)) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "the archive has no data") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "could not package the Word document: \(error)")
        }
    }

    /// The charts that carry their figures, in order: each becomes a chart part of its own.
    static func charts(_ document: ReportDocument) -> [(title: String, data: ChartData)] {
        document.blocks.compactMap { block in
            if case .chart(let chart) = block, let data = chart.data { return (chart.title, data) }
            return nil
        }
    }

    static func body(_ document: ReportDocument) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>"#
        var chartNumber = 0
        let blocks = document.blocks
        /// Whether the block at `index` is a table set on a landscape page.
        func landscape(_ index: Int) -> Bool {
            guard blocks.indices.contains(index), case .table(let table) = blocks[index] else { return false }
            return needsLandscape(headers: table.headers, rows: table.rows)
        }
        // Pages turn landscape for a table too wide for portrait, with the heading that introduces it
        // (never left at the foot of the page before), and back for whatever follows.
        var orientation = Orientation.portrait
        for (index, block) in blocks.enumerated() {
            let wanted: Orientation
            switch block {
            case .table: wanted = landscape(index) ? .landscape : .portrait
            case .heading: wanted = landscape(index + 1) ? .landscape : .portrait
            default: wanted = .portrait
            }
            let turned = wanted != orientation
            if turned {
                out += sectionEnd(orientation)
                orientation = wanted
            }
            switch block {
            case .heading(let level, let text, let newPage):
                let style = level == 1 ? "Title" : "Heading\(min(level - 1, 3))"
                out += paragraph(text, style: style, pageBreak: newPage && !turned)
            case .paragraph(let text):
                out += paragraph(text)
            case .fields(let fields):
                out += table(headers: nil, rows: fields.map { [.init($0.label), .init($0.value)] }, numeric: [], boldFirstColumn: true)
            case .table(let table):
                if let caption = table.caption { out += paragraph(caption, bold: true) }
                out += self.table(headers: table.headers, rows: table.rows, numeric: table.numeric, boldFirstColumn: false, width: orientation.textWidth)
            case .list(let items):
                for item in items { out += paragraph("• " + item, indent: true) }
            case .chart(let chart):
                if let data = chart.data {
                    chartNumber += 1
                    out += DOCXChart.drawing(number: chartNumber, title: chart.title, categories: data.horizontal ? data.categories.count : 4)
                }
                out += paragraph(chart.title + ": " + chart.description, italic: true)
            }
        }
        out += orientation.sectionProperties
        return out + "</w:body></w:document>"
    }

    /// A page's orientation, with its size, the width between its margins and its running footer.
    enum Orientation {
        case portrait, landscape

        /// The width between the margins, in twentieths of a point.
        var textWidth: Int {
            switch self {
            case .portrait: return 11906 - 2 * 851
            case .landscape: return 16838 - 2 * 851
            }
        }

        /// The relationship of its footer, whose page number is set at this width's right margin.
        var footer: (id: String, part: String) {
            self == .portrait ? ("rId2", "footer1.xml") : ("rId3", "footer2.xml")
        }

        /// The section's properties: A4 this way round, the report's margins and its running footer.
        var sectionProperties: String {
            let size = self == .portrait ? #"<w:pgSz w:w="11906" w:h="16838"/>"# : #"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#
            return #"<w:sectPr><w:footerReference w:type="default" r:id=""# + footer.id + #""/>"# + size
                + #"<w:pgMar w:top="1021" w:right="851" w:bottom="1021" w:left="851" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
        }
    }

    /// The end of a section of pages in `orientation`: the next block starts a new page.
    private static func sectionEnd(_ orientation: Orientation) -> String {
        "<w:p><w:pPr>" + orientation.sectionProperties + "</w:pPr></w:p>"
    }

    private static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
        var properties = ""
        if bold { properties += "<w:b/>" }
        if italic { properties += "<w:i/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + "<w:t xml:space=\"preserve\">" + Escape.xml(text) + "</w:t></w:r>"
    }

    private static func paragraph(_ text: String, style: String? = nil, pageBreak: Bool = false, bold: Bool = false, italic: Bool = false,
                                  indent: Bool = false) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if pageBreak { properties += "<w:pageBreakBefore/>" }
        if indent { properties += "<w:ind w:left=\"360\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + run(text, bold: bold, italic: italic) + "</w:p>"
    }

    /// The width of a portrait page between its margins, in twentieths of a point.
    static let textWidth = Orientation.portrait.textWidth

    /// The width each column needs for its longest word, so that "AMBER" or "assigned" never
    /// breaks inside the word: about 150 twips a character of 11-point Arial in capitals and bold,
    /// and the cell's own margins; at most a third of a landscape page (a longer "word", such as a
    /// web address, may break).
    static func wordWidths(headers: [String]?, rows: [[ReportDocument.Cell]]) -> [Int] {
        let columns = headers?.count ?? rows.first?.count ?? 1
        return (0..<columns).map { column in
            let texts = rows.compactMap { $0.indices.contains(column) ? $0[column].text : nil } + (headers.map { $0.indices.contains(column) ? [$0[column]] : [] } ?? [])
            let longest = texts.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 1
            return min(longest * 150 + 260, Orientation.landscape.textWidth / 3)
        }
    }

    /// Whether a table's words fit across a portrait page only if broken: it is then set on a landscape page.
    static func needsLandscape(headers: [String]?, rows: [[ReportDocument.Cell]]) -> Bool {
        wordWidths(headers: headers, rows: rows).reduce(0, +) > textWidth
    }

    /// Column widths that fit each column's longest word, with the rest of `width` shared in
    /// proportion to what each column holds.
    static func columnWidths(headers: [String]?, rows: [[ReportDocument.Cell]], width textWidth: Int = textWidth) -> [Int] {
        let columns = headers?.count ?? rows.first?.count ?? 1
        func texts(_ column: Int) -> [String] {
            rows.compactMap { $0.indices.contains(column) ? $0[column].text : nil } + (headers.map { $0.indices.contains(column) ? [$0[column]] : [] } ?? [])
        }
        var minimum = wordWidths(headers: headers, rows: rows)
        let fixed = minimum.reduce(0, +)
        if fixed > textWidth { minimum = minimum.map { $0 * textWidth / fixed } }
        let weights = (0..<columns).map { column in min(texts(column).map(\.count).max() ?? 1, 60) }
        let spare = max(textWidth - minimum.reduce(0, +), 0)
        let total = max(weights.reduce(0, +), 1)
        return (0..<columns).map { minimum[$0] + spare * weights[$0] / total }
    }

    private static func table(headers: [String]?, rows: [[ReportDocument.Cell]], numeric: Set<Int>, boldFirstColumn: Bool, width: Int = textWidth) -> String {
        let widths = columnWidths(headers: headers, rows: rows, width: width)
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            out += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
        }
        out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        if let headers {
            out += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + headers.enumerated().map { index, text in
                cell(text, width: widths[min(index, widths.count - 1)], fill: "E8E8E8", bold: true, right: numeric.contains(index))
            }.joined() + "</w:tr>"
        }
        for row in rows {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + row.enumerated().map { index, value in
                cell(value.text, width: widths[min(index, widths.count - 1)], fill: value.rag.map(fill),
                     bold: value.rag != nil || (boldFirstColumn && index == 0), right: numeric.contains(index))
            }.joined() + "</w:tr>"
        }
        return out + "</w:tbl>" + "<w:p/>"
    }

    private static func cell(_ text: String, width: Int, fill: String?, bold: Bool, right: Bool) -> String {
        let shading = fill.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
        let alignment = right ? "<w:pPr><w:jc w:val=\"right\"/></w:pPr>" : ""
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)</w:tcPr><w:p>\(alignment)" + run(text, bold: bold) + "</w:p></w:tc>"
    }

    /// The running footer: the document's footer line on the left, "Page N of M" on the right.
    static func footer(_ text: String?, _ orientation: Orientation = .portrait) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos=""#
            + String(orientation.textWidth) + #""/></w:tabs><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>"#
            + (text.map { "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">\(Escape.xml($0))</w:t></w:r>" } ?? "")
            + #"<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:tab/><w:t xml:space="preserve">Page </w:t></w:r>"#
            + #"<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>"#
            + #"<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> of </w:t></w:r>"#
            + #"<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"#
    }

    private static func fill(_ status: RAGStatus) -> String {
        switch status {
        case .red: return "F4C7C3"
        case .amber: return "FDE7B0"
        case .green: return "C9E8CF"
        case .complete: return "D6E6F5"
        case .notRated: return "EEEEEE"
        }
    }

    private static func coreProperties(title: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>" + Escape.xml(title) + "</dc:title><dc:creator>ReformTracker</dc:creator></cp:coreProperties>"
    }

    static func contentTypes(charts: Int) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + (0..<charts).map { #"<Override PartName="/word/charts/chart\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>"# }.joined()
            + "</Types>"
    }

    static let packageRelationships = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
    """#

    static func documentRelationships(charts: Int) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>"#
            + (0..<charts).map { #"<Relationship Id="rId\#($0 + 101)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart\#($0 + 1).xml"/>"# }.joined()
            + "</Relationships>"
    }

    static let styles = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style><w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
    """#
}
