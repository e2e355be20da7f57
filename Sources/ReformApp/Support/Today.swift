import Foundation
import ReformModel

/// Today's date where the user is: what `--as-of` and `--at` default to.
public enum Today {
    /// The current day in the local time zone.
    public static var day: CalendarDay {
        let now = Date()
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        if let year = parts.year, let month = parts.month, let day = parts.day, let today = CalendarDay(year: year, month: month, day: day) {
            return today
        }
        // A clock set outside the supported years: the UTC day, which holds any year, rather than a trap.
        return CalendarDay(dayNumber: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
