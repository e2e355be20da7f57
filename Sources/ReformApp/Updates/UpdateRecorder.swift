import Foundation
import ReformModel
import ReformStore

/// Checks updates against the programme and turns them into events with old and new values.
public struct UpdateRecorder: Sendable {
    private let programme: Programme
    private let actionIDs: Set<String>
    private let recordedAt: String

    /// A recorder for `programme`, stamping events as recorded at `now`.
    public init(programme: Programme, now: Date = Date()) {
        self.programme = programme
        self.actionIDs = Set(programme.actions.map(\.id))
        self.recordedAt = Timestamp.utc(now)
    }

    /// The values of every action after all `updates`, for recording a batch in order.
    public func currentValues(after updates: [ProgressUpdate]) -> [String: ActionValues] {
        let state = ProgrammeState(programme: programme, asOf: CalendarDay(year: 9999, month: 12, day: 31)!, updates: updates)
        return Dictionary(state.programme.actions.map { ($0.id, ActionValues($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The values of one action on `day`, with `updates` applied up to that day.
    public func values(of action: String, on day: CalendarDay, updates: [ProgressUpdate]) -> ActionValues? {
        ProgrammeState(programme: programme, asOf: day, updates: updates.filter { $0.actionID == action })
            .programme.actions.first { $0.id == action }.map(ActionValues.init)
    }

    /// Checks a request and makes its event, given the action's values before it.
    ///
    /// - Parameter old: the action's values before this update; `nil` to look them up from `updates`.
    public func event(for request: UpdateRequest, updates: [ProgressUpdate] = [], old: ActionValues? = nil,
                      origin: EventOrigin = .update, today: CalendarDay) throws(UpdateError) -> RecordedEvent {
        guard actionIDs.contains(request.action) else {
            let hint = Suggestion.closest(to: request.action, among: programme.actions.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw UpdateError(message: "unknown action '\(request.action)'\(hint)")
        }
        let (occurredAt, day) = try when(request.at, today: today)
        let status = try parseStatus(request.status)
        let progress = try parseProgress(request.progress)
        let due = try parseDue(request.due)
        let before = old ?? values(of: request.action, on: day, updates: updates)!
        let becomingOpen = (status.map { $0 != .complete } ?? false) || (progress.map { $0 < 100 } ?? false) && status != .complete
        if before.status == .complete, becomingOpen, !request.reopen {
            throw UpdateError(message: "'\(request.action)' is complete; moving it back needs --reopen")
        }
        var event = RecordedEvent(id: nil, action: request.action, occurredAt: occurredAt, day: day.iso, recordedAt: recordedAt,
                                  recordedBy: request.by, note: request.note.flatMap { $0.isEmpty ? nil : $0 }, origin: origin)
        // Every field given is kept as given, even one equal to its old value: what was reported is never dropped.
        if let status { (event.statusOld, event.statusNew) = (before.status, status) }
        if let progress { (event.progressOld, event.progressNew) = (before.progress, progress) }
        if let due { (event.dueOld, event.dueNew) = (before.due, due.wording) }
        let changes = status.map { $0 != before.status } == true || progress.map { $0 != before.progress } == true
            || due.map { $0.wording != before.due } == true
        guard changes || event.note != nil else {
            throw UpdateError(message: "nothing to record for '\(request.action)': give --status, --progress, --due or --note with a value that changes it")
        }
        return event
    }

    /// Applies an event to running values, for checking the next row of a batch.
    public static func apply(_ event: RecordedEvent, to values: inout ActionValues) {
        if let status = event.statusNew {
            values.status = status
            if status == .complete { values.progress = 100 }
        }
        if let progress = event.progressNew { values.progress = progress }
        if let due = event.dueNew { values.due = due }
    }

    private func when(_ at: String?, today: CalendarDay) throws(UpdateError) -> (String, CalendarDay) {
        guard let at else { return (recordedAt, today) }
        guard let day = Timestamp.day(of: at) else {
            throw UpdateError(message: "'\(at)' is not a date or time (write 2025-01-15 or 2025-01-15T10:30)")
        }
        return (at, day)
    }

    private func parseStatus(_ text: String?) throws(UpdateError) -> Action.Status? {
        guard let text, !text.isEmpty else { return nil }
        if let status = Action.Status(rawValue: text) { return status }
        let allowed = Action.Status.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: text, among: allowed).map { "did you mean '\($0)'? " } ?? ""
        throw UpdateError(message: "'\(text)' is not a status (\(hint)allowed: \(allowed.joined(separator: ", ")))")
    }

    private func parseProgress(_ text: String?) throws(UpdateError) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = Int(digits), (0...100).contains(value) else {
            throw UpdateError(message: "progress must be a whole number from 0 to 100, not '\(text)'")
        }
        return value
    }

    private func parseDue(_ text: String?) throws(UpdateError) -> PlanDate? {
        guard let text, !text.isEmpty else { return nil }
        switch PlanDate.parse(text) {
        case .success(let date): return date
        case .failure(let error): throw UpdateError(message: error.message)
        }
    }
}
