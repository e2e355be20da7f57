import ReformModel
import ReformRecord
import ReformStore

/// What the round use cases read from the record, in one place: the rounds, the updates
/// numbered after the earliest of them opened, and their sign-offs. Rounds are few; updates are
/// many, so a use case chooses its rounds first and reads updates for those alone.
struct RoundRecord {
    let rounds: [UpdateRound]
    let events: [RecordedEvent]
    let requests: [SignOffRequest]
    let decisions: [SignOffDecision]

    /// Every round, the newest first, with its closing: cheap, no update read.
    static func rounds(_ record: Record) async throws(AppError) -> [UpdateRound] {
        try await record.read(ifNone: []) { store throws(StoreError) in try await store.rounds() }
    }

    /// `rounds` and what their progress needs: the events numbered after the earliest of them
    /// opened (read by the event table's key), and their sign-offs.
    static func read(_ record: Record, rounds: [UpdateRound]) async throws(AppError) -> RoundRecord {
        guard let first = rounds.map(\.afterEvent).min() else { return RoundRecord(rounds: [], events: [], requests: [], decisions: []) }
        return try await record.read(ifNone: RoundRecord(rounds: rounds, events: [], requests: [], decisions: [])) { store throws(StoreError) in
            let signOffs = try await store.signOffs(round: rounds.count == 1 ? rounds[0].id : nil)
            return RoundRecord(rounds: rounds, events: try await store.events(after: first), requests: signOffs.requests, decisions: signOffs.decisions)
        }
    }

    /// Every round (only the open one, with `openOnly`) and what their progress needs.
    static func read(_ record: Record, openOnly: Bool = false) async throws(AppError) -> RoundRecord {
        try await read(record, rounds: try await rounds(record).filter { !openOnly || $0.isOpen })
    }

    /// The progress of `round` as of `today`.
    func progress(of round: UpdateRound, programme: Programme, today: CalendarDay) -> RoundProgress {
        RoundProgress(round: round, programme: programme, events: events, decisions: decisions.filter { $0.round == round.id },
                      requests: requests.filter { $0.round == round.id }, today: today)
    }

    /// `round` as a report made on `asOf` carries it; `nil` for no round.
    static func report(of round: UpdateRound?, programme: Programme, asOf: CalendarDay, record: Record) async throws(AppError) -> RoundReport? {
        guard let round else { return nil }
        return try await read(record, rounds: [round]).progress(of: round, programme: programme, today: asOf).report
    }

    /// The round `id` names among `rounds`, or the open one (else the newest) when `nil`.
    static func chosen(_ id: Int64?, among rounds: [UpdateRound]) throws(AppError) -> UpdateRound {
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
