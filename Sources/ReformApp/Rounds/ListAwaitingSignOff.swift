import ReformModel
import ReformRecord

/// The updates awaiting a lead's sign-off, oldest first: `reform signoff list`, and the round page's list.
public struct ListAwaitingSignOff: Sendable {
    public init() {}

    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment) async throws(AppError) -> [RoundProgress.Item] {
        let read = try await RoundRecord.read(record)
        let programme = try await source.plan().programme
        return read.rounds.reversed().flatMap { round in
            read.progress(of: round, programme: programme, today: moment.today).items.filter { $0.state == .awaitingSignOff }
        }
    }
}
