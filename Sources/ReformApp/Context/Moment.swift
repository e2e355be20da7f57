import Foundation
import ReformModel
import ReformRecord

/// When a use case runs: the moment its writes are stamped with, and the day it takes as today.
/// A command takes the machine's; a server takes its own clock's, which a test moves.
public struct Moment: Sendable {
    /// Now.
    public let now: Date
    /// Today where the person is.
    public let today: CalendarDay

    public init(now: Date, today: CalendarDay) {
        self.now = now
        self.today = today
    }

    /// The machine's clock.
    public static var current: Moment { Moment(now: Date(), today: Today.day) }

    /// `now` as the record writes it, UTC.
    var stamp: String { Timestamp.utc(now) }

    /// The UTC day of `now`: the day part of what a write is stamped with (`recorded_at`), so
    /// that "recorded today" compares like with like whatever the server's time zone.
    public var recordingDay: CalendarDay { CalendarDay(iso: Substring(stamp.prefix(10)))! }
}
