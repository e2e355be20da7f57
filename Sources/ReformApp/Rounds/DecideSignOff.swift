import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// A lead approving or returning an update awaiting sign-off, as `reform signoff approve|return`
/// and the round's page do. A return needs a reason, and tells the contributor by email (queued
/// with the decision, in one transaction). Decisions are appended and never changed.
public struct DecideSignOff: Sendable {
    public var event: Int64
    public var verdict: SignOffDecision.Verdict
    public var reason: String?
    public var mailing: Mailing

    public init(event: Int64, verdict: SignOffDecision.Verdict, reason: String? = nil, mailing: Mailing = Mailing()) {
        self.event = event
        self.verdict = verdict
        self.reason = reason
        self.mailing = mailing
    }

    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> SignOffDecision {
        guard person.may(.runRounds) else { throw AppError.forbidden(.runRounds) }
        let reason = reason?.trimmingSpaces() ?? ""
        if verdict == .returned, reason.isEmpty {
            throw AppError.invalid("say why the update is returned, so that its owner can put it right", .reason, status: .usage)
        }
        if !reason.isEmpty { do { try FreeTextLimit.check(reason, field: "reason") } catch { throw AppError.invalid(error) } }
        let event = self.event
        let (found, requests, rounds, accounts) = try await record.read(ifNone: (nil, [], [], [])) { store throws(StoreError) in
            (try await store.event(id: event), try await store.signOffs().requests, try await store.rounds(), try await store.users())
        }
        guard let found, let request = requests.first(where: { $0.event == event }), let round = rounds.first(where: { $0.id == request.round }) else {
            throw AppError("update \(event) is not awaiting sign-off" + (found == nil ? " (there is no such update)" : ""), status: .usage,
                           kind: found == nil ? .notFound : .invalidInput, field: .event, nothingRecorded: true)
        }
        var messages: [OutboxMessage] = []
        if verdict == .returned, let contributor = accounts.first(where: { $0.username.lowercased() == found.recordedBy.lowercased() }),
           !contributor.disabled, contributor.email != nil {
            let opened = try await source.analysis(asOf: moment.today, record: record)
            let mail = RoundMail(letter: ReminderLetter(programme: opened.programme.info.title, publicURL: mailing.publicURL), accounts: accounts,
                                 analysis: opened.analysis, now: Int64(moment.now.timeIntervalSince1970))
            messages = [mail.returned(round: round, to: contributor, action: found.action, title: found.action, event: event, by: person.name,
                                      reason: reason, day: moment.today)]
        }
        let decision = SignOffDecision(event: event, round: round.id!, verdict: verdict, decidedBy: person.name, decidedAt: moment.stamp,
                                       reason: reason.isEmpty ? nil : reason)
        return try await record.write { store throws(StoreError) in try await store.decide(decision, messages: messages) }
    }
}
