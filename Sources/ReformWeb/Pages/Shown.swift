import ReformApp
import ReformModel

/// How values read on every page: RAG as a word with the class that colours it, money in pounds
/// or "not costed", a deadline's state in words, days left in words.
enum Shown {
    /// A RAG status or a deadline's state: its word, and the class that colours it (always beside the word).
    struct Status: Sendable {
        let word: String
        let style: String
    }

    /// A RAG status as a word and its colour.
    static func rag(_ status: RAGStatus) -> Status {
        Status(word: status.label, style: "rag rag-\(status.rawValue)")
    }

    /// A deadline's state as words and a colour.
    static func state(_ state: DeadlineAssessment.State) -> Status {
        switch state {
        case .met: return Status(word: "met", style: "rag rag-green")
        case .onTrack: return Status(word: "on track", style: "rag rag-green")
        case .atRisk: return Status(word: "at risk", style: "rag rag-amber")
        case .missed: return Status(word: "missed", style: "rag rag-red")
        case .noActions: return Status(word: "no actions", style: "rag rag-not-rated")
        }
    }

    /// Money in pounds; `nil` is "not costed", never £0.
    static func money(_ money: Money?) -> String {
        money?.formatted() ?? "not costed"
    }

    /// A UTC stamp as a person reads it: "6 December 2026, 10:04 UTC".
    static func moment(_ stamp: String) -> String {
        guard let day = CalendarDay(iso: Substring(stamp.prefix(10))) else { return stamp }
        let time = stamp.count >= 16 ? String(Array(stamp)[11..<16]) : ""
        return day.longForm + (time.isEmpty ? "" : ", \(time) UTC")
    }

    /// An ISO day as a person reads it: "20 December 2026".
    static func day(_ iso: String) -> String {
        CalendarDay(iso: Substring(iso)).map(\.longForm) ?? iso
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

    /// An option of a select.
    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// An action as a row of a table: its id, title, owner, due date, progress, RAG and why.
    struct ActionRow: Sendable {
        let id: String
        let title: String
        let owner: String
        let due: String
        let progress: String
        let rag: Status
        let reason: String

        init(_ assessment: ActionAssessment) {
            id = assessment.id
            title = assessment.title
            owner = assessment.owner ?? "not assigned"
            due = assessment.deadline?.date.shown ?? "none"
            progress = assessment.progress.map { "\($0)%" } ?? "not reported"
            rag = Shown.rag(assessment.rag.status)
            reason = assessment.rag.reason
        }
    }
}
