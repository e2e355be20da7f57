import ArgumentParser
import ReformApp
import ReformModel

/// What `history` and `log` share: the day to list from, JSON output, and the programme and record to read.
struct RecordQueryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only updates on or after this day (a loose date means its start).", valueName: "date"))
    var since: String?

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @Option(help: ArgumentHelp("The programme file (the record is found beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var record: RecordOptions

    /// The programme file's record, opened when first needed.
    var recordOfFile: Record { record.record(for: file) }

    /// The first day `--since` names, if given.
    func sinceDay() throws -> CalendarDay? {
        try DayOption.parseStart(since, name: "--since")
    }
}
