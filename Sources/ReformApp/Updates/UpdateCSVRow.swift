import ReformModel
import ReformRecord
import ReformStore

/// One row's cells by column name: trimmed, with an empty cell meaning "not given".
struct RowCells {
    let row: [String]
    let columns: [String: Int]

    /// The cell, with spaces around it removed; `nil` when empty or the column is absent.
    func text(_ name: String) -> String? {
        columns[name].map { row[$0].trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The cell exactly as written (a note keeps its spaces); `nil` when empty or absent.
    func raw(_ name: String) -> String? {
        columns[name].map { row[$0] }.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 }
    }

    /// A whole number, such as an event's id (`12`, or `12.0` as a spreadsheet may write it).
    func integer(_ name: String) throws(UpdateError) -> Int64? {
        guard var text = text(name) else { return nil }
        if text.hasPrefix("#") { text.removeFirst() }
        if text.hasSuffix(".0") { text.removeLast(2) }
        guard let value = Int64(text), value > 0 else {
            throw UpdateError(message: "'\(text)' is not an event number (write 12)", field: name)
        }
        return value
    }

    /// A yes-or-no cell: `yes` (or `true`), else empty or `no`.
    func yes(_ name: String) throws(UpdateError) -> Bool {
        switch text(name)?.lowercased() {
        case nil, "no", "false": return false
        case "yes", "true": return true
        case let other?: throw UpdateError(message: "'\(other)' is not yes or no", field: name)
        }
    }

    /// When the row was recorded, as an export gives it; `nil` for now.
    func recordedAt() throws(UpdateError) -> String? {
        guard let text = text("recorded_at") else { return nil }
        guard text.hasSuffix("Z"), Timestamp.day(of: text) != nil else {
            throw UpdateError(message: "'\(text)' is not a time in UTC (write 2025-01-15T10:30:00Z)", field: "recorded_at")
        }
        return text
    }
}

/// What the rows checked so far have made: the timeline they change, the file's ids, and what is voided.
struct RowState {
    var timeline: ActionTimeline
    private let recordedByID: [Int64: RecordedEvent]
    private var voidedIDs: Set<Int64>
    /// The file's own `id` of each row that had one, to the row's position in this import.
    private var fileRows: [Int64: (position: Int, event: RecordedEvent)] = [:]
    private var voidedPositions: Set<Int> = []
    private var position = 0

    init(programme: Programme, recorded: [RecordedEvent]) {
        timeline = ActionTimeline(programme: programme, recorded: recorded)
        recordedByID = Dictionary(recorded.compactMap { event in event.id.map { ($0, event) } }, uniquingKeysWith: { first, _ in first })
        voidedIDs = Set(recorded.compactMap(\.voids))
    }

    /// A void of event `target`: an earlier row of this file with that `id`, else an event already recorded.
    mutating func void(_ target: Int64, cells: RowCells, recorder: UpdateRecorder, by: String, recordedAt: String?,
                       today: CalendarDay) throws(UpdateError) -> RecordedEvent {
        guard let reason = cells.raw("reason") else {
            throw UpdateError(message: "a void needs a reason", field: "reason")
        }
        try FreeTextLimit.check(reason, field: "reason")
        for name in ["status", "progress", "due", "note"] where cells.raw(name) != nil {
            throw UpdateError(message: "a void records no \(name); correct an update by voiding it and recording a new one", field: name)
        }
        // An earlier row of this file is voided by its place in the batch (its number is not known
        // until it is written); an event already recorded, by its number.
        let voided: RecordedEvent
        let inBatch: Int?
        if let row = fileRows[target] {
            guard !voidedPositions.contains(row.position) else { throw UpdateError(message: "event \(target) is voided already", field: "voids") }
            (voided, inBatch) = (row.event, row.position)
        } else if let existing = recordedByID[target] {
            guard !voidedIDs.contains(target) else { throw UpdateError(message: "event \(target) is voided already", field: "voids") }
            (voided, inBatch) = (existing, nil)
        } else {
            throw UpdateError(message: "there is no event \(target) to void, in this file or the record", field: "voids")
        }
        guard !voided.isVoid else { throw UpdateError(message: "event \(target) is itself a void; a void cannot be voided", field: "voids") }
        if let action = cells.text("action"), action != voided.action {
            throw UpdateError(message: "event \(target) is an update of \(voided.action), not \(action)", field: "action")
        }
        let (occurredAt, day, stamped) = try recorder.stamp(at: cells.text("at"), recordedAt: recordedAt, today: today)
        var event = RecordedEvent.void(of: voided, id: inBatch == nil ? target : nil, occurredAt: occurredAt, day: day, recordedAt: stamped,
                                       recordedBy: by, reason: reason)
        event.voidsBatchPosition = inBatch
        return event
    }

    /// Takes a checked row's event into account for the rows after it.
    mutating func record(_ event: RecordedEvent, fileID: Int64?) {
        if let target = event.voids {
            voidedIDs.insert(target)
            timeline.remove(action: event.action, id: target, batchPosition: nil)
        } else if let batchPosition = event.voidsBatchPosition {
            voidedPositions.insert(batchPosition)
            timeline.remove(action: event.action, id: nil, batchPosition: batchPosition)
        } else {
            timeline.add(event, batchPosition: position)
        }
        if let fileID { fileRows[fileID] = (position, event) }
        position += 1
    }
}
