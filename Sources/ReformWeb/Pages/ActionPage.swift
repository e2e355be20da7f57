import ReformApp
import ReformModel
import ReformRecord

/// `GET /actions/{id}`: one action: its RAG and why, its deadline and forecast, what it waits for
/// and what waits for it, every recorded update with its note, and the update form for those who may.
struct ActionPage: Sendable {
    /// How many of an action's updates its page lists, newest first.
    static let shownEvents = 50

    struct Related: Sendable {
        let id: String
        let title: String
        let rag: Shown.Status
    }

    struct PillarLink: Sendable {
        let id: String
        let title: String
    }

    struct Note: Sendable {
        let text: String
        let by: String
        let day: String
    }

    struct Event: Sendable {
        let id: String
        let day: String
        let by: String
        let summary: String
        let note: String
        let voided: String?
        /// Where it stands with a lead's sign-off, when it needs one.
        let signOff: String?
        let voidable: Bool
        let csrf: String
    }

    /// What the update form holds: what was typed, and why it was not recorded, if it was sent.
    struct Form: Sendable {
        struct Typed: Sendable {
            var progress = "", due = "", note = ""
        }

        let id: String
        let csrf: String
        let base: String
        let statuses: [Shown.Option]
        let typed: Typed
        let errors: FormErrors?
        let conflict: String?
        /// Whether the typed values are a draft kept when the session had ended.
        let draft: Bool
    }

    /// What was typed into the form, as sent.
    struct Typed: Sendable {
        var status = "", progress = "", due = "", note = ""
    }

    let id: String
    let title: String
    let rag: Shown.Status
    let reason: String
    let status: String
    let progress: String
    let owner: String
    let due: String
    let forecast: String
    let policy: String?
    let latestNote: Note?
    let pillars: [PillarLink]
    let dependsOn: [Related]
    let dependants: [Related]
    let recorded: String?
    let lead: Bool
    let events: [Event]
    let earlier: Int?
    let form: Form?
    /// The form's errors, for the summary at the top of the page.
    let errors: FormErrors?
    /// How the action has moved from the latest baseline, in words; whether this person may change it in the plan; the revision just published.
    let move: String?
    let mayChangePlan: Bool
    let revised: String?

    /// The page of `explanation` (the action's assessment and the analysis), with its `events` (in
    /// the order recorded), for `person`; `typed`, `errors` and `conflict` when the form comes back.
    init(_ explanation: ActionExplanation, events entries: [HistoryEntry], person: Person, recordingDay: CalendarDay, csrf: String, recorded: Int64? = nil,
         typed: Typed = Typed(), errors: FormErrors? = nil, conflict: String? = nil, draft: Bool = false, revised: Int64? = nil) {
        let assessment = explanation.assessment
        let programme = explanation.opened.programme
        let row = Shown.ActionRow(assessment)
        (id, title, rag, reason, owner, due, progress) = (row.id, row.title, row.rag, row.reason, row.owner, row.due, row.progress)
        status = assessment.status.rawValue
        forecast = assessment.forecast.explanation
        // Every policy or legal duty it serves, by title.
        let titles = Policy.titles(of: programme.policies)
        let served = assessment.policies.compactMap { titles[$0] }
        policy = served.isEmpty ? nil : served.joined(separator: "; ")
        latestNote = assessment.latestNote.map { Note(text: $0.text, by: $0.by ?? "someone", day: $0.day.longForm) }
        pillars = programme.pillars.filter { assessment.pillars.contains($0.id) }.map { PillarLink(id: $0.id, title: $0.title) }
        dependsOn = explanation.related(assessment.dependsOn).map { Related(id: $0.id, title: $0.assessment?.title ?? $0.id, rag: Shown.rag($0.assessment?.rag.status ?? .notRated)) }
        dependants = explanation.related(assessment.dependants).map { Related(id: $0.id, title: $0.assessment?.title ?? $0.id, rag: Shown.rag($0.assessment?.rag.status ?? .notRated)) }
        self.recorded = recorded.map(String.init)
        // The newest first, as many as a person reads on one page; the audit log has them all.
        earlier = entries.count > Self.shownEvents ? entries.count - Self.shownEvents : nil
        let action = explanation.action
        events = entries.suffix(Self.shownEvents).reversed().map { entry in
            let event = entry.event
            let amendable = !event.isVoid && entry.voidedBy == nil && person.may(.amendUpdate(event, action, recordingDay: recordingDay))
            return Event(id: event.id.map(String.init) ?? "", day: event.day, by: event.recordedBy, summary: event.changeSummary, note: event.note ?? "",
                         voided: entry.voidedMark, signOff: entry.signOff?.mark, voidable: amendable, csrf: csrf)
        }
        // The column is there for a lead, and for an owner with an update of their own still to put right.
        lead = person.may(.voidAndCorrect) || events.contains(where: \.voidable)
        if person.may(.recordUpdates(explanation.action)) {
            let statuses = [("", "unchanged")] + Action.Status.allCases.map { ($0.rawValue, $0.rawValue) }
            form = Form(id: assessment.id, csrf: csrf, base: entries.last?.event.id.map(String.init) ?? "",
                        statuses: statuses.map { Shown.Option(value: $0.0, label: $0.1, selected: $0.0 == typed.status) },
                        typed: Form.Typed(progress: typed.progress, due: typed.due, note: typed.note), errors: errors, conflict: conflict, draft: draft)
        } else {
            form = nil
        }
        self.errors = errors
        move = explanation.move
        mayChangePlan = person.may(.changePlan)
        self.revised = revised.map(String.init)
    }
}
