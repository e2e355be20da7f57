import Foundation
import ReformModel
import ReformRecord

/// `reform round show --json` (and each round of `reform round list --json`, and `GET /rounds/{id}`
/// asked for JSON): the round, its counts, and each action with how it stands.
public struct RoundJSON: Codable, Sendable {
    /// One action of the round.
    public struct Item: Codable, Sendable {
        public var action: String
        public var title: String
        public var owner: String
        public var state: RoundProgress.State
        /// The latest update in the round: its number, when and by whom.
        public var event: Int64?
        public var updatedAt: String?
        public var updatedBy: String?
        public var onTime: Bool?
        public var overdue: Bool
        /// Why the latest update was returned, when it was.
        public var returnedBecause: String?

        enum CodingKeys: String, CodingKey {
            case action, title, owner, state, event, updatedAt = "updated_at", updatedBy = "updated_by", onTime = "on_time", overdue
            case returnedBecause = "returned_because"
        }
    }

    public var number: Int64
    public var name: String
    public var due: String
    public var pillars: [String]
    public var signOff: Bool
    public var openedAt: String
    public var openedBy: String
    public var closedAt: String?
    public var closedBy: String?
    public var closeReason: String?
    public var total: RoundReport.Tally
    public var owners: [RoundReport.Tally]
    public var actions: [Item]?

    enum CodingKeys: String, CodingKey {
        case number, name, due, pillars, signOff = "sign_off", openedAt = "opened_at", openedBy = "opened_by", closedAt = "closed_at",
             closedBy = "closed_by", closeReason = "close_reason", total, owners, actions
    }

    /// The round as `progress` has it; with its actions, or (for a list) without.
    public init(_ progress: RoundProgress, withActions: Bool = true) {
        let round = progress.round, report = progress.report
        number = round.id ?? 0
        name = round.name
        due = round.due
        pillars = round.pillars
        signOff = round.signOff
        openedAt = round.openedAt
        openedBy = round.openedBy
        closedAt = round.closing?.closedAt
        closedBy = round.closing?.closedBy
        closeReason = round.closing?.reason
        total = report.total
        owners = report.owners
        actions = withActions ? progress.items.map { item in
            Item(action: item.action, title: item.title, owner: item.owner, state: item.state, event: item.latest?.id, updatedAt: item.latest?.recordedAt,
                 updatedBy: item.latest?.recordedBy, onTime: item.onTime, overdue: item.overdue,
                 returnedBecause: item.decision?.verdict == .returned ? item.decision?.reason : nil)
        } : nil
    }
}
