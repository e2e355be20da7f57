import Foundation
import ReformModel
import ReformRecord
import Testing
@testable import ReformApp

/// An update's old values are its action's state on its own day, whatever order the updates
/// arrive in: the timeline an import checks rows against gives exactly what replaying every live
/// update of that action, in the order they apply, gives.
@Suite("An action's state on a day, as an import checks rows")
struct ActionTimelineTests {
    private static let actions = ["A1", "A2", "A3"]
    private static let programme = Programme(
        info: ProgrammeInfo(id: "t", title: "T", organisation: "C"), pillars: [Pillar(id: "P1", title: "One")],
        actions: [Action(id: "A1", title: "A1", pillars: ["P1"], status: .inProgress, progress: 20),
                  Action(id: "A2", title: "A2", pillars: ["P1"], due: try! PlanDate.parse("2025-03").get(), status: .notStarted),
                  Action(id: "A3", title: "A3", pillars: ["P1"], status: .blocked)])

    /// What the timeline must agree with: the baseline, then every live update of the action up
    /// to the end of `day`, by day and then in the order they were added.
    private static func replay(_ added: [(event: RecordedEvent, order: Int)], voided: Set<Int>, action: String, day: String) -> ActionValues? {
        guard let plan = programme.actions.first(where: { $0.id == action }) else { return nil }
        var values = ActionValues(plan)
        let live = added.filter { $0.event.action == action && $0.event.day <= day && !voided.contains($0.order) }
        for (event, _) in live.sorted(by: { ($0.event.day, $0.order) < ($1.event.day, $1.order) }) {
            if let status = event.statusNew {
                values.status = status
                if status == .complete { values.progress = 100 }
            }
            if let progress = event.progressNew { values.progress = progress }
            if let due = event.dueNew { values.due = due }
        }
        return values
    }

    @Test("random updates in random day order, after recorded ones, some of either voided, give the state a replay gives, on every day asked", arguments: 1...20)
    func agreesWithReplay(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let statuses: [Action.Status?] = [nil, nil, .inProgress, .complete, .blocked, .notStarted]
        // Events already recorded, numbered 1 to 30: they apply before the batch's on the same day.
        let recorded = (1...30).map { number in
            let day = "2024-\(String(format: "%02d", Int.random(in: 1...12, using: &random)))-\(String(format: "%02d", Int.random(in: 1...28, using: &random)))"
            return RecordedEvent(id: Int64(number), action: Self.actions.randomElement(using: &random)!, occurredAt: day, day: day, recordedAt: day,
                                 recordedBy: "t", statusNew: statuses.randomElement(using: &random)!,
                                 progressNew: Bool.random(using: &random) ? Int.random(in: 0...99, using: &random) : nil)
        }
        var timeline = ActionTimeline(programme: Self.programme, recorded: recorded)
        var added: [(event: RecordedEvent, order: Int)] = recorded.map { ($0, Int($0.id!) - 1_000) }
        var voided: Set<Int> = []
        for order in 0..<300 {
            if !added.isEmpty, Int.random(in: 0..<10, using: &random) == 0 {
                // A void of a row earlier in the batch, by its position, or of a recorded event, by its number.
                let target = added[Int.random(in: 0..<added.count, using: &random)]
                if !voided.contains(target.order) {
                    voided.insert(target.order)
                    if let id = target.event.id {
                        timeline.remove(action: target.event.action, id: id, batchPosition: nil)
                    } else {
                        timeline.remove(action: target.event.action, id: nil, batchPosition: target.order)
                    }
                }
                continue
            }
            let day = "2024-\(String(format: "%02d", Int.random(in: 1...12, using: &random)))-\(String(format: "%02d", Int.random(in: 1...28, using: &random)))"
            let event = RecordedEvent(action: Self.actions.randomElement(using: &random)!, occurredAt: day, day: day, recordedAt: day, recordedBy: "t",
                                      statusNew: statuses.randomElement(using: &random)!,
                                      progressNew: Bool.random(using: &random) ? Int.random(in: 0...99, using: &random) : nil,
                                      dueNew: Int.random(in: 0..<5, using: &random) == 0 ? "2025-0\(Int.random(in: 1...9, using: &random))" : nil)
            timeline.add(event, batchPosition: order)
            added.append((event, order))
            for action in Self.actions {
                let asked = "2024-\(String(format: "%02d", Int.random(in: 1...12, using: &random)))-15"
                #expect(timeline.values(of: action, on: asked) == Self.replay(added, voided: voided, action: action, day: asked),
                        "seed \(seed), after \(order + 1) rows, \(action) on \(asked)")
            }
        }
        #expect(timeline.values(of: "A9", on: "2024-06-01") == nil)
    }

    @Test("an update that completes an action and states its progress keeps the progress stated; a later completion makes it 100")
    func completionAndProgress() {
        var timeline = ActionTimeline(programme: Self.programme, recorded: [])
        let first = RecordedEvent(action: "A1", occurredAt: "2024-05-01", day: "2024-05-01", recordedAt: "x", recordedBy: "t", statusNew: .complete, progressNew: 90)
        timeline.add(first, batchPosition: 0)
        #expect(timeline.values(of: "A1", on: "2024-05-01")?.progress == 90)
        let later = RecordedEvent(action: "A1", occurredAt: "2024-06-01", day: "2024-06-01", recordedAt: "x", recordedBy: "t", statusNew: .complete)
        timeline.add(later, batchPosition: 1)
        #expect(timeline.values(of: "A1", on: "2024-06-01")?.progress == 100)
        #expect(timeline.values(of: "A1", on: "2024-05-31")?.progress == 90)
        #expect(timeline.values(of: "A1", on: "2024-04-30")?.progress == 20)
    }

    /// A generator with a fixed seed (SplitMix64), so that a failing seed can be run again.
    private struct SeededRandom: RandomNumberGenerator {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }
}
