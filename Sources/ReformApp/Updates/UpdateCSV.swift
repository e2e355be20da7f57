import ReformModel
import ReformRecord
import ReformStore

/// The CSV shape of recorded updates, shared by `export-updates` and `import-updates`: one event
/// a row after a header, UTF-8 with a byte-order mark (so that Excel reads non-ASCII text) and
/// CRLF line ends.
public enum UpdateCSV {
    /// The columns `export-updates` writes, in order. An import needs only `action`. `reopen` is
    /// `yes` on a row that moved a complete action back, which the import then allows.
    public static let columns = ["id", "action", "at", "status", "progress", "due", "note", "recorded_by", "recorded_at", "voids", "reason", "reopen"]

    /// Older names still read: `by` was the column of `recorded_by` before the export carried the record's own times.
    static let aliases = ["by": "recorded_by"]

    /// The byte-order mark that starts an exported file.
    static let byteOrderMark = "\u{FEFF}"

    /// The events as CSV, in the shape `events(from:)` reads. Text is written exactly as recorded
    /// (no spreadsheet formula guard), so that an export imports back to the same events.
    public static func text(of events: [RecordedEvent]) -> String {
        var out = byteOrderMark + CSV.row(columns)
        for event in events {
            let fields = [event.id.map(String.init) ?? "", event.action, event.occurredAt, event.statusNew?.rawValue ?? "",
                          event.progressNew.map(String.init) ?? "", event.dueNew ?? "", event.note ?? "", event.recordedBy, event.recordedAt,
                          event.voids.map(String.init) ?? "", event.reason ?? "", event.statusOld == .complete && event.statusNew.map { $0 != .complete } == true ? "yes" : ""]
            out += CSV.row(fields.map { CSV.field($0, guardFormulas: false) })
        }
        return out
    }

    /// Reads and checks every row, in order, before anything is written.
    ///
    /// - Parameter recorded: the events already in the record (voids included), which rows may void
    ///   and which decide the old values.
    /// - Throws: `UpdateError` naming the row (1 is the header) and column of the first problem.
    public static func events(from text: String, recorder: UpdateRecorder, recorded: [RecordedEvent], defaultBy: String,
                              reopen: Bool, today: CalendarDay) throws(UpdateError) -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        try UpdateCSVReader(recorder: recorder, programme: recorder.programme, recorded: recorded, defaultBy: defaultBy, reopen: reopen,
                            today: today).checkRows(of: .text(text)) { event in
            events.append(event)
            return true
        }
        return events
    }
}
