import ReformModel

/// Small, dependency-free SVG charts with text labels, so a chart reads without colour and
/// prints well. All text is escaped here.
public enum SVGChart {
    /// The fill for a RAG status, matching the HTML table cells.
    static func colour(_ status: RAGStatus) -> String {
        switch status {
        case .red: return "#c0392b"
        case .amber: return "#e6a100"
        case .green: return "#2e8b57"
        case .complete: return "#2f6fad"
        case .notRated: return "#9a9a9a"
        }
    }

    /// Horizontal stacked bars of RAG counts, one bar per row, each segment labelled with its count.
    public static func ragBars(rows: [(label: String, counts: [RAGStatus: Int])], title: String) -> String {
        let order = RAGStatus.allCases
        let labelWidth = 230, barWidth = 420, rowHeight = 26, top = 30
        let total = max(1, rows.map { $0.counts.values.reduce(0, +) }.max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(Escape.htmlAttribute(title))\" "
        svg += "viewBox=\"0 0 \(labelWidth + barWidth + 20) \(top + rows.count * rowHeight + 40)\" font-family=\"Arial, sans-serif\" font-size=\"12\">"
        svg += "<title>\(Escape.html(title))</title>"
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(Escape.html(row.label))</text>"
            var x = labelWidth
            for status in order {
                let count = row.counts[status] ?? 0
                guard count > 0 else { continue }
                let width = count * barWidth / total
                svg += "<rect x=\"\(x)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"\(colour(status))\"><title>\(status.label): \(count)</title></rect>"
                if width >= 14 { svg += "<text x=\"\(x + width / 2)\" y=\"\(y + 17)\" text-anchor=\"middle\" fill=\"#fff\">\(count)</text>" }
                x += width
            }
        }
        let legendY = top + rows.count * rowHeight + 22
        for (index, status) in order.enumerated() {
            let x = 10 + index * 125
            svg += "<rect x=\"\(x)\" y=\"\(legendY - 10)\" width=\"12\" height=\"12\" fill=\"\(colour(status))\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"\(legendY)\">\(status.label)</text>"
        }
        return svg + "</svg>"
    }

    /// A timeline of dated events with a vertical line at `asOf`; each event is a labelled marker.
    ///
    /// Labels stand in a column of their own, wrapped between words so that none is cut off, and
    /// the markers and the "as at" line in the column beside them, so that the line never runs
    /// through text; its caption sits under the last row, turned to stay inside the picture.
    public static func timeline(events: [(label: String, day: CalendarDay, shown: String, emphasis: Bool)], asOf: CalendarDay, title: String) -> String {
        let sorted = events.sorted { $0.day < $1.day }
        let days = sorted.map(\.day) + [asOf]
        guard let first = days.min(), let last = days.max() else { return "" }
        let span = max(1, first.days(to: last))
        let labelWidth = 330, axisLeft = 350, axisWidth = 380, top = 34, lineHeight = 13
        func x(_ day: CalendarDay) -> Int { axisLeft + first.days(to: day) * axisWidth / span }
        let rows = sorted.map { event in wrap("\(event.label) (\(event.shown))", width: labelWidth - 10) }
        let rowHeights = rows.map { max(20, $0.count * lineHeight + 7) }
        let bottom = top + rowHeights.reduce(0, +)
        let height = bottom + 34
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(Escape.htmlAttribute(title))\" "
        svg += "viewBox=\"0 0 \(axisLeft + axisWidth + 20) \(height)\" font-family=\"Arial, sans-serif\" font-size=\"11\">"
        svg += "<title>\(Escape.html(title))</title>"
        svg += "<line x1=\"\(axisLeft)\" y1=\"\(top - 8)\" x2=\"\(axisLeft + axisWidth)\" y2=\"\(top - 8)\" stroke=\"#333\"/>"
        for year in first.year...last.year {
            guard let january = CalendarDay(year: year, month: 1, day: 1), january >= first, january <= last else { continue }
            svg += "<line x1=\"\(x(january))\" y1=\"\(top - 12)\" x2=\"\(x(january))\" y2=\"\(bottom)\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(x(january) + 2)\" y=\"\(top - 14)\">\(year)</text>"
        }
        var y = top
        for (index, event) in sorted.enumerated() {
            let middle = y + rowHeights[index] / 2
            let colour = event.emphasis ? "#7a0000" : "#2f6fad"
            svg += "<line x1=\"\(axisLeft)\" y1=\"\(middle)\" x2=\"\(x(event.day))\" y2=\"\(middle)\" stroke=\"#eee\"/>"
            svg += "<circle cx=\"\(x(event.day))\" cy=\"\(middle)\" r=\"5\" fill=\"\(colour)\"/>"
            let firstBaseline = middle - (rows[index].count - 1) * lineHeight / 2 + 4
            svg += "<text x=\"\(labelWidth)\" y=\"\(firstBaseline)\" text-anchor=\"end\"\(event.emphasis ? " font-weight=\"bold\"" : "")>"
            for (number, line) in rows[index].enumerated() {
                svg += "<tspan x=\"\(labelWidth)\" dy=\"\(number == 0 ? 0 : lineHeight)\">\(Escape.html(line))</tspan>"
            }
            svg += "</text>"
            y += rowHeights[index]
        }
        let now = x(asOf)
        svg += "<line x1=\"\(now)\" y1=\"\(top - 18)\" x2=\"\(now)\" y2=\"\(bottom + 4)\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>"
        let anchor = now > axisLeft + axisWidth / 2 ? "end" : "start"
        svg += "<text x=\"\(anchor == "end" ? now - 4 : now + 4)\" y=\"\(bottom + 18)\" text-anchor=\"\(anchor)\" fill=\"#c0392b\">as at \(Escape.html(asOf.longForm))</text>"
        return svg + "</svg>"
    }

    /// `text` in lines of at most `width` pixels of 11-point Arial, broken between words, and
    /// within an id only at its hyphens.
    static func wrap(_ text: String, width: Int) -> [String] {
        let perLine = max(12, width * 10 / 58) // about 5.8 pixels a character
        var lines: [String] = [], line = ""
        let words = text.split(separator: " ").flatMap { word -> [String] in
            guard word.count > perLine else { return [String(word)] }
            // A long id breaks after a hyphen, never inside a run of letters.
            var parts: [String] = [], part = ""
            for piece in word.split(separator: "-", omittingEmptySubsequences: false).map(String.init) {
                if !part.isEmpty, part.count + piece.count + 1 > perLine { parts.append(part + "-"); part = piece } else { part += part.isEmpty ? piece : "-" + piece }
            }
            return parts + [part]
        }
        for word in words {
            if line.isEmpty { line = word } else if line.count + 1 + word.count <= perLine || line.hasSuffix("-") && line.count + word.count <= perLine {
                line += line.hasSuffix("-") ? word : " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Grouped vertical bars of money per year: cost, confirmed funding and indicative funding.
    ///
    /// A year whose values are `nil` is not costed: it gets no bars and says "not costed", never a bar of £0.
    public static func moneyBars(years: [(label: String, values: [Money?])], series: [(name: String, colour: String)], title: String) -> String {
        let maximum = max(1, years.flatMap(\.values).compactMap { $0?.pence }.max() ?? 1)
        let chartHeight = 220, groupWidth = 30 * series.count + 30, left = 70, top = 20
        let width = left + years.count * groupWidth + 20
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(Escape.htmlAttribute(title))\" "
        svg += "viewBox=\"0 0 \(max(width, 420)) \(top + chartHeight + 70)\" font-family=\"Arial, sans-serif\" font-size=\"11\">"
        svg += "<title>\(Escape.html(title))</title>"
        svg += "<line x1=\"\(left)\" y1=\"\(top + chartHeight)\" x2=\"\(width - 10)\" y2=\"\(top + chartHeight)\" stroke=\"#333\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + 8)\" text-anchor=\"end\">\(Escape.html(Money(pence: maximum).formatted()))</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + chartHeight)\" text-anchor=\"end\">£0</text>"
        for (index, year) in years.enumerated() {
            let groupX = left + index * groupWidth + 15
            if year.values.allSatisfy({ $0 == nil }) {
                svg += "<text x=\"\(groupX + 30 * series.count / 2)\" y=\"\(top + chartHeight - 8)\" text-anchor=\"middle\" fill=\"#555\">not costed</text>"
            }
            for (seriesIndex, optional) in year.values.enumerated() where seriesIndex < series.count {
                guard let value = optional else { continue }
                let height = Int(value.pence * Int64(chartHeight) / maximum)
                svg += "<rect x=\"\(groupX + seriesIndex * 30)\" y=\"\(top + chartHeight - height)\" width=\"26\" height=\"\(height)\" fill=\"\(series[seriesIndex].colour)\">"
                svg += "<title>\(Escape.html(year.label)) \(Escape.html(series[seriesIndex].name)): \(Escape.html(value.formatted()))</title></rect>"
            }
            svg += "<text x=\"\(groupX + 30 * series.count / 2)\" y=\"\(top + chartHeight + 16)\" text-anchor=\"middle\">\(Escape.html(year.label))</text>"
        }
        for (index, entry) in series.enumerated() {
            let x = left + index * 140
            svg += "<rect x=\"\(x)\" y=\"\(top + chartHeight + 34)\" width=\"12\" height=\"12\" fill=\"\(entry.colour)\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"\(top + chartHeight + 44)\">\(Escape.html(entry.name))</text>"
        }
        return svg + "</svg>"
    }
}
