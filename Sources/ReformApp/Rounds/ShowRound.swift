import ReformModel
import ReformRecord
import ReformStore

/// One round as its page and `reform round show` give it: each action, its owner, whether
/// updated (when, by whom), overdue, awaiting sign-off; and whom each owner's reminders reach.
public struct ShowRound: Sendable {
    /// The round and where it stands.
    public struct View: Sendable {
        public let progress: RoundProgress
        /// For each owner in the round, the usernames their reminders go to (empty: nobody is reminded).
        public let reminded: [String: [String]]
        /// The SMTP server reminders are sent through, or `nil` when none is set.
        public let mailServer: String?
    }

    /// The round; the open one (else the newest) when `nil`.
    public var round: Int64?
    public var mailing: Mailing

    public init(round: Int64? = nil, mailing: Mailing = Mailing()) {
        self.round = round
        self.mailing = mailing
    }

    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment) async throws(AppError) -> View {
        let opened = try await source.analysis(asOf: moment.today, record: record)
        let chosen = try RoundRecord.chosen(round, among: try await RoundRecord.rounds(record))
        let read = try await RoundRecord.read(record, rounds: [chosen])
        let progress = read.progress(of: chosen, programme: opened.programme, today: moment.today)
        let accounts = try await record.read(ifNone: []) { store throws(StoreError) in try await store.users() }
        var reminded: [String: [String]] = [:]
        for owner in Set(progress.items.map(\.owner)) {
            reminded[owner] = RoundMail.recipients(of: owner, among: accounts).map(\.username)
        }
        return View(progress: progress, reminded: reminded, mailServer: mailing.serverName)
    }
}
