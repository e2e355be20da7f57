import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Reads an updates CSV row by row and checks each row as `reform update` checks one update,
/// with each row's old values taken from the action's state on that row's own day.
///
/// It reads what Excel writes back: a byte-order mark, cells with spaces around them, `87.0`,
/// day-first dates (`02/08/2024` is 2 August). A row may void an event already recorded, or an
/// earlier row of the same file by that row's `id`.
struct UpdateCSVReader {
    let recorder: UpdateRecorder
    let programme: Programme
    /// The events already in the record, voids included.
    let recorded: [RecordedEvent]
    let defaultBy: String
    let reopen: Bool
    let today: CalendarDay

    /// Checks the rows in order, handing each row's event to `each` as soon as it is checked, so
    /// that a large file is written while it is still being read; `each` returns `false` to stop.
    ///
    /// - Throws: `UpdateError` naming the row (1 is the header) and column of the first problem;
    ///   the events already handed over must then be discarded by the caller (all or nothing).
    func checkRows(of source: UpdateCSVSource, each: (RecordedEvent) -> Bool) throws(UpdateError) {
        var state = RowState(programme: programme, recorded: recorded)
        var header: [String: Int]?
        var width = 0
        var number = 0
        do {
            try source.forEachRow { row in
                number += 1
                guard let columns = header else {
                    header = try Self.columnIndex(of: row)
                    width = row.count
                    return
                }
                if row.count == 1, row[0].trimmingSpaces().isEmpty { return }
                guard row.count == width else {
                    throw UpdateError(message: "row \(number): \(row.count) fields, but the header has \(width)")
                }
                let cells = RowCells(row: row, columns: columns)
                do {
                    let event = try check(cells, state: &state)
                    guard each(event) else { throw StopReading() }
                } catch let error as UpdateError {
                    let column = error.field.map { ", column \($0)" } ?? ""
                    throw UpdateError(message: "row \(number)\(column): \(error.message)", field: error.field)
                }
            }
        } catch let error as CSV.ParseError {
            throw UpdateError(message: "line \(error.line): \(error.message)")
        } catch let error as FileReadError {
            throw UpdateError(message: error.message)
        } catch let error as UpdateError {
            throw error
        } catch is StopReading {
            return
        } catch {
            throw UpdateError(message: "row \(number): \(error)") // neither CSV reading nor the checks throw anything else
        }
        if header == nil { throw UpdateError(message: "the file is empty (expected the header \(UpdateCSV.columns.joined(separator: ",")))") }
    }

    /// One row's event: a void of an earlier event, or an update checked against the plan.
    private func check(_ cells: RowCells, state: inout RowState) throws(UpdateError) -> RecordedEvent {
        let fileID = try cells.integer("id")
        var event: RecordedEvent
        let recordedAt = try cells.recordedAt()
        if let target = try cells.integer("voids") {
            event = try state.void(target, cells: cells, recorder: recorder, by: cells.text("recorded_by") ?? defaultBy,
                                   recordedAt: recordedAt, today: today)
        } else {
            let reopens = try cells.yes("reopen")
            let request = UpdateRequest(action: cells.text("action") ?? "", status: cells.text("status"), progress: cells.text("progress"),
                                        note: cells.raw("note"), due: cells.text("due"), by: cells.text("recorded_by") ?? defaultBy,
                                        at: cells.text("at"), reopen: reopen || reopens, recordedAt: recordedAt)
            event = try recorder.event(for: request, on: state.timeline, origin: .import, today: today)
            event.reason = cells.raw("reason")
        }
        state.record(event, fileID: fileID)
        return event
    }

    /// Each column's position, from the header row.
    private static func columnIndex(of header: [String]) throws(UpdateError) -> [String: Int] {
        let names = header.map { name in
            let plain = name.trimmingSpaces().lowercased()
            return UpdateCSV.aliases[plain] ?? plain
        }
        let listed = UpdateCSV.columns.joined(separator: ",")
        guard names.contains("action") else {
            throw UpdateError(message: "row 1: the header needs an 'action' column (columns: \(listed))")
        }
        if let unknown = names.first(where: { !UpdateCSV.columns.contains($0) }) {
            throw UpdateError(message: "row 1: unknown column '\(unknown)' (columns: \(listed))")
        }
        return Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private struct StopReading: Error {}
}
