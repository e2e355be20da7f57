import Foundation
import ReformModel
import ReformStore

/// The CSV shape of recorded updates, shared by `import-updates` and `export-updates`:
/// `action,at,status,progress,due,note,by`, one update per row after a header.
public enum UpdateCSV {
    /// The header, in order.
    public static let columns = ["action", "at", "status", "progress", "due", "note", "by"]

    /// Reads and checks every row, in order, before anything is written.
    ///
    /// - Throws: `UpdateError` naming the row (1 is the header) of the first problem found.
    public static func events(from text: String, recorder: UpdateRecorder, existing: [ProgressUpdate], defaultBy: String,
                              reopen: Bool, today: CalendarDay) throws(UpdateError) -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        try checkRows(of: text, recorder: recorder, existing: existing, defaultBy: defaultBy, reopen: reopen, today: today) { event in
            events.append(event)
            return true
        }
        return events
    }

    /// Reads and checks the rows in order, handing each row's event to `each` as soon as it is
    /// checked, so that a large file can be written while it is still being read. `each` returns
    /// `false` to stop early.
    ///
    /// - Throws: `UpdateError` naming the row (1 is the header) of the first problem found; the
    ///   events already handed over must then be discarded by the caller (all or nothing).
    public static func checkRows(of text: String, recorder: UpdateRecorder, existing: [ProgressUpdate], defaultBy: String,
                                 reopen: Bool, today: CalendarDay, each: (RecordedEvent) -> Bool) throws(UpdateError) {
        var header: [String]?
        var index: [String: Int] = [:]
        var values = recorder.currentValues(after: existing)
        var number = 0
        do {
            try CSV.forEachRow(in: text) { row in
                number += 1
                guard let header else {
                    header = row
                    index = try columnIndex(of: row)
                    return
                }
                if row.count == 1, row[0].isEmpty { return }
                guard row.count == header.count else {
                    throw UpdateError(message: "row \(number): \(row.count) fields, but the header has \(header.count)")
                }
                func field(_ name: String) -> String? {
                    index[name].map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                }
                let request = UpdateRequest(action: field("action") ?? "", status: field("status"), progress: field("progress"), note: field("note"),
                                            due: field("due"), by: field("by") ?? defaultBy, at: field("at"), reopen: reopen)
                do {
                    let event = try recorder.event(for: request, old: values[request.action], origin: .import, today: today)
                    UpdateRecorder.apply(event, to: &values[request.action]!)
                    guard each(event) else { throw StopReading() }
                } catch let error as UpdateError {
                    throw UpdateError(message: "row \(number): \(error.message)")
                }
            }
        } catch let error as CSV.ParseError {
            throw UpdateError(message: "line \(error.line): \(error.message)")
        } catch let error as UpdateError {
            throw error
        } catch is StopReading {
            return
        } catch {
            throw UpdateError(message: "row \(number): \(error)") // neither CSV reading nor the checks throw anything else
        }
        if header == nil { throw UpdateError(message: "the file is empty (expected the header \(columns.joined(separator: ",")))") }
    }

    /// Each column's position, from the header row.
    private static func columnIndex(of header: [String]) throws(UpdateError) -> [String: Int] {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names.contains("action") else {
            throw UpdateError(message: "row 1: the header needs an 'action' column (columns: \(columns.joined(separator: ",")))")
        }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            throw UpdateError(message: "row 1: unknown column '\(unknown)' (columns: \(columns.joined(separator: ",")))")
        }
        return Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private struct StopReading: Error {}

    /// The events as CSV, in the shape `events(from:)` reads; UTF-8 with CRLF line ends.
    public static func text(of events: [RecordedEvent]) -> String {
        var out = CSV.row(columns)
        for event in events {
            let fields = [event.action, event.occurredAt, event.statusNew?.rawValue ?? "", event.progressNew.map(String.init) ?? "", event.dueNew ?? "",
                          event.note ?? "", event.recordedBy]
            out += CSV.row(fields.map { CSV.field($0, guardFormulas: false) })
        }
        return out
    }
}
