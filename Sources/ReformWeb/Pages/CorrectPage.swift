import ReformApp
import ReformModel
import ReformRecord

/// `GET /updates/{event}/correct`: a lead puts a recorded update right: the update is voided and
/// recorded again for its day with the fields changed, and the reason kept with both.
struct CorrectPage: Sendable {
    /// What the form holds when it comes back.
    struct Typed: Sendable {
        var status, progress, due, note, reason: String
    }

    let id, action, day, by, summary, csrf: String
    let statuses: [Shown.Option]
    let progress, due, note, reason: String
    let errors: FormErrors?

    /// The form for `event`: its own values, or what was typed when the form comes back.
    init(_ event: RecordedEvent, csrf: String, typed: Typed? = nil, errors: FormErrors? = nil) {
        let status = typed?.status ?? event.statusNew?.rawValue ?? ""
        let statuses = [("", "unchanged")] + Action.Status.allCases.map { ($0.rawValue, $0.rawValue) }
        id = event.id.map(String.init) ?? ""
        action = event.action
        day = event.day
        by = event.recordedBy
        summary = event.changeSummary
        self.csrf = csrf
        self.statuses = statuses.map { Shown.Option(value: $0.0, label: $0.1, selected: $0.0 == status) }
        progress = typed?.progress ?? event.progressNew.map(String.init) ?? ""
        due = typed?.due ?? event.dueNew ?? ""
        note = typed?.note ?? event.note ?? ""
        reason = typed?.reason ?? ""
        self.errors = errors
    }
}
