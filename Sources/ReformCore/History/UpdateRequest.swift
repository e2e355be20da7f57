import Foundation
import ReformModel

/// An update as a person asks for it, before it is checked: every field is text, as typed.
public struct UpdateRequest: Sendable {
    /// The action's id.
    public var action: String
    /// The new status, if changing.
    public var status: String?
    /// The new progress (0 to 100), if reported.
    public var progress: String?
    /// A note.
    public var note: String?
    /// A new due date, in any date form of the file format.
    public var due: String?
    /// Who is recording it.
    public var by: String
    /// When it happened (`2025-01-15` or `2025-01-15T10:30`); default now.
    public var at: String?
    /// Whether moving a complete action back is intended.
    public var reopen: Bool

    /// Creates a request.
    public init(action: String, status: String? = nil, progress: String? = nil, note: String? = nil, due: String? = nil,
                by: String, at: String? = nil, reopen: Bool = false) {
        self.action = action
        self.status = status
        self.progress = progress
        self.note = note
        self.due = due
        self.by = by
        self.at = at
        self.reopen = reopen
    }
}

/// Why an update was refused; nothing was written.
public struct UpdateError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what would be right.
    public let message: String

    public var description: String { message }
}

/// An action's recorded values at some point: what an update's "old" values are.
public struct ActionValues: Sendable, Hashable {
    var status: Action.Status
    var progress: Int?
    var due: String?

    init(_ action: Action) {
        status = action.status
        progress = action.progress
        due = action.due?.wording
    }
}

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
                      origin: String = "update", today: CalendarDay) throws(UpdateError) -> RecordedEvent {
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
        if let status { (event.statusOld, event.statusNew) = (before.status.rawValue, status.rawValue) }
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
        if let status = event.statusNew.flatMap(Action.Status.init(rawValue:)) {
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

/// Timestamps as the history store writes and reads them.
public enum Timestamp {
    /// `2025-01-15T10:30:00Z`.
    public static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The day of `2025-01-15`, `2025-01-15T10:30`, `2025-01-15 10:30:00`, `2025-01-15T10:30:00Z` or with an offset.
    public static func day(of text: String) -> CalendarDay? {
        let trimmed = Substring(text)
        guard trimmed.count >= 10, let day = CalendarDay(iso: trimmed.prefix(10)) else { return nil }
        let rest = trimmed.dropFirst(10)
        if rest.isEmpty { return day }
        guard rest.first == "T" || rest.first == " " else { return nil }
        let time = rest.dropFirst()
        let clock = time.prefix { $0.isNumber || $0 == ":" || $0 == "." }
        let zone = time.dropFirst(clock.count)
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute),
              parts[0].count == 2, parts[1].count == 2 else { return nil }
        if parts.count == 3 { guard let second = Double(parts[2]), second >= 0, second < 61 else { return nil } }
        guard zone.isEmpty || zone == "Z" || (zone.count == 6 && (zone.first == "+" || zone.first == "-")) else { return nil }
        return day
    }
}
