/// Which way an action has moved since the last report: its RAG then and now, as a scrutiny
/// committee reads it, in words and an arrow.
public struct DirectionOfTravel: Hashable, Sendable, Codable {
    /// Better, worse or the same.
    public enum Trend: String, Hashable, Sendable, Codable, CaseIterable {
        case improving, worsening, unchanged

        /// ↑, ↓ or →, always shown beside the words.
        public var arrow: String {
            switch self {
            case .improving: return "\u{2191}"
            case .worsening: return "\u{2193}"
            case .unchanged: return "\u{2192}"
            }
        }
    }

    /// The action's id and title.
    public let action: String
    public let title: String
    /// Its RAG at the earlier day and now.
    public let then: RAGStatus
    public let now: RAGStatus
    /// Which way it moved.
    public let trend: Trend

    /// The direction from `then` to `now`: complete is the best place to be, red the worst, and a
    /// move to or from not rated is no trend at all.
    public init(action: String, title: String, then: RAGStatus, now: RAGStatus) {
        self.action = action
        self.title = title
        self.then = then
        self.now = now
        func rank(_ status: RAGStatus) -> Int? {
            switch status {
            case .red: return 0
            case .amber: return 1
            case .green: return 2
            case .complete: return 3
            case .notRated: return nil
            }
        }
        if let before = rank(then), let after = rank(now), before != after {
            trend = after > before ? .improving : .worsening
        } else {
            trend = .unchanged
        }
    }

    /// "AMBER → GREEN ↑ improving".
    public var described: String {
        "\(then.label) to \(now.label) \(trend.arrow) \(trend.rawValue)"
    }
}
