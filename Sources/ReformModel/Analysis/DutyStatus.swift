/// Where each legal duty of the plan's legislation stands on a day: in force (since when),
/// commencing on a known day, or awaiting regulations (with the loose date given out, never a
/// made-up day), and the actions serving it. What `reform deadlines` and the committee update list.
public struct DutyStatus: Hashable, Sendable, Codable {
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case inForce = "in-force"
        case commencing
        case awaitingRegulations = "awaiting-regulations"

        /// In words, as a heading: "In force", "Commencing on a day", "Awaiting regulations".
        public var heading: String {
            switch self {
            case .inForce: return "In force"
            case .commencing: return "Commencing on a known day"
            case .awaitingRegulations: return "Awaiting regulations"
            }
        }
    }

    public var policy: String
    public var policyTitle: String
    public var id: String
    public var title: String
    public var section: String?
    public var state: State
    /// The day it came or comes into force, where known.
    public var day: CalendarDay?
    /// The commencement in words: "2 months after Royal Assent", "on a day appointed by regulations (expected late 2027)".
    public var commencement: String
    /// The actions serving it (naming it in `policies`), by id.
    public var actions: [String]

    private enum CodingKeys: String, CodingKey {
        case policy, policyTitle = "policy_title", id, title, section, state, day, commencement, actions
    }

    /// Every duty of `programme`'s legislation on `asOf`, in file order, with the actions (or
    /// their assessments, where a report reads only those) serving each; a report groups them by `state`.
    public static func all(_ programme: Programme, actions: some Sequence<some ServesPolicies>, asOf: CalendarDay) -> [DutyStatus] {
        var serving: [String: [String]] = [:]
        for action in actions {
            for id in action.policies { serving[id, default: []].append(action.id) }
        }
        return programme.policies.flatMap { policy in
            policy.duties.map { duty in
                let day = duty.commencement.day(royalAssent: policy.royalAssent)
                let state: State = day.map { $0 <= asOf ? .inForce : .commencing } ?? .awaitingRegulations
                return DutyStatus(policy: policy.id, policyTitle: policy.title, id: duty.id, title: duty.title, section: duty.section, state: state,
                                  day: day, commencement: duty.commencement.wording, actions: serving[duty.id] ?? [])
            }
        }
    }
}

/// An action, or its assessment: its id and the policies and duties it serves.
public protocol ServesPolicies {
    var id: String { get }
    var policies: [String] { get }
}

extension Action: ServesPolicies {}
extension ActionAssessment: ServesPolicies {}
