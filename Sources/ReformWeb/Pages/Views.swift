import ReformModel

/// How values read on every page: RAG as a word with its colour, money in pounds or "not costed",
/// a deadline's state in words.
enum Views {
    /// `values` without the ones that are `nil`: a Mustache section on an absent value shows
    /// nothing, where `nil` itself would be printed.
    static func present(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }

    /// A RAG status as a word and the class that colours it.
    static func rag(_ status: RAGStatus) -> [String: Any] {
        ["word": status.label, "class": "rag rag-\(status.rawValue)"]
    }

    /// Money in pounds; `nil` is "not costed", never £0.
    static func money(_ money: Money?) -> String {
        money?.formatted() ?? "not costed"
    }

    /// A deadline's state as words.
    static func state(_ state: DeadlineAssessment.State) -> [String: Any] {
        let words: String
        let colour: String
        switch state {
        case .met: (words, colour) = ("met", "green")
        case .onTrack: (words, colour) = ("on track", "green")
        case .atRisk: (words, colour) = ("at risk", "amber")
        case .missed: (words, colour) = ("missed", "red")
        case .noActions: (words, colour) = ("no actions", "not-rated")
        }
        return ["word": words, "class": "rag rag-\(colour)"]
    }

    /// "in 12 days", "today", "3 days ago".
    static func daysLeft(_ days: Int) -> String {
        switch days {
        case 0: return "today"
        case 1: return "tomorrow"
        case 2...: return "in \(days) days"
        case -1: return "yesterday"
        default: return "\(-days) days ago"
        }
    }
}
