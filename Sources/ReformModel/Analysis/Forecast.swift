/// When an open action is projected to finish, and on what evidence.
///
/// This answers the committee's question "will we be on time?", so it always says which basis
/// it used: the rate seen in recorded updates, the file's progress over elapsed time, or only
/// the planned date.
public struct Forecast: Hashable, Sendable, Codable {
    /// The evidence a projection rests on.
    public enum Basis: String, Hashable, Sendable, Codable, CaseIterable {
        /// The action is complete; the date is its completion.
        case completed
        /// The rate of progress between the first and last of at least two recorded updates.
        case recordedUpdates = "recorded-updates"
        /// Progress in the file (or the latest update) over the time since the start date.
        case fileProgress = "file-progress"
        /// No progress to project from: the planned due date is assumed.
        case plannedDue = "planned-due"
        /// Nothing to project from (cancelled, or no dates at all, or progress has stalled).
        case none
    }

    /// The projected completion day, if one can be given.
    public let projected: CalendarDay?
    /// The evidence used.
    public let basis: Basis
    /// The projection in words, with its numbers.
    public let explanation: String
}

extension Forecast: JSONStreamWritable {
    /// Writes what `encode(to:)` writes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.projected, projected)
        writer.member(CodingKeys.basis, word: basis)
        writer.member(CodingKeys.explanation, explanation)
        writer.endObject()
    }
}

/// Projects completion dates for actions.
public enum ForecastRule {
    /// Projects when `action` will finish, as seen on `asOf`.
    public static func forecast(_ action: Action, deadline: EffectiveDeadline?, start measured: MeasuredStart? = nil, updates: [ProgressUpdate],
                                asOf: CalendarDay) -> Forecast {
        switch action.status {
        case .complete:
            return Forecast(projected: action.completed?.day, basis: .completed, explanation: "complete")
        case .cancelled:
            return Forecast(projected: nil, basis: .none, explanation: "cancelled")
        default:
            break
        }
        let points = updates.compactMap { update in update.progress.map { (update.day, $0) } }
        if points.count >= 2, let first = points.first, let last = points.last, first.0 < last.0 {
            return fromRecordedRate(first: first, last: last, count: points.count, asOf: asOf)
        }
        if let progress = action.progress, progress >= 100 {
            return Forecast(projected: asOf, basis: .fileProgress, explanation: "100% done but not yet marked complete")
        }
        let start = measured ?? action.start.map { MeasuredStart(day: $0.day, borrowedFrom: nil) }
        if let progress = action.progress, progress > 0, let start, start.day < asOf {
            let days = start.day.days(to: asOf)
            let remaining = ceilDivide((100 - progress) * days, progress)
            return Forecast(projected: asOf.adding(days: remaining), basis: .fileProgress,
                            explanation: "\(progress)% done in \(days) days since \(start.day.longForm)\(start.because); at that rate it finishes in \(remaining) more days")
        }
        if action.status == .blocked {
            return Forecast(projected: nil, basis: .none,
                            explanation: "blocked: no forecast can be made until the block is lifted and progress is recorded")
        }
        if let deadline {
            if deadline.date.day < asOf {
                return Forecast(projected: nil, basis: .none,
                                explanation: "overdue since \(deadline.described), with no progress to project from: no forecast can be made until progress is recorded")
            }
            return Forecast(projected: deadline.date.day, basis: .plannedDue,
                            explanation: "no progress to project from; assumes the planned date, \(deadline.described)")
        }
        return Forecast(projected: nil, basis: .none, explanation: "no progress and no due date to project from")
    }

    private static func fromRecordedRate(first: (CalendarDay, Int), last: (CalendarDay, Int), count: Int, asOf: CalendarDay) -> Forecast {
        let days = first.0.days(to: last.0)
        let gained = last.1 - first.1
        let span = "between \(first.0.longForm) (\(first.1)%) and \(last.0.longForm) (\(last.1)%), from \(count) recorded updates"
        if last.1 >= 100 {
            return Forecast(projected: last.0, basis: .recordedUpdates, explanation: "reached 100% on \(last.0.longForm)")
        }
        guard gained > 0 else {
            return Forecast(projected: nil, basis: .recordedUpdates, explanation: "no progress \(span): at this rate it will not finish")
        }
        let remaining = ceilDivide((100 - last.1) * days, gained)
        let finish = last.0.adding(days: remaining)
        guard finish >= asOf else {
            // The pace recorded says it should be done by now, and nothing since says it is: a date
            // in the past, or "today", would both be false.
            return Forecast(projected: nil, basis: .recordedUpdates,
                            explanation: "\(gained) points in \(days) days \(span); at that pace it would have finished on \(finish.longForm), "
                                + "but nothing has been recorded since \(last.0.longForm): overdue at the recorded pace since \(finish.longForm), "
                                + "and no forecast can be made until progress is recorded")
        }
        return Forecast(projected: finish, basis: .recordedUpdates,
                        explanation: "\(gained) points in \(days) days \(span); at that rate it finishes \(remaining) days after the last update")
    }

    private static func ceilDivide(_ numerator: Int, _ denominator: Int) -> Int {
        (numerator + denominator - 1) / denominator
    }
}
