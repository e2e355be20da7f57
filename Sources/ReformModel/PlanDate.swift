/// A date as a plan states it: the words people wrote (`Spring 2024`) and the day they mean.
///
/// Public-sector plans are dated loosely. Reports show the wording, so nothing is made more
/// precise than its author made it; deadline arithmetic uses the resolved day, which is the
/// last day of the period the wording names.
public struct PlanDate: Hashable, Sendable {
    /// How precisely the wording names a day.
    public enum Precision: String, Hashable, Sendable, Codable, CaseIterable {
        /// `2024-12-31`, `31/12/2024` or `31 December 2024`
        case day
        /// `2024-12`, `December 2024` or `Dec 2024`
        case month
        /// `2024-Q1` or `Q1 2024`: a calendar quarter, January to March
        case quarter
        /// `Q2 2024/25`: a quarter of a financial year, Q1 being April to June
        case financialQuarter = "financial-quarter"
        /// `Spring 2024`, `Summer 2024`, `Autumn 2024`, `Winter 2024`
        case season
        /// `early 2024`, `mid 2024`, `late 2024`
        case partOfYear = "part-of-year"
        /// `2024/25`
        case financialYear = "financial-year"
    }

    /// The day the wording resolves to: the last day of the period it names.
    public let day: CalendarDay
    /// The words exactly as written in the programme file.
    public let wording: String
    /// How precisely the wording names a day.
    public let precision: Precision
    /// Creates a date from its parts; `PlanDate.parse` is the usual way in.
    public init(day: CalendarDay, wording: String, precision: Precision) {
        self.day = day
        self.wording = wording
        self.precision = precision
    }

    /// A date that names exactly one day, worded as its ISO form.
    public init(exactly day: CalendarDay) {
        self.init(day: day, wording: day.iso, precision: .day)
    }

    /// The wording in the tool's house style (`31 December 2024`, `December 2024`, `Q1 2024`, `Spring 2024`, `early 2024`, `2024/25`),
    /// derived from the resolved day and the precision, which together say exactly which period was named.
    public var shown: String {
        switch precision {
        case .day: return day.longForm
        case .month: return "\(MonthName.all[day.month - 1]) \(day.year)"
        case .quarter: return "Q\(day.month / 3) \(day.year)"
        case .financialQuarter: return "Q\(FinancialQuarter.number(endingIn: day.month)) \(FinancialYear(containing: day).label)"
        case .season:
            switch day.month {
            case 5: return "Spring \(day.year)"
            case 8: return "Summer \(day.year)"
            case 11: return "Autumn \(day.year)"
            default: return "Winter \(day.year - 1)"
            }
        case .partOfYear:
            switch day.month {
            case 4: return "early \(day.year)"
            case 8: return "mid \(day.year)"
            default: return "late \(day.year)"
            }
        case .financialYear: return FinancialYear(containing: day).label
        }
    }
}

extension PlanDate: Comparable {
    /// Dates order by the day they resolve to, then by wording so that ordering is total.
    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.day, lhs.wording) < (rhs.day, rhs.wording)
    }
}

extension PlanDate: CustomStringConvertible {
    public var description: String { shown }
}

extension PlanDate: Codable {
    private enum CodingKeys: String, CodingKey {
        case day, wording, precision, shown
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            day: try container.decode(CalendarDay.self, forKey: .day),
            wording: try container.decode(String.self, forKey: .wording),
            precision: try container.decode(Precision.self, forKey: .precision)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(day, forKey: .day)
        try container.encode(wording, forKey: .wording)
        try container.encode(precision, forKey: .precision)
        try container.encode(shown, forKey: .shown)
    }
}

extension PlanDate: JSONStreamWritable {
    /// Writes what `encode(to:)` writes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.day, day)
        writer.member(CodingKeys.wording, wording)
        writer.member(CodingKeys.precision, word: precision)
        writer.member(CodingKeys.shown, shown)
        writer.endObject()
    }
}
