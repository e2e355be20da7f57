import ReformModel
import ReformRecord

/// Every round, the newest first, each with where it stands: `reform round list` and the rounds page.
public struct ListRounds: Sendable {
    /// Only the open round (the dashboard's), whose progress reads only the updates since it opened.
    public var openOnly: Bool

    public init(openOnly: Bool = false) {
        self.openOnly = openOnly
    }

    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment) async throws(AppError) -> [RoundProgress] {
        let read = try await RoundRecord.read(record, openOnly: openOnly)
        guard !read.rounds.isEmpty else { return [] }
        let programme = try await source.plan().programme
        return read.rounds.map { read.progress(of: $0, programme: programme, today: moment.today) }
    }
}
