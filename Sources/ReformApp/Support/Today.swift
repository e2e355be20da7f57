import Foundation
import ReformModel

/// Today's date where the user is: what `--as-of` and `--at` default to.
public enum Today {
    /// The current day in the local time zone.
    public static var day: CalendarDay {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
