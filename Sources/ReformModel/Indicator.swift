/// A data indicator the council must report, and how ready its report is.
public struct Indicator: Hashable, Sendable, Codable {
    /// How ready the council is to report the indicator (the PRI's RAG).
    public enum Readiness: String, Hashable, Sendable, Codable, CaseIterable {
        /// Reported already.
        case green
        /// An existing report needs amending.
        case orange
        /// A new report needs significant work.
        case red
    }

    /// Unique among indicators.
    public var id: String
    /// What the indicator measures.
    public var title: String
    /// The National Framework outcome it evidences.
    public var outcome: String?
    /// The National Framework enabler it evidences.
    public var enabler: String?
    /// How ready its report is.
    public var readiness: Readiness
    /// How many indicators this entry stands for, where the documents give a count rather than a list (default 1).
    public var count: Int
    /// Partners whose data it needs (GMP, NHS).
    public var partnerData: [String]
    /// Further detail.
    public var notes: String?
    /// Where the facts come from.
    public var source: String?

    /// Creates an indicator.
    public init(id: String, title: String, outcome: String? = nil, enabler: String? = nil, readiness: Readiness, count: Int = 1,
                partnerData: [String] = [], notes: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.outcome = outcome
        self.enabler = enabler
        self.readiness = readiness
        self.count = count
        self.partnerData = partnerData
        self.notes = notes
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, outcome, enabler, readiness, count, partnerData = "partner_data", notes, source
    }
}

/// A reported figure, such as the number of children on Special Guardianship Orders.
public struct Metric: Hashable, Sendable, Codable {
    /// Unique among metrics.
    public var id: String
    /// What is counted.
    public var title: String
    /// The figure, exactly as written (a plain decimal number).
    public var value: String
    /// What it counts in (children, carers, percent).
    public var unit: String?
    /// Whether the source gives it as approximate ("about 20%").
    public var approximate: Bool
    /// When the figure was true.
    public var asOf: PlanDate?
    /// Further detail.
    public var notes: String?
    /// Where the figure comes from.
    public var source: String?

    /// Creates a metric.
    public init(id: String, title: String, value: String, unit: String? = nil, approximate: Bool = false, asOf: PlanDate? = nil,
                notes: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.value = value
        self.unit = unit
        self.approximate = approximate
        self.asOf = asOf
        self.notes = notes
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, value, unit, approximate, asOf = "as_of", notes, source
    }
}
