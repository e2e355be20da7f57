import ReformModel
import ReformRecord
import ReformStore

/// Closing a round, as `reform round close` and the round's page do: no more reminders are sent
/// for it, and updates recorded after it closed do not count for it. Closing before the due day
/// needs a reason, which the round keeps.
public struct CloseRound: Sendable {
    /// The round; the open one when `nil`.
    public var round: Int64?
    public var reason: String?

    public init(round: Int64? = nil, reason: String? = nil) {
        self.round = round
        self.reason = reason
    }

    /// Closes it as `person` at `moment`, and returns it closed.
    public func run(record: Record, moment: Moment, person: Person) async throws(AppError) -> UpdateRound {
        guard person.may(.runRounds) else { throw AppError.forbidden(.runRounds) }
        var chosen = try RoundRecord.chosen(round, among: try await RoundRecord.rounds(record))
        guard chosen.isOpen else {
            throw AppError("round \(chosen.id!), '\(chosen.name)', is closed already", status: .usage, kind: .conflict(latestEvent: nil), field: .round,
                           nothingRecorded: true)
        }
        let reason = reason?.trimmingSpaces()
        if let reason, !reason.isEmpty { do { try FreeTextLimit.check(reason, field: "reason") } catch { throw AppError.invalid(error) } }
        if let due = CalendarDay(iso: Substring(chosen.due)), moment.today < due, (reason ?? "").isEmpty {
            throw AppError.invalid("the round is due on \(due.longForm), so closing it sooner needs a reason", .reason, status: .usage)
        }
        let closing = RoundClosing(round: chosen.id!, closedBy: person.name, closedAt: moment.stamp, reason: (reason ?? "").isEmpty ? nil : reason)
        try await record.write { store throws(StoreError) in try await store.closeRound(closing) }
        chosen.closing = closing
        return chosen
    }
}
