import ReformApp
import ReformModel

/// `GET /actions/{id}/edit` and `GET /actions/new`: a lead changes an action (reschedules,
/// reassigns, re-parents, retires it) or adds one, with the reason the plan's log will show.
struct ActionEditPage: Sendable {
    /// The field ids of the form, by the use case's arguments.
    static let fields: [InputField: String] = [
        .id: "id", .title: "title", .owner: "owner", .partners: "partners", .due: "due", .start: "start", .dependsOn: "depends_on",
        .pillar: "pillar", .policy: "policy", .milestone: "milestone", .status: "status", .reason: "reason", .action: "title", .base: "reason",
    ]

    let isNew: Bool
    let id, csrf, base: String
    let title, owner, partners, due, start, dependsOn, pillar, policy, milestone, reason: String
    let statuses: [Shown.Option]
    let pillarIds: String
    let policies, milestones: [Shown.Option]
    let hasHistory: Bool
    let errors: FormErrors?
    /// When another change to the action came first: what it was, line by line.
    let conflict: [String]?

    /// The form for `action` (nil for a new one) drawn from revision `base`, holding `typed` when it comes back.
    init(action: Action?, typed: ActionFields? = nil, typedID: String = "", typedReason: String = "", programme: Programme, base: Int64?, csrf: String,
         hasHistory: Bool, errors: FormErrors? = nil, conflict: [String]? = nil) {
        isNew = action == nil
        let shown = typed ?? action.map(ActionFields.init) ?? ActionFields(status: Action.Status.notStarted.rawValue)
        id = action?.id ?? typedID
        self.csrf = csrf
        self.base = base.map(String.init) ?? ""
        title = shown.title ?? ""
        owner = shown.owner ?? ""
        partners = shown.partners ?? ""
        due = shown.due ?? ""
        start = shown.start ?? ""
        dependsOn = shown.dependsOn ?? ""
        pillar = shown.pillar ?? ""
        policy = shown.policy ?? ""
        milestone = shown.milestone ?? ""
        reason = typedReason
        statuses = Action.Status.allCases.map { Shown.Option(value: $0.rawValue, label: $0 == .cancelled ? "cancelled (retired)" : $0.rawValue,
                                                             selected: $0.rawValue == shown.status) }
        pillarIds = programme.pillars.map(\.id).joined(separator: ", ")
        let policy = self.policy, milestone = self.milestone
        policies = [Shown.Option(value: "", label: "None", selected: policy.isEmpty)]
            + programme.policies.map { Shown.Option(value: $0.id, label: "\($0.id): \($0.title)", selected: $0.id == policy) }
        milestones = [Shown.Option(value: "", label: "None", selected: milestone.isEmpty)]
            + programme.milestones.map { Shown.Option(value: $0.id, label: "\($0.id): \($0.title)\($0.due.map { " (\($0.shown))" } ?? "")", selected: $0.id == milestone) }
        self.hasHistory = hasHistory
        self.errors = errors
        self.conflict = conflict
    }
}
