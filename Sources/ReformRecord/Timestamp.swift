import Foundation
import ReformModel

/// Timestamps as the history store writes and reads them.
public enum Timestamp {
    /// `2025-01-15T10:30:00Z`.
    public static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The day of `2025-01-15`, `2025-01-15T10:30`, `2025-01-15 10:30:00`, `2025-01-15T10:30:00Z` or with an offset.
    public static func day(of text: String) -> CalendarDay? {
        let trimmed = Substring(text)
        guard trimmed.count >= 10, let day = CalendarDay(iso: trimmed.prefix(10)) else { return nil }
        let rest = trimmed.dropFirst(10)
        if rest.isEmpty { return day }
        guard rest.first == "T" || rest.first == " " else { return nil }
        let time = rest.dropFirst()
        let clock = time.prefix { $0.isNumber || $0 == ":" || $0 == "." }
        let zone = time.dropFirst(clock.count)
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute),
              parts[0].count == 2, parts[1].count == 2 else { return nil }
        if parts.count == 3 { guard let second = Double(parts[2]), second >= 0, second < 61 else { return nil } }
        guard zone.isEmpty || zone == "Z" || (zone.count == 6 && (zone.first == "+" || zone.first == "-")) else { return nil }
        return day
    }
}
