/// The kinds of list item in a programme that carry an `id`, for duplicate checks and references.
public enum ItemKind: String, Hashable, Sendable, CaseIterable {
    case phase, pillar, policy, milestone, action, funding, burden, indicator, metric, risk, committee, meeting, resolution, source

    /// The singular noun used in messages ("unknown pillar 'P7'").
    public var noun: String {
        switch self {
        case .funding: return "funding line"
        default: return rawValue
        }
    }

    /// The plural noun used in messages ("pillars are P1, P2").
    public var plural: String {
        switch self {
        case .policy: return "policies"
        case .funding: return "funding lines"
        default: return rawValue + "s"
        }
    }
}
