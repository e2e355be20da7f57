import Foundation
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// The plan's revisions in the record, on either store: one line of them, each kept byte for byte.
@Suite("Plan revisions in the record", .dropsTestDatabases)
struct PlanRevisionStoreTests {
    private func revision(_ text: String, base: Int64?, at: String = "2026-03-03T10:00:00Z", changes: [PlanChange] = []) -> PlanRevision {
        PlanRevision(text: Array(text.utf8), sha256: "sha-\(text.count)", recordedBy: "programme.lead", recordedAt: at, reason: "re-planned", base: base,
                     changes: changes)
    }

    @Test("each revision is based on the latest: the first on none; one based on an older revision is refused, naming the latest, and nothing is stored",
          arguments: StoreKind.all)
    func oneLine(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        #expect(try await store.latestRevision() == nil)
        guard case .published(let first) = try await store.publish(revision("format: a\n", base: nil)) else { Issue.record("first refused"); return }
        #expect(first.number == 1)
        guard case .published(let second) = try await store.publish(revision("format: b\n", base: 1, changes: [PlanChange(.added, "A-X", "A-X added")])) else {
            Issue.record("second refused"); return
        }
        #expect(second.number == 2)
        guard case .stale(let latest) = try await store.publish(revision("format: c\n", base: 1)) else { Issue.record("a stale revision was stored"); return }
        #expect(latest.number == 2 && latest.changes.map(\.words) == ["A-X added"])
        guard case .stale = try await store.publish(revision("format: d\n", base: nil)) else { Issue.record("a second first revision was stored"); return }
        #expect(try await store.revisionLog().map(\.number) == [2, 1])
    }

    @Test("a revision's text comes back byte for byte, comments, CRLF and all; the log lists who, when, why and what changed without the text",
          arguments: StoreKind.all)
    func textKept(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let text: [UInt8] = Array("# Kept as written\r\nformat: reform-programme/1\r\nprogramme: {id: t, title: \"Ünïcode ✓\"}\n\n".utf8) + [0x0A]
        _ = try await store.publish(PlanRevision(text: text, sha256: "abc", recordedBy: "lead", recordedAt: "2026-03-03T10:00:00Z", reason: "why",
                                                 base: nil, changes: [PlanChange(.rescheduled, "A-Y", "A-Y rescheduled from December 2025 to March 2027")]))
        #expect(try await store.revision(1)?.text == text)
        #expect(try await store.latestRevision()?.text == text)
        let logged = try #require(try await store.revisionLog().first)
        #expect(logged.text.isEmpty && logged.reason == "why" && logged.recordedBy == "lead" && logged.changes == [PlanChange(.rescheduled, "A-Y", "A-Y rescheduled from December 2025 to March 2027")])
    }

    @Test("the revision in force on a day is the last published before the next day began", arguments: StoreKind.all)
    func inForce(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await store.publish(revision("one", base: nil, at: "2026-03-03T10:00:00Z"))
        _ = try await store.publish(revision("two", base: 1, at: "2026-03-03T16:00:00Z"))
        _ = try await store.publish(revision("three", base: 2, at: "2026-05-01T09:00:00Z"))
        #expect(try await store.revision(inForceOn: CalendarDay(year: 2026, month: 3, day: 2)!) == nil)
        #expect(try await store.revision(inForceOn: CalendarDay(year: 2026, month: 3, day: 3)!)?.number == 2)
        #expect(try await store.revision(inForceOn: CalendarDay(year: 2026, month: 4, day: 30)!)?.number == 2)
        #expect(try await store.revision(inForceOn: CalendarDay(year: 2026, month: 12, day: 6)!)?.number == 3)
    }

    @Test("two publishers from the same revision at once: one is stored, the other told it is stale", arguments: StoreKind.all)
    func racingPublishers(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await store.publish(revision("base", base: nil))
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<6 {
                group.addTask {
                    if case .published = try await store.publish(revision("edit \(index)", base: 1)) { return true }
                    return false
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try await store.revisionLog().count == 2)
    }

    @Test("baselines are marked on revisions and listed in the order marked", arguments: StoreKind.all)
    func baselines(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await store.publish(revision("one", base: nil))
        _ = try await store.mark(PlanBaseline(revision: 1, name: "approved by committee, January 2024", markedBy: "clerk", markedAt: "2026-03-04T09:00:00Z"))
        #expect(try await store.baselines().map(\.name) == ["approved by committee, January 2024"])
        #expect(try await store.integrityCheck() == "ok")
    }
}
