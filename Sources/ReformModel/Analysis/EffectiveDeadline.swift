/// An action's due date, or the date it inherits from its milestone or policy when it has none.
///
/// Plans often set the date once, on the statutory deadline, and leave the actions under it
/// undated; rating those actions against the deadline they serve is what a council expects.
public struct EffectiveDeadline: Hashable, Sendable, Codable {
    /// Where the date comes from.
    public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
        /// The action's own `due`.
        case action
        /// Its milestone's `due`.
        case milestone
        /// Its policy's `deadline`.
        case policy
    }

    /// The date.
    public let date: PlanDate
    /// Where it comes from.
    public let origin: Origin
    /// The id of the milestone or policy it comes from, when inherited.
    public let from: String?

    /// The action's own due date, else its milestone's, else its policy's deadline.
    public static func of(_ action: Action, in programme: ProgrammeIndex) -> EffectiveDeadline? {
        if let due = action.due { return EffectiveDeadline(date: due, origin: .action, from: nil) }
        if let id = action.milestone, let due = programme.milestone(id)?.due {
            return EffectiveDeadline(date: due, origin: .milestone, from: id)
        }
        if let id = action.policy, let deadline = programme.policy(id)?.deadline {
            return EffectiveDeadline(date: deadline, origin: .policy, from: id)
        }
        return nil
    }

    /// "December 2024" or "December 2024 (from policy WT2023)".
    public var described: String {
        switch origin {
        case .action: return date.shown
        case .milestone: return "\(date.shown) (from milestone \(from ?? ""))"
        case .policy: return "\(date.shown) (from policy \(from ?? ""))"
        }
    }
}

extension EffectiveDeadline: JSONStreamWritable {
    /// Writes what `encode(to:)` writes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.date, date)
        writer.member(CodingKeys.origin, word: origin)
        writer.member(CodingKeys.from, from)
        writer.endObject()
    }
}
