import Foundation
import ReformApp
import ReformModel
import ReformTestSupport
import Testing

/// Which plan a past day is analysed with: the revision in force that day, so that any past report
/// is reproduced exactly; and a working copy that differs from the record's plan is said, once.
@Suite("The plan in force at a day", .dropsTestDatabases)
struct PlanInForceTests {
    private func moment(_ day: Int) -> Moment {
        Moment(now: Date(timeIntervalSince1970: 1_726_387_200 + TimeInterval(day) * 86_400), today: CalendarDay(year: 2024, month: 9, day: 15 + day)!)
    }

    @Test("a day before a revision is analysed with the one before it; a report run then keeps that revision's number", arguments: StoreKind.all)
    func pastDays(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let file = world.folder.appendingPathComponent("programme.yaml").path
        let original = try String(contentsOf: AppWorld.repository.appendingPathComponent("programme.yaml"), encoding: .utf8)
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try await PublishPlan(file: file, reason: "approved").run(record: world.record, moment: moment(0), person: AppWorld.officer)
        try original.replacingOccurrences(of: "    milestone: M-NF-EMBEDDED\n", with: "    milestone: M-NF-EMBEDDED\n    due: March 2027\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        _ = try await PublishPlan(file: file, reason: "two more years").run(record: world.record, moment: moment(2), person: AppWorld.officer)

        let notices = NoticeList()
        let source = RecordedPlan(file: file, record: world.record, notice: { notices.add($0) })
        let before = try await ExplainAction(action: "A-NF-EMBED", asOf: CalendarDay(year: 2024, month: 9, day: 16)!).run(programme: source, record: world.record)
        let after = try await ExplainAction(action: "A-NF-EMBED", asOf: CalendarDay(year: 2024, month: 9, day: 18)!).run(programme: source, record: world.record)
        #expect(before.assessment.deadline?.date.shown == "December 2025" && before.opened.revision == 1)
        #expect(after.assessment.deadline?.date.shown == "March 2027" && after.opened.revision == 2)
        #expect(notices.all.isEmpty, "the working copy is revision 2: nothing to say")
        // The revision in force at a day, pulled byte for byte.
        let pulled = world.folder.appendingPathComponent("then.yaml").path
        let then = try await PullPlan(file: pulled, asOf: CalendarDay(year: 2024, month: 9, day: 16)!).run(record: world.record)
        let pulledText = try String(contentsOfFile: pulled, encoding: .utf8)
        #expect(then.number == 1 && pulledText == original)

        // A working copy edited since: the record's plan is used, and the difference said once.
        try (original + "# a draft note\n").write(toFile: file, atomically: true, encoding: .utf8)
        let again = RecordedPlan(file: file, record: world.record, notice: { notices.add($0) })
        _ = try await again.plan()
        _ = try await again.plan()
        #expect(notices.all.count == 1 && notices.all[0].contains("differs from the record's plan (revision 2)"))
        #expect(try await again.plan().programme.actions.first { $0.id == "A-NF-EMBED" }?.due?.shown == "March 2027")
    }
}

/// Notices heard, from any thread.
final class NoticeList: @unchecked Sendable {
    private let lock = NSLock()
    private var notices: [String] = []
    func add(_ notice: String) { lock.withLock { notices.append(notice) } }
    var all: [String] { lock.withLock { notices } }
}
