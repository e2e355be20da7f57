import ReformModel
import ReformRecord
import ReformStore

/// When an update happened, as an officer or a spreadsheet writes it: `2024-08-02`,
/// `2024-08-02T10:30`, or day first, `02/08/2024` and `02/08/2024 10:30` (2 August).
enum OccurrenceTime {
    /// The time in the record's form (ISO 8601, day-first input turned round) and its day; `nil` when it names no time.
    static func parse(_ text: String) -> (String, CalendarDay)? {
        if let day = Timestamp.day(of: text) { return (text, day) }
        let parts = text.split(separator: " ", maxSplits: 1)
        guard let first = parts.first, case .success(let date) = PlanDate.parse(String(first)), date.precision == .day,
              first.contains("/") else { return nil }
        guard parts.count == 2 else { return (date.day.iso, date.day) }
        let iso = "\(date.day.iso)T\(parts[1])"
        return Timestamp.day(of: iso).map { (iso, $0) }
    }
}
