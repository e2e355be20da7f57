/// The rating an action, pillar or deadline gets: a RAG colour, or complete, or not rated.
public enum RAGStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case red
    case amber
    case green
    /// Finished; no longer rated.
    case complete
    /// Cannot be rated (cancelled, or a date or progress is missing); the reason says why.
    case notRated = "not-rated"

    /// Creates the status for a RAG colour.
    public init(_ colour: RAGColour) {
        switch colour {
        case .red: self = .red
        case .amber: self = .amber
        case .green: self = .green
        }
    }

    /// The word shown in tables and reports, so RAG never depends on colour alone.
    public var label: String {
        switch self {
        case .red: return "RED"
        case .amber: return "AMBER"
        case .green: return "GREEN"
        case .complete: return "COMPLETE"
        case .notRated: return "NOT RATED"
        }
    }

    /// Whether it is a RAG colour (red, amber or green) rather than complete or not rated.
    public var isColour: Bool {
        switch self {
        case .red, .amber, .green: return true
        case .complete, .notRated: return false
        }
    }

    /// Worst first: red, amber, green, then not rated and complete.
    public var severity: Int {
        switch self {
        case .red: return 4
        case .amber: return 3
        case .green: return 2
        case .notRated: return 1
        case .complete: return 0
        }
    }
}
