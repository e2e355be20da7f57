import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// The days a report covers as asked for: the day it is at, and where its changes start, a day
/// or the previous run of the same plugin.
public struct ReportPeriod: Sendable {
    /// Where a report's changes are counted from.
    public enum Since: Sendable, Hashable {
        /// From this day.
        case day(CalendarDay)
        /// From the as-of day of the last report of the same plugin issued to the committee, as at the report's day or before.
        case lastRun
        /// From the as-of day of this run, which must be an issued report of the same plugin.
        case run(Int64)
    }

    /// The day the report is at.
    public var asOf: CalendarDay
    /// Where its changes start, if it shows changes.
    public var since: Since?

    /// A period at `asOf`, showing changes since `since` if given.
    public init(asOf: CalendarDay, since: Since?) {
        self.asOf = asOf
        self.since = since
    }

    /// The days resolved: `lastRun` and `run` become that run's day (`run` is the last report of the
    /// plugin the record holds as at `asOf` or before, or the run chosen), with the titles its actions had.
    func resolved(plugin: String, lastRun run: ReportRun?, notice: (String) -> Void) throws(AppError) -> ResolvedReportPeriod {
        switch since {
        case nil: return ResolvedReportPeriod(asOf: asOf, since: nil, previousActions: nil)
        case .day(let day):
            guard day <= asOf else {
                throw AppError("\(day.longForm) is after the report's day, \(asOf.longForm): changes are counted from an earlier day to a later one",
                               status: .usage, kind: .invalidInput, field: .since)
            }
            return ResolvedReportPeriod(asOf: asOf, since: day, previousActions: nil)
        case .run(let number):
            guard let run, run.id == number, run.plugin == plugin, run.state == .issued else {
                throw AppError("report run \(number) is not a report of '\(plugin)' issued to the committee; choose one that is, or the last one",
                               kind: .invalidInput, field: .since, nothingRecorded: true)
            }
            guard let day = CalendarDay(iso: Substring(run.asOf)), day <= asOf else {
                throw AppError("report run \(number) is as at \(run.asOf), after the report's day, \(asOf.longForm)", kind: .invalidInput, field: .since,
                               nothingRecorded: true)
            }
            return ResolvedReportPeriod(asOf: asOf, since: day, previousActions: Self.actionTitles(of: run))
        case .lastRun:
            guard let run else {
                notice("note: no earlier report of '\(plugin)' issued to the committee (--final) as at \(asOf.longForm) or before is recorded, so no changes are shown")
                return ResolvedReportPeriod(asOf: asOf, since: nil, previousActions: nil)
            }
            return ResolvedReportPeriod(asOf: asOf, since: CalendarDay(iso: Substring(run.asOf)), previousActions: Self.actionTitles(of: run))
        }
    }
}

extension ReportPeriod {
    /// Each action's title as `run` recorded them (`ReportRun.actionTitles`), to tell added and removed actions from.
    static func actionTitles(of run: ReportRun) -> [String: String]? {
        try? JSONDecoder().decode([String: String].self, from: Data(run.actions.utf8))
    }
}

/// A report's days once `--since last` is looked up.
struct ResolvedReportPeriod: Sendable {
    var asOf: CalendarDay
    var since: CalendarDay?
    /// With `--since last`: each action's title as the previous run showed it.
    var previousActions: [String: String]?
}
