/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Deadlines in public-sector plans are days, not instants, so the whole tool does its date
/// arithmetic on `CalendarDay` and never on a clock time that a time zone could shift.
public struct CalendarDay: Hashable, Comparable, Sendable {
    /// The year, for example 2024.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// The years a date may be written in, everywhere the tool reads one (the plan, the command
    /// line, a form, a CSV row, the record): a reform plan has no business before 1900 or after
    /// 2200, and keeping to them means no day arithmetic on a date read can leave the calendar.
    public static let supportedYears: ClosedRange<Int> = 1900...2200

    /// Creates a day, or returns `nil` when the year, month and day do not name a real day of a
    /// supported year.
    public init?(year: Int, month: Int, day: Int) {
        guard CalendarDay.supportedYears.contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day the caller knows to be real in every year (1 April, 31 March, the last day of a month
    /// it computed): for days derived from other days, which may fall outside `supportedYears`
    /// (a forecast centuries away) and must never trap.
    init(anyYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = min(day, CalendarDay.daysIn(month: month, year: year))
    }

    /// Creates the day that is `dayNumber` days after 1 January 1970 (negative numbers go before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days algorithm.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The number of days since 1 January 1970, so that the difference of two days is a subtraction.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The last day of the given month, `nil` for a month that is not 1 to 12 or a year outside `supportedYears`.
    public static func lastDay(ofMonth month: Int, year: Int) -> CalendarDay? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))
    }

    /// The last day of a month of any year: for days derived from other days, which never trap.
    static func lastDay(ofMonth month: Int, anyYear year: Int) -> CalendarDay {
        CalendarDay(anyYear: year, month: month, day: daysIn(month: month, year: year))
    }

    /// The day `count` days later (or earlier, for a negative count).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber + count)
    }

    /// The same day of the month `count` months later, or the month's last day where it is
    /// shorter: "two months after 29 April 2026" is 29 June 2026, after 31 December it is 28 February.
    public func adding(months count: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + count
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        return CalendarDay(anyYear: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// The number of days from this day to `other`: positive when `other` is later.
    public func days(to other: CalendarDay) -> Int {
        other.dayNumber - dayNumber
    }

    /// The day in ISO 8601 form, `2024-12-31`: what JSON output and the history store carry.
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    /// The day as a person in England writes it: `31 December 2024`.
    public var longForm: String {
        "\(day) \(MonthName.all[month - 1]) \(year)"
    }

    /// Parses a strict ISO 8601 day, `YYYY-MM-DD`; anything else is `nil`.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDay: CustomStringConvertible {
    public var description: String { iso }
}

extension CalendarDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: Substring(text)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a YYYY-MM-DD day")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension CalendarDay: JSONStreamWritable {
    /// Writes `iso` as a JSON string, digit by digit, without making the string.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.punctuation(UInt8(ascii: "\""))
        writer.digits(year, width: 4)
        writer.punctuation(UInt8(ascii: "-"))
        writer.digits(month, width: 2)
        writer.punctuation(UInt8(ascii: "-"))
        writer.digits(day, width: 2)
        writer.punctuation(UInt8(ascii: "\""))
        writer.endValue()
    }
}
