import ReformModel
import ReformRecord
import ReformStore

/// Each action's live updates in the order they apply, so that an update's old values are the
/// action's state on that update's own day, however the updates were recorded: a back-dated row
/// of an import gets the same old values that `reform update --at` would give it.
///
/// An update applies after every update of an earlier day and after those of its own day already
/// recorded. Each field is kept as its own list of settings in that order (a status, a progress, a
/// due date, and the completions that make progress 100), so the state on any day is one search
/// per field, and a back-dated row costs a search and a move of small values, never a replay:
/// a million rows arriving out of day order are checked about as fast as in order, and hold
/// tens of megabytes here rather than every row's note and names. A setting is twelve bytes (its
/// place and value); which event it came from is kept once per event, in `sources`.
struct ActionTimeline {
    /// Where an update falls in the order updates apply: its day, then the order it was added in.
    private struct Place: Comparable {
        var day: Int32
        var sequence: Int32

        static func < (lhs: Place, rhs: Place) -> Bool { (lhs.day, lhs.sequence) < (rhs.day, rhs.sequence) }
    }

    /// One update's setting of one field.
    private struct Setting<Value> {
        var place: Place
        var value: Value
    }

    /// An action's settings, field by field, each list in the order the updates apply.
    private struct Track {
        var statuses: [Setting<Action.Status>] = []
        var progress: [Setting<Int32>] = []
        /// Due dates as indexes into `dueTexts`, so that every list holds plain values.
        var dues: [Setting<Int32>] = []
        /// Updates to complete, each of which made progress 100 when it applied.
        var completions: [Setting<Bool>] = []
    }

    private var baseline: [String: ActionValues] = [:]
    private var tracks: [String: Track] = [:]
    /// Each due date given, once, and where it is in `dueTexts`.
    private var dueTexts: [String] = []
    private var dueIndexes: [String: Int32] = [:]
    /// Which event each place's `sequence` came from (at `sequence - 1`): a recorded event's
    /// number, or for an event of the batch being checked, minus one less its position.
    private var sources: [Int64] = []
    private var sequence: Int32 = 0

    /// The timeline of `programme`'s actions with the live events already recorded (voids and
    /// voided events left out), in the order they apply.
    init(programme: Programme, recorded: [RecordedEvent]) {
        for action in programme.actions where baseline[action.id] == nil { baseline[action.id] = ActionValues(action) }
        let voided = Set(recorded.compactMap(\.voids))
        let live = recorded.filter { !$0.isVoid && !voided.contains($0.id ?? -1) }
        for event in live.sorted(by: { ($0.day, $0.id ?? 0) < ($1.day, $1.id ?? 0) }) where baseline[event.action] != nil {
            add(event, batchPosition: nil)
        }
    }

    /// The action's values on `day`: its baseline with every update on or before that day applied.
    func values(of action: String, on day: String) -> ActionValues? {
        guard var values = baseline[action] else { return nil }
        guard let track = tracks[action] else { return values }
        let end = Place(day: Self.dayKey(day), sequence: .max)
        if let status = Self.last(in: track.statuses, atOrBefore: end) { values.status = status.value }
        let progress = Self.last(in: track.progress, atOrBefore: end)
        if let completion = Self.last(in: track.completions, atOrBefore: end), progress.map({ $0.place < completion.place }) ?? true {
            values.progress = 100
        } else if let progress {
            values.progress = Int(progress.value)
        }
        if let due = Self.last(in: track.dues, atOrBefore: end) { values.due = dueTexts[Int(due.value)] }
        return values
    }

    /// Adds a checked event, at its place by day (after those of the same day).
    mutating func add(_ event: RecordedEvent, batchPosition: Int?) {
        sequence += 1
        sources.append(Self.source(id: event.id, batchPosition: batchPosition))
        let place = Place(day: Self.dayKey(event.day), sequence: sequence)
        func setting<Value>(_ value: Value) -> Setting<Value> { Setting(place: place, value: value) }
        // Each list is changed where it is kept: a copy taken out and put back would copy it on every add.
        if let status = event.statusNew {
            Self.insert(setting(status), into: &tracks[event.action, default: Track()].statuses)
            if status == .complete { Self.insert(setting(true), into: &tracks[event.action, default: Track()].completions) }
        }
        if let progress = event.progressNew { Self.insert(setting(Int32(clamping: progress)), into: &tracks[event.action, default: Track()].progress) }
        if let due = event.dueNew {
            let index = dueIndexes[due] ?? {
                dueTexts.append(due)
                dueIndexes[due] = Int32(dueTexts.count - 1)
                return Int32(dueTexts.count - 1)
            }()
            Self.insert(setting(index), into: &tracks[event.action, default: Track()].dues)
        }
    }

    /// Takes a voided event out: the recorded event `id`, or the batch's event at `batchPosition`.
    mutating func remove(action: String, id: Int64?, batchPosition: Int?) {
        guard tracks[action] != nil else { return }
        let voided = Self.source(id: id, batchPosition: batchPosition)
        let sources = sources
        func isVoided<Value>(_ setting: Setting<Value>) -> Bool { sources[Int(setting.place.sequence) - 1] == voided }
        tracks[action]!.statuses.removeAll(where: isVoided)
        tracks[action]!.progress.removeAll(where: isVoided)
        tracks[action]!.dues.removeAll(where: isVoided)
        tracks[action]!.completions.removeAll(where: isVoided)
    }

    /// Puts `setting` after every setting placed before it: at the end, unless it is back-dated.
    private static func insert<Value>(_ setting: Setting<Value>, into list: inout [Setting<Value>]) {
        guard let last = list.last, setting.place < last.place else { return list.append(setting) }
        list.insert(setting, at: firstIndex(after: setting.place, in: list))
    }

    /// The last setting at or before `place` in `list`, if any.
    private static func last<Value>(in list: [Setting<Value>], atOrBefore place: Place) -> Setting<Value>? {
        let index = firstIndex(after: place, in: list)
        return index > list.startIndex ? list[index - 1] : nil
    }

    /// The index of the first setting after `place` in ordered `list` (its end when there is none), by halving.
    private static func firstIndex<Value>(after place: Place, in list: [Setting<Value>]) -> Int {
        var (low, high) = (list.startIndex, list.endIndex)
        while low < high {
            let middle = (low + high) / 2
            if place < list[middle].place { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// An event's entry in `sources`: its number once recorded (from 1), else minus one less its
    /// place in the batch; an event with neither is 0, which no void names.
    private static func source(id: Int64?, batchPosition: Int?) -> Int64 {
        if let batchPosition { return -Int64(batchPosition) - 1 }
        return id ?? 0
    }

    /// An ISO day (`2024-03-05`) as a number in the same order (`20240305`).
    private static func dayKey(_ day: String) -> Int32 {
        var key: Int32 = 0
        for byte in day.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { key = key &* 10 &+ Int32(byte - UInt8(ascii: "0")) }
        return key
    }
}
