import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// The reminders that have come due, queued in the outbox: what a server does every minute and
/// `reform remind` does when run. Each is queued once for its (round, person, kind, day), however
/// many servers or commands queue it, so running this often is safe.
public struct QueueReminders: Sendable {
    public var mailing: Mailing
    /// Work out what would be queued, and queue nothing (`reform remind --dry-run`).
    public var dryRun: Bool

    public init(mailing: Mailing, dryRun: Bool = false) {
        self.mailing = mailing
        self.dryRun = dryRun
    }

    /// The messages queued now (or that would be, for a dry run).
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment) async throws(AppError) -> [OutboxMessage] {
        let read = try await RoundRecord.read(record, openOnly: true)
        let open = read.rounds
        guard !open.isEmpty else { return [] }
        let opened = try await source.analysis(asOf: moment.today, record: record)
        let accounts = try await record.read(ifNone: []) { store throws(StoreError) in try await store.users() }
        let mail = RoundMail(letter: ReminderLetter(programme: opened.programme.info.title, publicURL: mailing.publicURL), accounts: accounts,
                             analysis: opened.analysis, now: Int64(moment.now.timeIntervalSince1970))
        var due: [OutboxMessage] = []
        for round in open {
            guard let (kind, day) = mailing.schedule.reminder(for: round, today: moment.today) else { continue }
            let owed = read.progress(of: round, programme: opened.programme, today: moment.today).items.filter(\.state.needsUpdate)
            due += mail.messages(kind, round: round, items: owed, day: day)
        }
        guard !due.isEmpty else { return [] }
        if dryRun {
            let queued = try await record.read(ifNone: []) { store throws(StoreError) in try await store.queuedKeys(due.map(\.key)) }
            return due.filter { !queued.contains($0.key) }
        }
        return try await record.write { store throws(StoreError) in try await store.queue(due) }
    }
}
