import ReformModel
import ReformRecord
import ReformStore

extension Events {
    /// A round with sign-off on A1, its opening email, an update awaiting sign-off, returned, and the email saying so.
    static func roundWithSignOff(on store: RecordStore) async throws {
        let message = OutboxMessage(key: "1:omar:opening:2026-11-02", round: 1, recipient: "omar", address: "omar@council.example.gov.uk", kind: .opening,
                                    day: "2026-11-02", subject: "Updates due", text: "text", html: "<p>html</p>", queuedAt: 1, nextAttemptAt: 1)
        let round = try await store.openRound(UpdateRound(name: "R", due: "2026-11-20", pillars: [], actions: ["A1"], signOff: true, openedBy: "lena",
                                                          openedAt: "2026-11-02T09:00:00Z")) { _ in [message] }
        let update = try await store.append(event("A1", day: "2026-11-03", progress: 20, by: "omar"), basedOn: try await store.events().last?.id,
                                            signOffIn: round.id)
        _ = try await store.decide(SignOffDecision(event: update.id!, round: round.id!, verdict: .returned, decidedBy: "lena",
                                                   decidedAt: "2026-11-04T09:00:00Z", reason: "why?"), messages: [])
        try await store.closeRound(RoundClosing(round: round.id!, closedBy: "lena", closedAt: "2026-11-21T09:00:00Z", reason: nil))
    }

    /// Changes the database refuses once a round is recorded.
    static let roundChanges = [
        "UPDATE update_round SET due = '2030-01-01'", "DELETE FROM update_round", "UPDATE round_closing SET reason = 'x'", "DELETE FROM round_closing",
        "DELETE FROM sign_off_request", "UPDATE sign_off_decision SET decision = 'approved'", "DELETE FROM sign_off_decision",
        "DELETE FROM outbox_message",
    ]
}

import ReformTestSupport
import Testing

/// The store's side of rounds: one open at a time, one decision per update, one message per key,
/// and a message claimed by one server at a time.
@Suite struct RoundStoreTests {
    @Test("one round open at a time; an update decided on once; a key queued once; a claimed message is no other server's until its hold ends",
          arguments: StoreKind.all)
    func rules(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await Events.roundWithSignOff(on: store)
        let rounds = try await store.rounds()
        #expect(rounds.count == 1 && rounds[0].closing?.closedBy == "lena")
        let second = try await store.openRound(UpdateRound(name: "S", due: "2026-12-20", pillars: ["P1"], actions: ["A1"], signOff: false,
                                                           openedBy: "lena", openedAt: "2026-12-01T09:00:00Z")) { _ in [] }
        await #expect(throws: StoreError.self) {
            _ = try await store.openRound(UpdateRound(name: "T", due: "2026-12-20", pillars: [], actions: ["A1"], signOff: false, openedBy: "lena",
                                                      openedAt: "2026-12-01T10:00:00Z")) { _ in [] }
        }
        let decided = try await store.signOffs().decisions
        await #expect(throws: StoreError.self) {
            _ = try await store.decide(SignOffDecision(event: decided[0].event, round: decided[0].round, verdict: .approved, decidedBy: "lena",
                                                       decidedAt: "2026-11-05T09:00:00Z", reason: nil), messages: [])
        }
        #expect(try await store.signedOffUpdates().isEmpty, "a returned update is not reported")

        let message = OutboxMessage(key: "2:priya:due_day:2026-12-20", round: second.id, recipient: "priya", address: "priya@council.example.gov.uk",
                                    kind: .dueDay, day: "2026-12-20", subject: "Due today", text: "t", html: "h", queuedAt: 100, nextAttemptAt: 100)
        #expect(try await store.queue([message, message]).count == 1)
        #expect(try await store.queue([message]).isEmpty)
        #expect(try await store.queuedKeys([message.key, "nothing"]) == [message.key])

        let first = try #require(try await store.claimNextMessage(now: 200, holdFor: 60))
        let other = try #require(try await store.claimNextMessage(now: 200, holdFor: 60))
        #expect(first.id != other.id && first.attempts == 1)
        #expect(try await store.claimNextMessage(now: 200, holdFor: 60) == nil, "both held")
        try await store.markUnsent(first.id!, error: "down", retryAt: 230, failedAt: nil)
        #expect(try await store.claimNextMessage(now: 220, holdFor: 60) == nil, "not before its retry")
        #expect(try await store.claimNextMessage(now: 230, holdFor: 60)?.id == first.id)
        #expect(try await store.claimNextMessage(now: 261, holdFor: 60)?.id == other.id, "a hold that ended is taken over")
        try await store.markSent(first.id!, at: 262)
        try await store.markUnsent(other.id!, error: "refused", retryAt: 400, failedAt: 263)
        let outbox = try await store.outbox()
        #expect(outbox.first { $0.id == first.id }?.state == .sent && outbox.first { $0.id == other.id }?.state == .failed)
        #expect(try await store.claimNextMessage(now: 10_000, holdFor: 60) == nil, "sent and failed messages are done")
        #expect(try await store.integrityCheck() == "ok")
    }
}
