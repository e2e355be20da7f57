/// Why a piece of text is not a date, in words a programme manager can act on.
public struct DateParseError: Error, Hashable, Sendable {
    /// The text that was given.
    public let text: String
    /// What is wrong with it, when more can be said than "not a date" (for example "February 2023 has 28 days").
    public let detail: String?

    /// The forms a date may take, as listed in the format's documentation.
    public static let acceptedForms = "2024-12-31, 31/12/2024, 31 December 2024, 2024-12, December 2024, Dec 2024, 2024-Q1, Q1 2024/25, Spring 2024, early 2024, 2024/25"

    /// The whole message: what was wrong and which forms would be right.
    public var message: String {
        if let detail { return "'\(text)' is not a date: \(detail)" }
        return "'\(text)' is not a date (accepted: \(DateParseError.acceptedForms))"
    }
}

extension PlanDate {
    /// Parses any of the date forms of programme format 1.
    ///
    /// Words (month names, seasons, `early`/`mid`/`late`) are accepted in any letter case and
    /// surrounding spaces are ignored; the original text is kept as the wording.
    public static func parse(_ text: String) -> Result<PlanDate, DateParseError> {
        if let iso = parseISO(text) { return .success(iso) }
        let trimmed = text.trimmingSpaces()
        let parsed = parseTrimmed(Substring(trimmed))
        switch parsed {
        case .success(let (day, precision, _)):
            return .success(PlanDate(day: day, wording: trimmed, precision: precision))
        case .failure(let detail):
            return .failure(DateParseError(text: text, detail: detail.text))
        }
    }

    private struct Detail: Error { let text: String? }

    /// The common forms `2024-12-31` and `2024-12`, read straight from the bytes; `nil` for anything else
    /// (including impossible days, which the general path explains).
    private static func parseISO(_ text: String) -> PlanDate? {
        var copy = text
        return copy.withUTF8 { bytes -> PlanDate? in
            guard bytes.count == 10 || bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
            func digits(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let byte = bytes[index]
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = digits(0..<4), CalendarDay.supportedYears.contains(year), let month = digits(5..<7) else { return nil }
            if bytes.count == 7 {
                return CalendarDay.lastDay(ofMonth: month, year: year).map { PlanDate(day: $0, wording: text, precision: .month) }
            }
            guard bytes[7] == UInt8(ascii: "-"), let day = digits(8..<10), let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return PlanDate(day: date, wording: text, precision: .day)
        }
    }

    private static func parseTrimmed(_ text: Substring) -> Result<(CalendarDay, Precision, String), Detail> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if words.count == 1 { return parseOneWord(text) }
        if words.count == 2 || words.count == 3, let year = fourDigitYear(words[words.count - 1]) {
            guard CalendarDay.supportedYears.contains(year) else { return .failure(unsupportedYear(year)) }
            return words.count == 2 ? parseWordAndYear(words[0], year: year) : parseDayMonthYear(day: words[0], month: words[1], year: year)
        }
        if words.count == 2, let start = FinancialYear.writtenStartYear(words[1]) {
            guard let year = FinancialYear(words[1]) else { return .failure(unsupportedYear(start)) }
            return parseFinancialQuarter(words[0], of: year)
        }
        return .failure(Detail(text: nil))
    }

    /// A year written with four ASCII digits.
    private static func fourDigitYear(_ text: Substring) -> Int? {
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// Why a date in `year` is refused: the tool reads dates in `CalendarDay.supportedYears` only.
    private static func unsupportedYear(_ year: Int) -> Detail {
        let years = CalendarDay.supportedYears
        return Detail(text: "the year \(year) is outside the years a plan may use (\(years.lowerBound) to \(years.upperBound))")
    }

    /// `2024-12-31`, `2024-12`, `2024-Q1`, `2024/25`.
    private static func parseOneWord(_ text: Substring) -> Result<(CalendarDay, Precision, String), Detail> {
        if let start = FinancialYear.writtenStartYear(text) {
            guard let year = FinancialYear(text) else { return .failure(unsupportedYear(start)) }
            return .success((year.lastDay, .financialYear, year.label))
        }
        if text.contains("/") {
            return parseDayFirst(text)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let year = fourDigitYear(parts[0]) else {
            return .failure(Detail(text: nil))
        }
        guard CalendarDay.supportedYears.contains(year) else { return .failure(unsupportedYear(year)) }
        if parts.count == 2, parts[1].count == 2, let quarter = quarterNumber(parts[1]) {
            return quarterEnd(quarter, year: year)
        }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return .failure(Detail(text: nil))
        }
        if parts.count == 2, parts[1].count == 2, let month = Int(parts[1]) {
            guard let last = CalendarDay.lastDay(ofMonth: month, year: year) else {
                return .failure(Detail(text: "there is no month \(month) (months are 01 to 12)"))
            }
            return .success((last, .month, "\(MonthName.all[month - 1]) \(year)"))
        }
        if parts.count == 3, parts[1].count == 2, parts[2].count == 2, let month = Int(parts[1]), let day = Int(parts[2]) {
            guard (1...12).contains(month) else {
                return .failure(Detail(text: "there is no month \(month) (months are 01 to 12)"))
            }
            guard let exact = CalendarDay(year: year, month: month, day: day) else {
                let days = CalendarDay.daysIn(month: month, year: year)
                return .failure(Detail(text: "\(MonthName.all[month - 1]) \(year) has \(days) days"))
            }
            return .success((exact, .day, exact.longForm))
        }
        return .failure(Detail(text: nil))
    }

    /// `December 2024`, `Q1 2024`, `Spring 2024`, `early 2024`.
    private static func parseWordAndYear(_ word: Substring, year: Int) -> Result<(CalendarDay, Precision, String), Detail> {
        if let month = MonthName.number(of: word) {
            return .success((CalendarDay.lastDay(ofMonth: month, anyYear: year), .month, "\(MonthName.all[month - 1]) \(year)"))
        }
        if let quarter = quarterNumber(word) {
            return quarterEnd(quarter, year: year)
        }
        switch word.lowercased() {
        case "spring": return .success((CalendarDay(anyYear: year, month: 5, day: 31), .season, "Spring \(year)"))
        case "summer": return .success((CalendarDay(anyYear: year, month: 8, day: 31), .season, "Summer \(year)"))
        case "autumn": return .success((CalendarDay(anyYear: year, month: 11, day: 30), .season, "Autumn \(year)"))
        case "winter":
            // Winter 2200 would end in February 2201.
            guard CalendarDay.supportedYears.contains(year + 1) else { return .failure(unsupportedYear(year + 1)) }
            return .success((CalendarDay.lastDay(ofMonth: 2, anyYear: year + 1), .season, "Winter \(year)"))
        case "early": return .success((CalendarDay(anyYear: year, month: 4, day: 30), .partOfYear, "early \(year)"))
        case "mid": return .success((CalendarDay(anyYear: year, month: 8, day: 31), .partOfYear, "mid \(year)"))
        case "late": return .success((CalendarDay(anyYear: year, month: 12, day: 31), .partOfYear, "late \(year)"))
        default:
            let known = MonthName.all + ["Spring", "Summer", "Autumn", "Winter", "early", "mid", "late"]
            if let close = Suggestion.closest(to: String(word), among: known) {
                return .failure(Detail(text: "did you mean '\(close) \(year)'? (accepted: \(DateParseError.acceptedForms))"))
            }
            return .failure(Detail(text: nil))
        }
    }

    /// `30/09/2024` or `2/8/2024`: day first, as councils and spreadsheets in the UK write dates.
    private static func parseDayFirst(_ text: Substring) -> Result<(CalendarDay, Precision, String), Detail> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count != 2 else {
            return .failure(Detail(text: "a financial year is written 2024/25, the second year following the first"))
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts[1].count <= 2, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else {
            return .failure(Detail(text: "a day is written 30/09/2024 (day first) and a financial year 2024/25, the second year following the first"))
        }
        guard parts[2].count == 4 else {
            return .failure(Detail(text: "write the year in full: did you mean '\(parts[0])/\(parts[1])/20\(parts[2].suffix(2))'?"))
        }
        guard CalendarDay.supportedYears.contains(year) else { return .failure(unsupportedYear(year)) }
        return exactDay(year: year, month: month, day: day)
    }

    /// `30 September 2024` or `1 Sept 2024`.
    private static func parseDayMonthYear(day: Substring, month: Substring, year: Int) -> Result<(CalendarDay, Precision, String), Detail> {
        guard day.count <= 2, let dayNumber = Int(day) else { return .failure(Detail(text: nil)) }
        guard let monthNumber = MonthName.number(of: month) else {
            let hint = Suggestion.closest(to: String(month), among: MonthName.all).map { "did you mean '\(day) \($0) \(year)'? " } ?? ""
            return .failure(Detail(text: "\(hint)(accepted: \(DateParseError.acceptedForms))"))
        }
        return exactDay(year: year, month: monthNumber, day: dayNumber)
    }

    /// `Q2 2024/25`: July to September 2024.
    private static func parseFinancialQuarter(_ word: Substring, of year: FinancialYear) -> Result<(CalendarDay, Precision, String), Detail> {
        guard let quarter = quarterNumber(word) else {
            return .failure(Detail(text: "a quarter of a financial year is written Q1 2024/25 to Q4 2024/25"))
        }
        return .success((FinancialQuarter.lastDay(quarter, of: year), .financialQuarter, "Q\(quarter) \(year.label)"))
    }

    /// The day, or what is wrong with it ("September 2024 has 30 days").
    private static func exactDay(year: Int, month: Int, day: Int) -> Result<(CalendarDay, Precision, String), Detail> {
        guard (1...12).contains(month) else {
            return .failure(Detail(text: "there is no month \(month) (months are 1 to 12)"))
        }
        guard let exact = CalendarDay(year: year, month: month, day: day) else {
            return .failure(Detail(text: "\(MonthName.all[month - 1]) \(year) has \(CalendarDay.daysIn(month: month, year: year)) days"))
        }
        return .success((exact, .day, exact.longForm))
    }

    private static func quarterNumber(_ text: Substring) -> Int? {
        guard text.count == 2, text.first == "Q" || text.first == "q", let n = Int(text.dropFirst()), (1...4).contains(n) else { return nil }
        return n
    }

    private static func quarterEnd(_ quarter: Int, year: Int) -> Result<(CalendarDay, Precision, String), Detail> {
        .success((CalendarDay.lastDay(ofMonth: quarter * 3, anyYear: year), .quarter, "Q\(quarter) \(year)"))
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    public func trimmingSpaces() -> String {
        // Most text has nothing to trim, which its first and last bytes show without walking its characters.
        let isSpaceByte: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard utf8.first.map(isSpaceByte) == true || utf8.last.map(isSpaceByte) == true else { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
