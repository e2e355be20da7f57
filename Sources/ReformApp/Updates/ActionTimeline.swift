import ReformModel
import ReformRecord
import ReformStore

/// Each action's live updates in the order they apply, so that an update's old values are the
/// action's state on that update's own day, however the updates were recorded: a back-dated row
/// of an import gets the same old values that `reform update --at` would give it.
///
/// Updates in day order are the common case and cost nothing: the running values serve. Only a
/// back-dated update replays that action's updates up to its day. Each update is kept as the few
/// values it sets, not as the event, so that an import of a million rows holds tens of megabytes
/// here rather than every row's note and names.
struct ActionTimeline {
    private struct Entry {
        var day: String
        /// The recorded event's number, or `nil` for one of the batch being checked.
        var id: Int64?
        /// The event's position in the batch being checked, or `nil` for one already recorded.
        var batchPosition: Int?
        var status: Action.Status?
        var progress: Int?
        var due: String?

        init(_ event: RecordedEvent, batchPosition: Int?) {
            (day, id, self.batchPosition) = (event.day, event.id, batchPosition)
            (status, progress, due) = (event.statusNew, event.progressNew, event.dueNew)
        }

        func apply(to values: inout ActionValues) {
            values.apply(status: status, progress: progress, due: due)
        }
    }

    private var baseline: [String: ActionValues] = [:]
    private var entries: [String: [Entry]] = [:]
    private var latest: [String: ActionValues] = [:]

    /// The timeline of `programme`'s actions with the live events already recorded (voids and
    /// voided events left out), in the order they apply.
    init(programme: Programme, recorded: [RecordedEvent]) {
        for action in programme.actions where baseline[action.id] == nil { baseline[action.id] = ActionValues(action) }
        let voided = Set(recorded.compactMap(\.voids))
        let live = recorded.filter { !$0.isVoid && !voided.contains($0.id ?? -1) }
        for event in live.sorted(by: { ($0.day, $0.id ?? 0) < ($1.day, $1.id ?? 0) }) where baseline[event.action] != nil {
            entries[event.action, default: []].append(Entry(event, batchPosition: nil))
        }
        for action in entries.keys { latest[action] = replay(action, through: nil) }
    }

    /// The action's values on `day`: its baseline with every update on or before that day applied.
    func values(of action: String, on day: String) -> ActionValues? {
        guard let last = entries[action]?.last else { return baseline[action] }
        return day >= last.day ? latest[action] : replay(action, through: day)
    }

    /// Adds a checked event, at its place by day (after those of the same day).
    mutating func add(_ event: RecordedEvent, batchPosition: Int?) {
        let entry = Entry(event, batchPosition: batchPosition)
        // The list is changed where it is kept: a copy taken out and put back would copy every
        // entry on each add, and an import of many rows for one action would take quadratic time.
        if let last = entries[event.action]?.last, event.day < last.day {
            let place = Self.firstIndex(after: event.day, in: entries[event.action]!)
            entries[event.action]!.insert(entry, at: place)
            latest[event.action] = replay(event.action, through: nil)
        } else {
            entries[event.action, default: []].append(entry)
            var values = latest[event.action] ?? baseline[event.action]!
            entry.apply(to: &values)
            latest[event.action] = values
        }
    }

    /// Takes a voided event out: the recorded event `id`, or the batch's event at `batchPosition`.
    mutating func remove(action: String, id: Int64?, batchPosition: Int?) {
        guard entries[action] != nil else { return }
        entries[action]!.removeAll { entry in
            if let batchPosition { return entry.batchPosition == batchPosition }
            return entry.batchPosition == nil && entry.id == id
        }
        latest[action] = replay(action, through: nil)
    }

    private func replay(_ action: String, through day: String?) -> ActionValues? {
        guard var values = baseline[action] else { return nil }
        guard let list = entries[action] else { return values }
        let end = day.map { Self.firstIndex(after: $0, in: list) } ?? list.endIndex
        for entry in list[..<end] { entry.apply(to: &values) }
        return values
    }

    /// The index of the first entry after `day` in day-ordered `list` (its end when there is none), by halving.
    private static func firstIndex(after day: String, in list: [Entry]) -> Int {
        var (low, high) = (list.startIndex, list.endIndex)
        while low < high {
            let middle = (low + high) / 2
            if list[middle].day > day { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
