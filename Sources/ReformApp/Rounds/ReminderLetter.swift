import ReformModel
import ReformRecord

/// The words of each reminder: a subject, plain text and HTML, naming only the recipient's own
/// actions with their RAG and dates, and linking to My actions. No password, token or another
/// person's actions is ever in one.
public struct ReminderLetter: Sendable {
    /// One action as a reminder lists it.
    public struct Line: Sendable {
        public var id: String
        public var title: String
        public var rag: String
        public var due: String?

        public init(id: String, title: String, rag: String, due: String?) {
            self.id = id
            self.title = title
            self.rag = rag
            self.due = due
        }

        var words: String { "\(id) \(title) (\(rag)\(due.map { "; action due \($0)" } ?? ""))" }
    }

    /// The programme's title, as the plan gives it.
    public var programme: String
    /// The server's address as people reach it, for links; `nil` when not known.
    public var publicURL: String?

    public init(programme: String, publicURL: String?) {
        self.programme = programme
        self.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    /// A reminder of `kind` in `round` listing `lines`; for a return, the lead's `reason` and who returned it.
    public func message(_ kind: ReminderKind, round: UpdateRound, lines: [Line], returnedBy: String? = nil,
                        reason: String? = nil) -> (subject: String, text: String, html: String) {
        let due = CalendarDay(iso: Substring(round.due))?.longForm ?? round.due
        let (subject, opening): (String, String) = switch kind {
        case .opening: ("Updates due by \(due): \(round.name)", "A round of updates has opened: \(round.name). Please record an update on each of these actions by \(due).")
        case .beforeDue: ("Updates due by \(due): \(round.name)", "Updates for \(round.name) are due by \(due), and these actions have none yet.")
        case .dueDay: ("Updates due today: \(round.name)", "Updates for \(round.name) are due today, \(due), and these actions have none yet.")
        case .overdue: ("Updates overdue since \(due): \(round.name)", "Updates for \(round.name) were due by \(due), and these actions still have none.")
        case .returned: ("Your update was returned: \(round.name)",
                         "\(returnedBy ?? "A lead") returned your update for \(round.name), so it will not be reported. Please record a new one by \(due).")
        }
        let link = publicURL.map { "\($0)/my" }
        let footer = "Sent by ReformTracker for \(programme), because you are named as the owner of these actions."
        var text = opening + "\n\n" + lines.map { "- \($0.words)" }.joined(separator: "\n") + "\n"
        if let reason { text += "\nThe reason given: \(reason)\n" }
        text += "\nRecord your updates in My actions" + (link.map { ": \($0)" } ?? " on ReformTracker") + "\n\n" + footer + "\n"
        let escape = HTMLText.escape
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(escape(subject))</title></head><body>"
        html += "<p>\(escape(opening))</p><ul>" + lines.map { line in
            "<li><strong>\(escape(line.id))</strong> \(escape(line.title)) (\(escape(line.rag))\(line.due.map { "; action due \(escape($0))" } ?? ""))</li>"
        }.joined() + "</ul>"
        if let reason { html += "<p>The reason given: \(escape(reason))</p>" }
        html += link.map { "<p><a href=\"\(escape($0))\">Record your updates in My actions</a></p>" } ?? "<p>Record your updates in My actions on ReformTracker.</p>"
        html += "<p>\(escape(footer))</p></body></html>"
        return ("[ReformTracker] " + subject, text, html)
    }
}
