import ArgumentParser
import Foundation
import ReformCore
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

    /// Analyses the loaded programme at the chosen day, with the updates recorded in its history.
    func analyse(_ loaded: LoadedProgramme, file: String, history: HistoryOptions) throws -> ProgrammeAnalysis {
        ProgrammeAnalysis(loaded.programme, asOf: day, updates: try history.updates(forProgramme: file))
    }
}

/// Today's date where the user is.
enum Today {
    /// The current day in the local time zone.
    static var day: CalendarDay {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Writes values as the stable, documented JSON of the tool's `--json` options.
enum JSONOutput {
    /// Encodes `value` with sorted keys and prints it.
    static func print<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
