/// A legal duty a piece of legislation places on the council (a section of an Act), with when it
/// comes into force: the deadline the council's actions serving it are measured against.
public struct Duty: Hashable, Sendable, Codable {
    /// When a duty comes into force, as the Act's commencement section says.
    public enum Commencement: Hashable, Sendable, Codable {
        /// On a day set in the Act or in commencement regulations already made.
        case on(PlanDate)
        /// A period after Royal Assent ("two months after the day on which this Act is passed").
        case afterAssent(months: Int)
        /// On a day to be appointed by regulations not yet made; `expected` is the loose date
        /// public statements give, if any, never a day to count from.
        case byRegulations(expected: PlanDate?)

        private enum CodingKeys: String, CodingKey {
            case on, afterAssentMonths = "after_assent_months", byRegulations = "by_regulations", expected
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if try container.decodeIfPresent(Bool.self, forKey: .byRegulations) == true {
                self = .byRegulations(expected: try container.decodeIfPresent(PlanDate.self, forKey: .expected))
            } else if let day = try container.decodeIfPresent(PlanDate.self, forKey: .on) {
                self = .on(day)
            } else if let months = try container.decodeIfPresent(Int.self, forKey: .afterAssentMonths) {
                self = .afterAssent(months: months)
            } else {
                self = .byRegulations(expected: try container.decodeIfPresent(PlanDate.self, forKey: .expected))
            }
        }

        /// Written with the same members whatever the case (one of `on` and `after_assent_months`
        /// present, or `by_regulations` true), so that its JSON has one shape.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            var day: PlanDate?, months: Int?, expected: PlanDate?, byRegulations = false
            switch self {
            case .on(let given): day = given
            case .afterAssent(let given): months = given
            case .byRegulations(let given): (byRegulations, expected) = (true, given)
            }
            try container.encodeIfPresent(day, forKey: .on)
            try container.encodeIfPresent(months, forKey: .afterAssentMonths)
            try container.encode(byRegulations, forKey: .byRegulations)
            try container.encodeIfPresent(expected, forKey: .expected)
        }

        /// The day it comes into force, where known: `nil` while it waits for regulations.
        public func day(royalAssent: PlanDate?) -> CalendarDay? {
            switch self {
            case .on(let day): return day.day
            case .afterAssent(let months): return royalAssent.map { $0.day.adding(months: months) }
            case .byRegulations: return nil
            }
        }

        /// In words: "on 29 June 2026", "two months after Royal Assent", "by regulations (expected late 2027)".
        public var wording: String {
            switch self {
            case .on(let day): return "on \(day.shown)"
            case .afterAssent(let months): return "\(months == 1 ? "one month" : "\(months) months") after Royal Assent"
            case .byRegulations(let expected): return "on a day appointed by regulations" + (expected.map { " (expected \($0.shown))" } ?? "")
            }
        }
    }

    /// Unique among policies and duties: actions name it in `policies`.
    public var id: String
    public var title: String
    /// The section of the Act ("s3").
    public var section: String?
    public var commencement: Commencement
    public var summary: String?
    public var source: String?

    public init(id: String, title: String, section: String? = nil, commencement: Commencement, summary: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.section = section
        self.commencement = commencement
        self.summary = summary
        self.source = source
    }
}
