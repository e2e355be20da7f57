import ArgumentParser
import ReformApp
import ReformModel

/// Options shared by the commands that analyse a programme: the day to analyse at and JSON output.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The day to analyse at, in any date form of the file format (default: today).", valueName: "date"))
    var asOf: String?

    @Flag(help: "Write JSON instead of text (documented in docs/json-output.md).")
    var json = false

    func validate() throws {
        try DayOption.validate(asOf, name: "--as-of")
    }

    /// The day to analyse at.
    var day: CalendarDay {
        DayOption.day(asOf) ?? Today.day
    }
}
