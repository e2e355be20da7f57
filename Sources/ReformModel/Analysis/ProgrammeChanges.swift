/// What changed between two days: the "since the last report" section of a committee update.
///
/// Computed by comparing the programme's state and analysis on the two days, so it is the same
/// whether asked today or reproduced later.
public struct ProgrammeChanges: Hashable, Sendable, Codable {
    /// One change to one action.
    public struct Change: Hashable, Sendable, Codable {
        /// What kind of change.
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            case status
            case rag
            case completed
            case dueSlipped = "due-slipped"
            case added
            case removed
            /// A note recorded in the period: the commentary a committee reads beside the figures.
            case note
            /// Progress moved (the figures are percentages).
            case progress
        }

        /// What kind of change.
        public let kind: Kind
        /// The action's id.
        public let action: String
        /// The action's title.
        public let title: String
        /// The value before, in words (a status, a RAG, a date), where there is one.
        public let from: String?
        /// The value after, in words, where there is one.
        public let to: String?
        /// The change as a sentence.
        public let summary: String
        /// The note, for a change of kind `note`.
        public var note: ActionNote? = nil
    }

    /// The earlier day, or `nil` when there is nothing to compare with.
    public let since: CalendarDay?
    /// The later day.
    public let until: CalendarDay
    /// The changes, action by action in file order.
    public let changes: [Change]
    /// Every action's RAG at the earlier day and now, in file order (none without an earlier day).
    public let directions: [DirectionOfTravel]

    /// No changes (no earlier day to compare with).
    public static func none(until: CalendarDay) -> ProgrammeChanges {
        ProgrammeChanges(since: nil, until: until, changes: [], directions: [])
    }

    private enum CodingKeys: String, CodingKey {
        case since, until, changes, directions
    }

    /// Reads changes, from a host that may predate `directions` (then none).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        since = try container.decodeIfPresent(CalendarDay.self, forKey: .since)
        until = try container.decode(CalendarDay.self, forKey: .until)
        changes = try container.decode([Change].self, forKey: .changes)
        directions = try container.decodeIfPresent([DirectionOfTravel].self, forKey: .directions) ?? []
    }

    /// Compares the programme on `since` with the programme on `until`, using the updates recorded.
    ///
    /// - Parameter previousActions: the action ids and titles the plan had at `since`, when known
    ///   (from the previous report run), to find added and removed actions.
    public init(programme: Programme, updates: [ProgressUpdate], since: CalendarDay, until: CalendarDay,
                previousActions: [String: String]? = nil) {
        let before = ProgrammeAnalysis(programme, asOf: since, updates: updates)
        let after = ProgrammeAnalysis(programme, asOf: until, updates: updates)
        let beforeByID = Dictionary(before.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var notes: [String: [ProgressUpdate]] = [:]
        for update in updates where update.note != nil && update.day > since && update.day <= until {
            notes[update.actionID, default: []].append(update)
        }
        var changes: [Change] = []
        for now in after.actions {
            if let previousActions, previousActions[now.id] == nil {
                changes.append(Change(kind: .added, action: now.id, title: now.title, from: nil, to: nil, summary: "\(now.id) (\(now.title)) was added to the plan"))
                continue
            }
            guard let then = beforeByID[now.id] else { continue }
            if now.status != then.status {
                if now.status == .complete {
                    let when = now.forecast.projected.map { " on \($0.longForm)" } ?? ""
                    changes.append(Change(kind: .completed, action: now.id, title: now.title, from: then.status.rawValue, to: now.status.rawValue,
                                          summary: "\(now.id) (\(now.title)) was completed\(when)"))
                } else {
                    changes.append(Change(kind: .status, action: now.id, title: now.title, from: then.status.rawValue, to: now.status.rawValue,
                                          summary: "\(now.id) (\(now.title)) moved from \(then.status.rawValue) to \(now.status.rawValue)"))
                }
            }
            if now.rag.status != then.rag.status, now.status != .complete {
                changes.append(Change(kind: .rag, action: now.id, title: now.title, from: then.rag.status.rawValue, to: now.rag.status.rawValue,
                                      summary: "\(now.id) (\(now.title)) went from \(then.rag.status.label) to \(now.rag.status.label): \(now.rag.reason)"))
            }
            if now.progress != then.progress, now.status != .complete, let progress = now.progress {
                let from = then.progress.map { "\($0)%" } ?? "not reported"
                changes.append(Change(kind: .progress, action: now.id, title: now.title, from: then.progress.map(String.init), to: String(progress),
                                      summary: "\(now.id) (\(now.title)) moved from \(from) to \(progress)% done"))
            }
            if let was = then.deadline?.date, let is_ = now.deadline?.date, is_.day > was.day {
                changes.append(Change(kind: .dueSlipped, action: now.id, title: now.title, from: was.shown, to: is_.shown,
                                      summary: "\(now.id) (\(now.title)) slipped from \(was.shown) to \(is_.shown)"))
            }
            for update in notes[now.id] ?? [] {
                let note = ActionNote(text: update.note!, by: update.by, day: update.day)
                let who = note.by.map { " by \($0)" } ?? ""
                changes.append(Change(kind: .note, action: now.id, title: now.title, from: nil, to: note.text,
                                      summary: "\(now.id) (\(now.title)): note\(who) on \(note.day.longForm): \(note.text)", note: note))
            }
        }
        if let previousActions {
            let current = Set(after.actions.map(\.id))
            for (id, title) in previousActions.sorted(by: { $0.key < $1.key }) where !current.contains(id) {
                changes.append(Change(kind: .removed, action: id, title: title, from: nil, to: nil, summary: "\(id) (\(title)) was removed from the plan"))
            }
        }
        self.since = since
        self.until = until
        self.changes = changes
        self.directions = after.actions.compactMap { now in
            beforeByID[now.id].map { DirectionOfTravel(action: now.id, title: now.title, then: $0.rag.status, now: now.rag.status) }
        }
    }

    private init(since: CalendarDay?, until: CalendarDay, changes: [Change], directions: [DirectionOfTravel]) {
        self.since = since
        self.until = until
        self.changes = changes
        self.directions = directions
    }
}
