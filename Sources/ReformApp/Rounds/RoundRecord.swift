import ReformModel
import ReformRecord
import ReformStore

/// What the round use cases read from the record, in one place: the rounds, the updates
/// recorded since the oldest asked about opened, their sign-offs, and the accounts.
struct RoundRecord {
    let rounds: [UpdateRound]
    let events: [RecordedEvent]
    let requests: [SignOffRequest]
    let decisions: [SignOffDecision]

    /// The record's rounds (only `only`, when given) and what their progress needs.
    static func read(_ record: Record, only: Int64? = nil) async throws(AppError) -> RoundRecord {
        try await record.read(ifNone: RoundRecord(rounds: [], events: [], requests: [], decisions: [])) { store throws(StoreError) in
            let rounds = try await store.rounds().filter { only == nil || $0.id == only }
            guard let oldest = rounds.map(\.openedAt).min() else { return RoundRecord(rounds: [], events: [], requests: [], decisions: []) }
            let signOffs = try await store.signOffs(round: only)
            return RoundRecord(rounds: rounds, events: try await store.events(recordedFrom: oldest), requests: signOffs.requests,
                               decisions: signOffs.decisions)
        }
    }

    /// The progress of `round` as of `today`.
    func progress(of round: UpdateRound, programme: Programme, today: CalendarDay) -> RoundProgress {
        RoundProgress(round: round, programme: programme, events: events, decisions: decisions.filter { $0.round == round.id },
                      requests: requests.filter { $0.round == round.id }, today: today)
    }

    /// The round `id` names, or the open one (else the newest) when `nil`.
    func round(_ id: Int64?) throws(AppError) -> UpdateRound {
        if let id {
            guard let round = rounds.first(where: { $0.id == id }) else {
                throw AppError("there is no round \(id)" + (rounds.isEmpty ? "; none has been opened" : "; the rounds are 1 to \(rounds.compactMap(\.id).max() ?? 0)"),
                               status: .usage, kind: .notFound, field: .round, nothingRecorded: true)
            }
            return round
        }
        guard let round = rounds.first(where: \.isOpen) ?? rounds.first else {
            throw AppError("no round has been opened yet", status: .usage, kind: .notFound, field: .round, nothingRecorded: true)
        }
        return round
    }
}
