import Foundation
import ReformModel

/// A chart as Word draws it: a DrawingML chart part holding its own data, which Word and
/// LibreOffice both render and an officer can restyle, and the drawing that places it.
enum DOCXChart {
    /// The chart part (`word/charts/chartN.xml`).
    static func part(_ data: ChartData, title: String) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        out += #"<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1100" b="1"/><a:t>"#
        out += Escape.xml(title) + #"</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>"#
        out += "<c:barChart><c:barDir val=\"\(data.horizontal ? "bar" : "col")\"/><c:grouping val=\"\(data.stacked ? "stacked" : "clustered")\"/><c:varyColors val=\"0\"/>"
        for (index, series) in data.series.enumerated() {
            out += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/><c:tx><c:v>\(Escape.xml(series.name))</c:v></c:tx>"
            out += "<c:spPr><a:solidFill><a:srgbClr val=\"\(series.colour.dropFirst().uppercased())\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            out += "<c:cat><c:strLit><c:ptCount val=\"\(data.categories.count)\"/>"
            for (point, category) in data.categories.enumerated() { out += "<c:pt idx=\"\(point)\"><c:v>\(Escape.xml(category))</c:v></c:pt>" }
            out += "</c:strLit></c:cat><c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"\(data.categories.count)\"/>"
            for (point, value) in series.values.enumerated() {
                guard let value else { continue } // not known: no point at all, never 0
                out += "<c:pt idx=\"\(point)\"><c:v>\(number(value))</c:v></c:pt>"
            }
            out += "</c:numLit></c:val></c:ser>"
        }
        out += "<c:gapWidth val=\"60\"/>" + (data.stacked ? "<c:overlap val=\"100\"/>" : "") + "<c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
        // Categories read top to bottom on a horizontal chart, as in the tables.
        out += "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"\(data.horizontal ? "maxMin" : "minMax")\"/></c:scaling><c:delete val=\"0\"/>"
        out += "<c:axPos val=\"\(data.horizontal ? "l" : "b")\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
        out += "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(data.horizontal ? "t" : "l")\"/>"
        out += "<c:majorGridlines/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>"
        out += #"</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>"#
        return out
    }

    /// The paragraph that places chart `number` (relationship `rId\(number + 100)`) across the text width.
    static func drawing(number: Int, title: String, categories: Int) -> String {
        let width = 6_480_000 // EMU: 18 cm
        let height = min(max(1_800_000, 380_000 * categories + 1_100_000), 6_000_000)
        return "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"Chart \(number)\" descr=\"\(Escape.xml(title))\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rId\(number + 100)\"/>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.2f", value)
    }
}
