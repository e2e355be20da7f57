import ReformApp
import ReformModel

/// `GET /deadlines`: every milestone and policy deadline with its state, the actions feeding it
/// and its forecast, and a timeline with a line at today.
struct DeadlinesPage: Sendable {
    struct Row: Sendable {
        let label: String
        let textY, lineY, start, end, x: Int
        let colour: String
    }

    struct Deadline: Sendable {
        let title: String
        let statutory: Bool
        let date, daysLeft: String
        let state: Shown.Status
        let reason: String
        let feeding: [String]
        let forecast: String
    }

    let asOf: String
    let rows: [Row]
    let width, height, today, todayEnd, captionY: Int
    let captionAnchor: String
    let first, last: String
    let deadlines: [Deadline]

    init(_ list: DeadlineList) {
        let deadlines = list.deadlines
        let labelWidth = 470, chartWidth = 470, rowHeight = 26
        let days = deadlines.map(\.date.day.dayNumber) + [list.asOf.dayNumber]
        let first = days.min() ?? 0, last = max((days.max() ?? 1), first + 1)
        func x(_ day: Int) -> Int { labelWidth + (day - first) * chartWidth / (last - first) }
        rows = deadlines.enumerated().map { index, deadline in
            let colour: String
            switch deadline.state {
            case .met, .onTrack: colour = "green"
            case .atRisk: colour = "amber"
            case .missed: colour = "red"
            case .noActions: colour = "not-rated"
            }
            let label = deadline.title.count > 46 ? String(deadline.title.prefix(44)) + "…" : deadline.title
            return Row(label: "\(label) (\(deadline.date.shown))", textY: index * rowHeight + 17, lineY: index * rowHeight + 13,
                       start: labelWidth, end: labelWidth + chartWidth, x: x(deadline.date.day.dayNumber), colour: colour)
        }
        asOf = list.asOf.longForm
        width = labelWidth + chartWidth + 10
        height = deadlines.count * rowHeight + 30
        today = x(list.asOf.dayNumber)
        captionAnchor = x(list.asOf.dayNumber) > labelWidth + chartWidth / 2 ? "end" : "start"
        todayEnd = deadlines.count * rowHeight + 4
        captionY = deadlines.count * rowHeight + 22
        self.first = CalendarDay(dayNumber: first).longForm
        self.last = CalendarDay(dayNumber: last).longForm
        self.deadlines = deadlines.map { deadline in
            Deadline(title: deadline.title, statutory: deadline.statutory, date: deadline.date.shown, daysLeft: Shown.daysLeft(deadline.daysRemaining),
                     state: Shown.state(deadline.state), reason: deadline.reason, feeding: deadline.feedingActions, forecast: deadline.forecast)
        }
    }
}
