/// How ready the council is to report its indicators, and the figures it reports.
public struct IndicatorSummary: Hashable, Sendable, Codable {
    /// Indicators by readiness, counting each entry's `count`.
    public let readiness: [String: Int]
    /// All indicators counted.
    public let total: Int
    /// Partners whose data some indicators need.
    public let partnerData: [String]
    /// The programme's reported figures, with their dates and sources.
    public let metrics: [Metric]

    private enum CodingKeys: String, CodingKey {
        case readiness, total, partnerData = "partner_data", metrics
    }

    /// Summarises a programme's indicators and metrics.
    public init(_ programme: Programme) {
        var readiness: [String: Int] = [:]
        for level in Indicator.Readiness.allCases { readiness[level.rawValue] = 0 }
        for indicator in programme.indicators { readiness[indicator.readiness.rawValue, default: 0] += indicator.count }
        self.readiness = readiness
        total = programme.indicators.reduce(0) { $0 + $1.count }
        // Each partner once, in order of first mention; the set keeps this linear for any number of indicators.
        var partners: [String] = [], seen = Set<String>()
        for indicator in programme.indicators {
            for partner in indicator.partnerData where seen.insert(partner).inserted { partners.append(partner) }
        }
        partnerData = partners
        metrics = programme.metrics
    }
}
