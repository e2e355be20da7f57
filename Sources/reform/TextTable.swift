/// A plain-text table with aligned columns, for terminal output.
struct TextTable {
    /// How a column aligns its cells.
    enum Alignment {
        case left
        case right
    }

    /// Column headings.
    let headings: [String]
    /// How each column aligns.
    let alignments: [Alignment]
    /// The rows; each has one cell per heading.
    var rows: [[String]] = []

    /// Creates a table; columns align left unless given.
    init(_ headings: [String], alignments: [Alignment]? = nil) {
        self.headings = headings
        self.alignments = alignments ?? headings.map { _ in .left }
    }

    /// Adds a row.
    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table as lines, two spaces between columns. `visibleWidth` measures cells that carry colour codes.
    func render() -> String {
        let all = [headings] + rows
        let widths = headings.indices.map { column in all.map { visibleWidth($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let cell = row[column]
                let pad = String(repeating: " ", count: widths[column] - visibleWidth(cell))
                return alignments[column] == .right ? pad + cell : (column == row.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func visibleWidth(_ text: String) -> Int {
        var width = 0, inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            width += 1
        }
        return width
    }
}

extension String {
    /// The string cut to `length` characters with an ellipsis when longer.
    func truncated(to length: Int) -> String {
        count <= length ? self : String(prefix(length - 1)) + "…"
    }
}
