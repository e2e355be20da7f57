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
