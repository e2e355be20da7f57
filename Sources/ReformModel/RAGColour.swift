/// Red, amber or green: the traffic-light rating councils report progress in.
public enum RAGColour: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case red
    case amber
    case green

    /// Red is worst; ordering puts the worst first.
    public static func < (lhs: RAGColour, rhs: RAGColour) -> Bool {
        lhs.severity > rhs.severity
    }

    /// 2 for red, 1 for amber, 0 for green.
    public var severity: Int {
        switch self {
        case .red: return 2
        case .amber: return 1
        case .green: return 0
        }
    }
}
