import ArgumentParser
import ReformModel

/// A day given on the command line in any date form of the file format (`2025-01-15`, `March 2025`):
/// the one place `--as-of`, `--since` and the like are read. A loose date means the end of its
/// period where it says "as at" (`--as-of`), and its start where it says "from" (`--since`).
enum DayOption {
    /// Refuses text that names no day, with the option's name and what was wrong.
    static func validate(_ text: String?, name: String) throws {
        if let text, case .failure(let error) = PlanDate.parse(text) {
            throw ValidationError("\(name): \(error.message)")
        }
    }

    /// The day `text` names: the last day of the period for a loose date. `nil` when not given (or not a day, which `validate` refuses first).
    static func day(_ text: String?) -> CalendarDay? {
        text.flatMap { try? PlanDate.parse($0).get().day }
    }

    /// The first day of the period `text` names, for an option that says "from" (`--since "June 2024"` is 1 June).
    static func startDay(_ text: String?) -> CalendarDay? {
        text.flatMap { try? PlanDate.parse($0).get().firstDay }
    }

    /// The first day `text` names, `nil` when not given; a `ValidationError` naming the option when it names no day.
    static func parseStart(_ text: String?, name: String) throws -> CalendarDay? {
        try validate(text, name: name)
        return startDay(text)
    }
}
