import ReformModel
import ReformRecord

/// When an owner who still owes updates in an open round is reminded: `daysBefore` days before
/// the due date, on the due date, then every seven days while the round stays open. Only the
/// latest reminder that has come due is sent, so a server that was down for days sends one, not
/// a backlog; none falls before the round opened, whose opening email said it all.
public struct ReminderSchedule: Sendable, Equatable {
    /// Days before the due date of the first reminder.
    public var daysBefore: Int

    public init(daysBefore: Int = 3) {
        self.daysBefore = daysBefore
    }

    /// The reminder due for `round` on `today`, with the day it is for; `nil` for none.
    public func reminder(for round: UpdateRound, today: CalendarDay) -> (kind: ReminderKind, day: CalendarDay)? {
        guard round.isOpen, let due = CalendarDay(iso: Substring(round.due)), let opened = Timestamp.day(of: round.openedAt) else { return nil }
        let chosen: (ReminderKind, CalendarDay)
        if today >= due.adding(days: 7) {
            chosen = (.overdue, due.adding(days: due.days(to: today) / 7 * 7))
        } else if today >= due {
            chosen = (.dueDay, due)
        } else if daysBefore > 0, today >= due.adding(days: -daysBefore) {
            chosen = (.beforeDue, due.adding(days: -daysBefore))
        } else {
            return nil
        }
        return chosen.1 >= opened ? chosen : nil
    }
}
