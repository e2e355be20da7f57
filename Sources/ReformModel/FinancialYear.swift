/// A UK public-sector financial year, 1 April to 31 March, written `2024/25`.
///
/// New Burdens costs and grant funding are stated by financial year, so money in a
/// programme is always keyed by one of these.
public struct FinancialYear: Hashable, Comparable, Sendable {
    /// The calendar year in which the financial year starts (2024 for 2024/25).
    public let startYear: Int

    /// Creates the financial year that starts on 1 April of `startYear`.
    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// Parses `2024/25`; the second part must be the year after the first, and both must be
    /// `CalendarDay.supportedYears`. Returns `nil` otherwise.
    public init?(_ text: Substring) {
        guard let start = Self.writtenStartYear(text), Self.supportedStartYears.contains(start) else { return nil }
        self.startYear = start
    }

    /// The years a financial year may start in: both its calendar years are supported ones.
    public static let supportedStartYears = CalendarDay.supportedYears.lowerBound...(CalendarDay.supportedYears.upperBound - 1)

    /// The start year of text written as a financial year (`2024/25`, the second year following
    /// the first), whether or not it is a supported one; `nil` for text of any other shape.
    static func writtenStartYear(_ text: Substring) -> Int? {
        // Read by bytes, as four digits, a slash and two: a plan's funding and burdens hold tens of thousands of these.
        var start = 0, end = 0, count = 0
        for byte in text.utf8 {
            let digit = Int(byte &- UInt8(ascii: "0"))
            switch count {
            case 0...3 where digit < 10: start = start * 10 + digit
            case 4 where byte == UInt8(ascii: "/"): break
            case 5...6 where digit < 10: end = end * 10 + digit
            default: return nil
            }
            count += 1
        }
        guard count == 7, (start + 1) % 100 == end else { return nil }
        return start
    }

    /// Reads `2024/25`, or says in words what is wrong: the one reading of a financial year that
    /// the file, the command line and the forms share.
    public static func parse(_ text: String) -> Result<FinancialYear, FinancialYearParseError> {
        if let year = FinancialYear(Substring(text)) { return .success(year) }
        let years = CalendarDay.supportedYears
        if let start = writtenStartYear(Substring(text)) {
            return .failure(FinancialYearParseError(text: text, detail: "the year \(start) is outside the years a plan may use (\(years.lowerBound) to \(years.upperBound))"))
        }
        return .failure(FinancialYearParseError(text: text, detail: "write the UK financial year as 2024/25, the second year following the first"))
    }

    /// The financial year that contains `day`.
    public init(containing day: CalendarDay) {
        self.startYear = day.month >= 4 ? day.year : day.year - 1
    }

    /// 1 April of the start year.
    public var firstDay: CalendarDay { CalendarDay(anyYear: startYear, month: 4, day: 1) }

    /// 31 March of the following year.
    public var lastDay: CalendarDay { CalendarDay(anyYear: startYear + 1, month: 3, day: 31) }

    /// The following financial year.
    public var next: FinancialYear { FinancialYear(startYear: startYear + 1) }

    /// The year as written in UK public finance: `2024/25`.
    public var label: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/" + (end < 10 ? "0\(end)" : "\(end)")
    }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool {
        lhs.startYear < rhs.startYear
    }
}

extension FinancialYear: CustomStringConvertible {
    public var description: String { label }
}

extension FinancialYear: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let year = FinancialYear(Substring(text)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a financial year like 2024/25")
        }
        self = year
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}

/// Why a piece of text is not a financial year.
public struct FinancialYearParseError: Error, Hashable, Sendable {
    /// The text that was given.
    public let text: String
    /// What is wrong with it, and what would be right.
    public let detail: String

    /// "'2024/26' is not a financial year (write the UK financial year as 2024/25, ...)".
    public var message: String { "'\(text)' is not a financial year (\(detail))" }
}

extension FinancialYear: JSONStreamWritable {
    /// Writes the label, `2024/25`, as its encoding does.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.string(label)
    }
}

extension FinancialYear: JSONTapeReadable {
    /// Reads the label, `2024/25`, as its `init(from:)` does.
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        guard let year = FinancialYear(Substring(try tape.string())) else { throw JSONTapeMismatch() }
        self = year
    }
}
