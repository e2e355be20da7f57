import ReformModel

/// Feeds arbitrary text to every reading of a date (the plan's date forms, a financial year, an
/// ISO day) and does every piece of day arithmetic the tool does on what comes back: errors,
/// never a trap, whatever the year.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let date) = PlanDate.parse(text) {
        precondition(CalendarDay.supportedYears.contains(date.day.year), "a date read outside the supported years: \(text)")
        let first = date.firstDay
        precondition(first <= date.day, "a period that starts after it ends: \(text)")
        _ = date.shown
        _ = date.day.longForm
        _ = date.day.iso
        let year = FinancialYear(containing: date.day)
        _ = (year.firstDay, year.lastDay, year.label, year.next.lastDay)
        // A forecast's arithmetic: far in either direction.
        _ = date.day.adding(days: Int(size) * 100_000).longForm
        _ = first.adding(days: -Int(size) * 100_000).iso
        _ = first.days(to: date.day)
        // What is shown must read back as the same day.
        if case .success(let again) = PlanDate.parse(date.shown) { precondition(again.day == date.day, "\(text) shown as \(date.shown)") }
    }
    if case .success(let year) = FinancialYear.parse(text) {
        _ = (year.firstDay, year.lastDay, year.label)
    }
    if let day = CalendarDay(iso: Substring(text)) {
        _ = (day.longForm, day.adding(days: 1), FinancialYear(containing: day).lastDay)
    }
    return 0
}
