import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Opening a round of updates, as `reform round open` and the rounds page do: every open action
/// (of the pillars named, else all) is asked for an update by the due day, and each owner with an
/// email address is sent the opening email, queued in the same transaction as the round.
public struct OpenRound: Sendable {
    public var name: String
    /// The due day, as typed (`2026-11-20`).
    public var due: String
    public var pillars: [String]
    public var signOff: Bool
    public var mailing: Mailing

    public init(name: String, due: String, pillars: [String] = [], signOff: Bool = false, mailing: Mailing = Mailing()) {
        self.name = name
        self.due = due
        self.pillars = pillars
        self.signOff = signOff
        self.mailing = mailing
    }

    /// Opens the round as `person` at `moment`.
    ///
    /// - Throws: `AppError` naming the field for a missing name, a bad or past due day, an unknown
    ///   pillar or one with no open action; a conflict while another round is open.
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> UpdateRound {
        guard person.may(.runRounds) else { throw AppError.forbidden(.runRounds) }
        let name = name.trimmingSpaces()
        guard !name.isEmpty else { throw AppError.invalid("give the round a name, such as 'Before the January 2027 committee'", .name, status: .usage) }
        do { try FreeTextLimit.check(name, field: "name") } catch { throw AppError.invalid(error) }
        guard let dueDay = CalendarDay(iso: Substring(due.trimmingSpaces())), due.trimmingSpaces().count == 10 else {
            throw AppError.invalid("'\(due)' is not a day; give the due day as YYYY-MM-DD, such as \(moment.today.adding(days: 14).iso)", .due, status: .usage)
        }
        guard dueDay >= moment.today else {
            throw AppError.invalid("the due day \(dueDay.longForm) has passed; give today or a later day", .due, status: .usage)
        }
        let opened = try await source.analysis(asOf: moment.today, record: record)
        let known = Set(opened.programme.pillars.map(\.id))
        if let unknown = pillars.first(where: { !known.contains($0) }) {
            throw AppError.invalid("there is no pillar '\(unknown)'; the pillars are \(opened.programme.pillars.map(\.id).joined(separator: ", "))", .pillar, status: .usage)
        }
        let wanted = Set(pillars)
        let actions = opened.programme.actions.filter { action in
            guard let assessment = opened.analysis.action(action.id), !assessment.status.isClosed else { return false }
            return wanted.isEmpty || !wanted.isDisjoint(with: action.pillars)
        }.map(\.id)
        guard !actions.isEmpty else {
            throw AppError.invalid("there is no open action in \(pillars.isEmpty ? "the plan" : pillars.joined(separator: ", ")) to ask about", .pillar, status: .usage)
        }
        let round = UpdateRound(name: name, due: dueDay.iso, pillars: pillars, actions: actions, signOff: signOff, openedBy: person.name,
                                openedAt: moment.stamp)
        let accounts = try await record.read(ifNone: []) { store throws(StoreError) in try await store.users() }
        let mail = RoundMail(letter: ReminderLetter(programme: opened.programme.info.title, publicURL: mailing.publicURL), accounts: accounts,
                             analysis: opened.analysis, now: Int64(moment.now.timeIntervalSince1970))
        let (programme, today) = (opened.programme, moment.today)
        return try await record.write { store throws(StoreError) in
            try await store.openRound(round) { id in
                var numbered = round
                numbered.id = id
                let progress = RoundProgress(round: numbered, programme: programme, events: [], decisions: [], requests: [], today: today)
                return mail.messages(.opening, round: numbered, items: progress.items, day: today)
            }
        }
    }
}
