import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Checks updates against the programme and turns them into events with old and new values.
public struct UpdateRecorder: Sendable {
    let programme: Programme
    /// Each action's start (`nil` when it has none), by id: whether an action exists and when it
    /// starts are asked of every row of an import, so neither searches the plan's actions.
    private let starts: [String: PlanDate?]
    private let recordedAt: String

    /// A recorder for `programme`, stamping events as recorded at `now`.
    public init(programme: Programme, now: Date = Date()) {
        self.programme = programme
        self.starts = Dictionary(programme.actions.map { ($0.id, $0.start) }, uniquingKeysWith: { first, _ in first })
        self.recordedAt = Timestamp.utc(now)
    }

    /// Checks a request against the action's recorded events (`recorded`, voids included) and makes its event.
    public func event(for request: UpdateRequest, recorded: [RecordedEvent] = [], origin: EventOrigin = .update,
                      today: CalendarDay) throws(UpdateError) -> RecordedEvent {
        try event(for: request, on: ActionTimeline(programme: programme, recorded: recorded), origin: origin, today: today)
    }

    /// Checks a request and makes its event, with old values from the action's state on the update's own day.
    func event(for request: UpdateRequest, on timeline: ActionTimeline, origin: EventOrigin = .update,
               today: CalendarDay) throws(UpdateError) -> RecordedEvent {
        guard starts[request.action] != nil else {
            let hint = Suggestion.closest(to: request.action, among: programme.actions.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw UpdateError(message: "unknown action '\(request.action)'\(hint)", field: "action")
        }
        try FreeTextLimit.check(request.note, field: "note")
        let (occurredAt, day) = try when(request.at, today: today)
        var status = try parseStatus(request.status)
        let progress = try parseProgress(request.progress)
        let due = try parseDue(request.due)
        if let due { try checkDue(due, of: request.action) }
        let before = timeline.values(of: request.action, on: day.iso)!
        if request.reopen, origin == .update {
            guard before.status == .complete else {
                throw UpdateError(message: "'\(request.action)' is not complete (it is \(before.status.rawValue)); --reopen is for a complete action")
            }
            if status == nil { status = .inProgress }
        }
        let becomingOpen = (status.map { $0 != .complete } ?? false) || (progress.map { $0 < 100 } ?? false) && status != .complete
        if before.status == .complete, becomingOpen, !request.reopen {
            throw UpdateError(message: "'\(request.action)' is complete; moving it back needs --reopen")
        }
        var event = RecordedEvent(id: nil, action: request.action, occurredAt: occurredAt, day: day.iso, recordedAt: request.recordedAt ?? recordedAt,
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

    /// When an event happened, its day and when it was recorded, as a void or a correction is stamped.
    func stamp(at: String?, recordedAt: String?, today: CalendarDay) throws(UpdateError) -> (String, String, String) {
        let (occurredAt, day) = try when(at, today: today)
        return (occurredAt, day.iso, recordedAt ?? self.recordedAt)
    }

    /// When the update happened, and its day: now by default; never before the plan's baseline nor after today.
    private func when(_ at: String?, today: CalendarDay) throws(UpdateError) -> (String, CalendarDay) {
        guard let text = at?.trimmingSpaces(), !text.isEmpty else { return (recordedAt, today) }
        guard let (occurredAt, day) = OccurrenceTime.parse(text) else {
            throw UpdateError(message: "'\(text)' is not a date or time (write 2025-01-15, 15/01/2025 or 2025-01-15T10:30)", field: "at")
        }
        if let baseline = programme.info.asOf, day < baseline.firstDay {
            throw UpdateError(message: "'\(text)' is before the plan's baseline (programme.as_of: \(baseline.wording)), which already says where things stood then", field: "at")
        }
        guard day <= today else {
            throw UpdateError(message: "'\(text)' is after today (\(today.longForm)); record an update on or after the day it happens", field: "at")
        }
        return (occurredAt, day)
    }

    /// A due date no earlier than the action's start and the plan's baseline: an action cannot be
    /// due before it starts, nor before the day the plan says where things stood.
    private func checkDue(_ due: PlanDate, of id: String) throws(UpdateError) {
        if let start = starts[id] ?? nil, due.day < start.firstDay {
            throw UpdateError(message: "'\(due.wording)' is before the action starts (\(start.wording)); an action cannot be due before it starts", field: "due")
        }
        if let baseline = programme.info.asOf, due.day < baseline.firstDay {
            throw UpdateError(message: "'\(due.wording)' is before the plan's baseline (programme.as_of: \(baseline.wording)); give a due date from then on",
                              field: "due")
        }
    }

    private func parseStatus(_ text: String?) throws(UpdateError) -> Action.Status? {
        guard let text, !text.isEmpty else { return nil }
        if let status = Action.Status(rawValue: text) { return status }
        let allowed = Action.Status.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: text, among: allowed).map { "did you mean '\($0)'? " } ?? ""
        throw UpdateError(message: "'\(text)' is not a status (\(hint)allowed: \(allowed.joined(separator: ", ")))", field: "status")
    }

    private func parseProgress(_ text: String?) throws(UpdateError) -> Int? {
        guard let text, !text.trimmingSpaces().isEmpty else { return nil }
        switch ProgressFigure.parse(text) {
        case .success(let value): return value
        case .failure(let failure): throw UpdateError(message: failure.message, field: "progress")
        }
    }

    private func parseDue(_ text: String?) throws(UpdateError) -> PlanDate? {
        guard let text, !text.isEmpty else { return nil }
        switch PlanDate.parse(text) {
        case .success(let date): return date
        case .failure(let error): throw UpdateError(message: error.message, field: "due")
        }
    }
}
