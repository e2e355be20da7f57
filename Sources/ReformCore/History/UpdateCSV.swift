import Foundation
import ReformModel

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
        let rows: [[String]]
        do {
            rows = try CSV.parse(text)
        } catch {
            throw UpdateError(message: "line \(error.line): \(error.message)")
        }
        guard let header = rows.first else { throw UpdateError(message: "the file is empty (expected the header \(columns.joined(separator: ",")))") }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names.contains("action") else {
            throw UpdateError(message: "row 1: the header needs an 'action' column (columns: \(columns.joined(separator: ",")))")
        }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            throw UpdateError(message: "row 1: unknown column '\(unknown)' (columns: \(columns.joined(separator: ",")))")
        }
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var values = recorder.currentValues(after: existing)
        var events: [RecordedEvent] = []
        events.reserveCapacity(rows.count - 1)
        for (offset, row) in rows.dropFirst().enumerated() {
            let number = offset + 2
            if row.count == 1, row[0].isEmpty { continue }
            guard row.count == header.count else {
                throw UpdateError(message: "row \(number): \(row.count) fields, but the header has \(header.count)")
            }
            func field(_ name: String) -> String? {
                index[name].map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let request = UpdateRequest(action: field("action") ?? "", status: field("status"), progress: field("progress"), note: field("note"),
                                        due: field("due"), by: field("by") ?? defaultBy, at: field("at"), reopen: reopen)
            do {
                let event = try recorder.event(for: request, old: values[request.action], origin: "import", today: today)
                UpdateRecorder.apply(event, to: &values[request.action]!)
                events.append(event)
            } catch {
                throw UpdateError(message: "row \(number): \(error.message)")
            }
        }
        return events
    }

    /// The events as CSV, in the shape `events(from:)` reads; UTF-8 with CRLF line ends.
    public static func text(of events: [RecordedEvent]) -> String {
        var out = CSV.row(columns)
        for event in events {
            let fields = [event.action, event.occurredAt, event.statusNew ?? "", event.progressNew.map(String.init) ?? "", event.dueNew ?? "",
                          event.note ?? "", event.recordedBy]
            out += CSV.row(fields.map { CSV.field($0, guardFormulas: false) })
        }
        return out
    }
}
