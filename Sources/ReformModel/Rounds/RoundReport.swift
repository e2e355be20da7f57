/// The round of updates a report is made for, as the committee reads it: how many of the actions
/// asked about were updated on time, late, or not at all, by owner, and how many updates were
/// still awaiting sign-off or had been returned when the report was made (those are left out of
/// the analysis: a report shows each action as of its latest approved update).
public struct RoundReport: Hashable, Sendable, Codable {
    /// The counts of one owner's actions in the round, or of all of them.
    public struct Tally: Hashable, Sendable, Codable {
        /// The owner as the plan names them ("" for the whole round, or for actions with no owner).
        public var owner: String
        public var actions: Int
        public var onTime: Int
        public var late: Int
        public var notUpdated: Int
        public var awaitingSignOff: Int
        public var returned: Int
        /// The actions still owed an update (not updated, or returned), by id.
        public var owed: [String]

        public init(owner: String, actions: Int, onTime: Int, late: Int, notUpdated: Int, awaitingSignOff: Int, returned: Int, owed: [String]) {
            self.owner = owner
            self.actions = actions
            self.onTime = onTime
            self.late = late
            self.notUpdated = notUpdated
            self.awaitingSignOff = awaitingSignOff
            self.returned = returned
            self.owed = owed
        }

        private enum CodingKeys: String, CodingKey {
            case owner, actions, onTime = "on_time", late, notUpdated = "not_updated", awaitingSignOff = "awaiting_sign_off", returned, owed
        }
    }

    public var number: Int64
    public var name: String
    /// The day updates were due by.
    public var due: CalendarDay
    /// The days it opened and closed (absent while open).
    public var opened: CalendarDay
    public var closed: CalendarDay?
    /// Whether contributors' updates needed a lead's sign-off.
    public var signOff: Bool
    public var total: Tally
    public var owners: [Tally]

    public init(number: Int64, name: String, due: CalendarDay, opened: CalendarDay, closed: CalendarDay?, signOff: Bool, total: Tally, owners: [Tally]) {
        self.number = number
        self.name = name
        self.due = due
        self.opened = opened
        self.closed = closed
        self.signOff = signOff
        self.total = total
        self.owners = owners
    }

    private enum CodingKeys: String, CodingKey {
        case number, name, due, opened, closed, signOff = "sign_off", total, owners
    }
}
