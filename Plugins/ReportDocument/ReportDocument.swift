import ReformModel

/// A report as structure: headings, paragraphs, fields, tables, lists and charts, rendered to
/// Markdown, HTML or DOCX by the renderers, so every format has the same sections and tables
/// and all escaping happens in one place.
public struct ReportDocument: Sendable {
    /// One piece of the document, in reading order.
    public enum Block: Sendable {
        /// A section heading; level 1 is the document's title. `newPage` starts a new printed page.
        case heading(level: Int, text: String, newPage: Bool = false)
        /// A paragraph of plain text.
        case paragraph(String)
        /// Label and value pairs, such as a front sheet's "Report to".
        case fields([(label: String, value: String)])
        /// A table.
        case table(Table)
        /// A bulleted list.
        case list([String])
        /// A chart: SVG in HTML, its description elsewhere.
        case chart(Chart)
    }

    /// A table with column headings; cells may carry a RAG status, shown in words and colour.
    public struct Table: Sendable {
        public var caption: String?
        public var headers: [String]
        public var rows: [[Cell]]
        /// Columns holding numbers or money, aligned right.
        public var numeric: Set<Int>

        public init(caption: String? = nil, headers: [String], rows: [[Cell]], numeric: Set<Int> = []) {
            self.caption = caption
            self.headers = headers
            self.rows = rows
            self.numeric = numeric
        }
    }

    /// A table cell.
    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var rag: RAGStatus?

        public init(_ text: String, rag: RAGStatus? = nil) {
            self.text = text
            self.rag = rag
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }

        /// A RAG status shown as its label, coloured in HTML and DOCX.
        public static func rag(_ status: RAGStatus) -> Cell {
            Cell(status.label, rag: status)
        }
    }

    /// A chart drawn by `SVGChart`, with the words that stand for it where pictures cannot.
    public struct Chart: Sendable {
        public var title: String
        public var description: String
        /// The SVG markup, made by `SVGChart` from escaped text.
        public var svg: String
        /// The figures behind the chart, for formats that draw charts of their own (a Word chart an officer can restyle).
        public var data: ChartData?

        public init(title: String, description: String, svg: String, data: ChartData? = nil) {
            self.title = title
            self.description = description
            self.svg = svg
            self.data = data
        }
    }

    /// The document's title (shown, and used as the HTML page title).
    public var title: String
    /// The blocks in reading order.
    public var blocks: [Block]
    /// The line at the foot of every printed page ("Council | Item 5 | Committee | 15 September 2024"), beside the page number.
    public var footer: String?

    public init(title: String, blocks: [Block] = [], footer: String? = nil) {
        self.title = title
        self.blocks = blocks
        self.footer = footer
    }
}
