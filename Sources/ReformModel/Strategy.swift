/// The council's own corporate strategy and its outcomes, to which a committee report shows how
/// the programme contributes ("Alignment to the Our Manchester Strategy Outcomes").
///
/// Every council has its own, so it lives in the programme file, never in code; a programme
/// that gives none gets no such section.
public struct Strategy: Hashable, Sendable, Codable {
    /// One outcome of the strategy, with how the programme contributes to it.
    public struct Outcome: Hashable, Sendable, Codable {
        /// The outcome as the strategy words it.
        public var title: String
        /// How the programme contributes to it, where the council has said.
        public var contribution: String?

        /// Creates an outcome.
        public init(title: String, contribution: String? = nil) {
            self.title = title
            self.contribution = contribution
        }
    }

    /// The strategy's name, such as "Our Manchester Strategy".
    public var title: String
    /// Its outcomes, in the strategy's order.
    public var outcomes: [Outcome]
    /// Where the strategy's wording comes from.
    public var source: String?

    /// Creates a strategy.
    public init(title: String, outcomes: [Outcome], source: String? = nil) {
        self.title = title
        self.outcomes = outcomes
        self.source = source
    }
}
