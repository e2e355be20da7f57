/// How ready the council is to report its indicators, and the figures it reports.
public struct IndicatorSummary: Hashable, Sendable, Codable {
    /// Indicators by readiness, counting each entry's `count`; every level is present.
    public let readiness: [Indicator.Readiness: Int]
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
        var readiness: [Indicator.Readiness: Int] = [:]
        for level in Indicator.Readiness.allCases { readiness[level] = 0 }
        for indicator in programme.indicators { readiness[indicator.readiness, default: 0] += indicator.count }
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode([String: Int].self, forKey: .readiness)
        readiness = Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in Indicator.Readiness(rawValue: key).map { ($0, value) } })
        total = try container.decode(Int.self, forKey: .total)
        partnerData = try container.decode([String].self, forKey: .partnerData)
        metrics = try container.decode([Metric].self, forKey: .metrics)
    }

    /// Readiness is written keyed by the levels' names, as JSON has them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Dictionary(uniqueKeysWithValues: readiness.map { ($0.key.rawValue, $0.value) }), forKey: .readiness)
        try container.encode(total, forKey: .total)
        try container.encode(partnerData, forKey: .partnerData)
        try container.encode(metrics, forKey: .metrics)
    }
}
