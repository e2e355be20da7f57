import ReformModel

/// The line under every report's title that says what day it is true at and on what data.
enum Header {
    /// "As at 22 November 2026: the file's baseline (January 2024) and 3 recorded updates."
    static func asOf(_ day: CalendarDay, baseline: PlanDate?, updatesApplied: Int) -> String {
        let shownBaseline = baseline.map { " (\($0.shown))" } ?? ""
        return "As at \(day.longForm): the file's baseline\(shownBaseline) and \(Plural.count(updatesApplied, "recorded update"))."
    }

    /// The line for an analysis.
    static func asOf(_ analysis: ProgrammeAnalysis) -> String {
        asOf(analysis.asOf, baseline: analysis.baseline, updatesApplied: analysis.updatesApplied)
    }
}
