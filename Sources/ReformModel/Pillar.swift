/// One of the reform's strategic pillars; actions, policies and burdens roll up by pillar.
public struct Pillar: Hashable, Sendable, Codable {
    /// Unique among pillars, for example `P3`.
    public var id: String
    /// The pillar's number in the national strategy.
    public var number: Int?
    /// A short title.
    public var title: String
    /// The pillar's aim in the strategy's words.
    public var aim: String?
    /// Where the facts come from.
    public var source: String?

    /// Creates a pillar.
    public init(id: String, number: Int? = nil, title: String, aim: String? = nil, source: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.aim = aim
        self.source = source
    }
}
