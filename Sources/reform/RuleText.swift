import ReformModel

/// The RAG rule's clauses in words, for `explain`.
enum RuleText {
    /// The clause of the RAG rule that decided a rating.
    static func describe(_ rule: RAGAssessment.Rule, thresholds: RAGThresholds) -> String {
        switch rule {
        case .override: return "a RAG set by hand in the file wins while the action is open"
        case .complete: return "a complete action is complete"
        case .cancelled: return "a cancelled action is not rated"
        case .blocked: return "a blocked action is red"
        case .overdue: return "past its due date and not complete is red"
        case .notStartedLate: return "not started though its start date has passed is amber"
        case .notYetDueToStart: return "not started and not yet due to start is green"
        case .performance:
            return "performance = progress ÷ share of time elapsed between start and due; at or above \(thresholds.greenAt)% green, at or below \(thresholds.redAt)% red, between amber"
        case .missingData: return "an action without the dates or progress the rule needs is not rated"
        }
    }
}
