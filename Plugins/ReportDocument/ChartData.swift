import ReformModel

/// The figures of a bar chart: categories along one axis, one or more series of values, so that
/// a format with charts of its own (Word) draws a real chart from them, with its data.
public struct ChartData: Sendable {
    /// One series: its name, its colour (`#rrggbb`) and a value per category; `nil` where not known.
    public struct Series: Sendable {
        public var name: String
        public var colour: String
        public var values: [Double?]

        public init(name: String, colour: String, values: [Double?]) {
            self.name = name
            self.colour = colour
            self.values = values
        }
    }

    /// The category labels, in order.
    public var categories: [String]
    /// The series, in order.
    public var series: [Series]
    /// Whether the series stack (RAG counts) or stand side by side (money by year).
    public var stacked: Bool
    /// Whether the bars run across the page (one per category, labels on the left).
    public var horizontal: Bool

    public init(categories: [String], series: [Series], stacked: Bool, horizontal: Bool) {
        self.categories = categories
        self.series = series
        self.stacked = stacked
        self.horizontal = horizontal
    }

    /// RAG counts by row, stacked in RAG order, in the reports' RAG colours.
    public static func ragCounts(rows: [(label: String, counts: [RAGStatus: Int])]) -> ChartData {
        ChartData(categories: rows.map(\.label), series: RAGStatus.allCases.map { status in
            Series(name: status.label.capitalisedWords, colour: SVGChart.colour(status), values: rows.map { Double($0.counts[status] ?? 0) })
        }, stacked: true, horizontal: true)
    }

    /// Money by year, side by side; a `nil` amount (not costed) is left out rather than drawn as £0.
    public static func money(years: [(label: String, values: [Money?])], series: [(name: String, colour: String)]) -> ChartData {
        ChartData(categories: years.map(\.label), series: series.enumerated().map { index, entry in
            Series(name: entry.name, colour: entry.colour, values: years.map { year in
                year.values.indices.contains(index) ? year.values[index].map { Double($0.pence) / 100 } : nil
            })
        }, stacked: false, horizontal: false)
    }
}

extension String {
    /// "NOT RATED" as "Not rated".
    var capitalisedWords: String {
        prefix(1).uppercased() + dropFirst().lowercased()
    }
}
