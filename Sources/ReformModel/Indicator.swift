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
