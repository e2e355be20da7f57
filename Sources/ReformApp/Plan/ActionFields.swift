import ReformCore
import ReformModel

/// An action's fields as a lead types them in a form: each `nil` when not given (left as it is),
/// empty to take the key out. Lists (`partners`, `depends_on`, several pillars) are separated by
/// commas or lines.
public struct ActionFields: Sendable, Equatable {
    public var title: String?
    public var owner: String?
    public var partners: String?
    public var due: String?
    public var start: String?
    public var dependsOn: String?
    /// One pillar, or several separated by commas.
    public var pillar: String?
    public var policy: String?
    public var milestone: String?
    /// `not-started`, `in-progress`, `complete`, `blocked`, or `cancelled` to retire it.
    public var status: String?

    public init(title: String? = nil, owner: String? = nil, partners: String? = nil, due: String? = nil, start: String? = nil,
                dependsOn: String? = nil, pillar: String? = nil, policy: String? = nil, milestone: String? = nil, status: String? = nil) {
        self.title = title
        self.owner = owner
        self.partners = partners
        self.due = due
        self.start = start
        self.dependsOn = dependsOn
        self.pillar = pillar
        self.policy = policy
        self.milestone = milestone
        self.status = status
    }

    /// The fields as they stand for `action`: what an edit form is drawn with.
    public init(_ action: Action) {
        self.init(title: action.title, owner: action.owner ?? "", partners: action.partners.joined(separator: ", "), due: action.due?.wording ?? "",
                  start: action.start?.wording ?? "", dependsOn: action.dependsOn.joined(separator: ", "), pillar: action.pillars.joined(separator: ", "),
                  policy: action.policy ?? "", milestone: action.milestone ?? "", status: action.status.rawValue)
    }

    /// Which field each key of an action is typed in: where a loader's message about the key is shown.
    static let fieldOfKey: [String: InputField] = [
        "id": .id, "title": .title, "owner": .owner, "partners": .partners, "due": .due, "start": .start, "depends_on": .dependsOn,
        "pillar": .pillar, "pillars": .pillar, "policy": .policy, "milestone": .milestone, "status": .status,
    ]

    /// The changes that make `action` (nil for a new one) what the fields say, checked against `programme`.
    ///
    /// - Throws: `AppError` about the first field that is not acceptable, naming what would be.
    func changes(from action: Action?, in programme: Programme) throws(AppError) -> [PlanTextEdit.Change] {
        var changes: [PlanTextEdit.Change] = []
        let index = ProgrammeIndex(programme)
        if let title {
            let text = title.trimmingSpaces()
            guard !text.isEmpty else { throw AppError.invalid("give the action a title", .title) }
            try Self.check(text, .title)
            if text != action?.title { changes.append(.set(key: "title", .text(text))) }
        } else if action == nil {
            throw AppError.invalid("give the action a title", .title)
        }
        if let pillar {
            let ids = Self.list(pillar)
            guard !ids.isEmpty else { throw AppError.invalid("name the pillar the action serves (one of \(programme.pillars.map(\.id).joined(separator: ", ")))", .pillar) }
            for id in ids where !programme.pillars.contains(where: { $0.id == id }) {
                throw AppError.noSuch("pillar", id, in: "the plan", among: programme.pillars.map(\.id), field: .pillar)
            }
            if ids != action?.pillars {
                if ids.count == 1 {
                    changes += [.set(key: "pillar", .text(ids[0])), .remove(key: "pillars")]
                } else {
                    changes += [.set(key: "pillars", .list(ids)), .remove(key: "pillar")]
                }
            }
        } else if action == nil {
            throw AppError.invalid("name the pillar the action serves (one of \(programme.pillars.map(\.id).joined(separator: ", ")))", .pillar)
        }
        if let action, action.policies.count > 1, let policy, policy.trimmingSpaces() != (action.policy ?? "") {
            throw AppError.invalid("\(action.id) serves several policies (\(action.policies.joined(separator: ", "))): change them in the plan file's "
                                   + "'policies' and publish it (reform plan publish)", .policy)
        }
        try scalar("policy", policy, now: action?.policy, field: .policy, into: &changes) { id throws(AppError) in
            guard index.policy(id) != nil else { throw AppError.noSuch("policy", id, in: "the plan", among: programme.policies.map(\.id), field: .policy) }
        }
        try scalar("milestone", milestone, now: action?.milestone, field: .milestone, into: &changes) { id throws(AppError) in
            guard index.milestone(id) != nil else { throw AppError.noSuch("milestone", id, in: "the plan", among: programme.milestones.map(\.id), field: .milestone) }
        }
        try scalar("owner", owner, now: action?.owner, field: .owner, into: &changes) { _ throws(AppError) in }
        try scalar("start", start, now: action?.start?.wording, field: .start, into: &changes) { text throws(AppError) in try Self.date(text, .start) }
        try scalar("due", due, now: action?.due?.wording, field: .due, into: &changes) { text throws(AppError) in try Self.date(text, .due) }
        try checkOrder(action)
        try scalar("status", status, now: action?.status.rawValue, field: .status, into: &changes) { word throws(AppError) in
            guard Action.Status(rawValue: word) != nil else {
                throw AppError.invalid("'\(word)' is not a status: use one of \(Action.Status.allCases.map(\.rawValue).joined(separator: ", "))", .status)
            }
        }
        if let partners {
            let names = Self.list(partners)
            for name in names { try Self.check(name, .partners) }
            if names != action?.partners ?? [] { changes.append(names.isEmpty ? .remove(key: "partners") : .set(key: "partners", .list(names))) }
        }
        if let dependsOn {
            let ids = Self.list(dependsOn)
            for id in ids where index.action(id) == nil {
                throw AppError.noSuch("action", id, in: "the plan", among: programme.actions.map(\.id), field: .dependsOn)
            }
            if ids != action?.dependsOn ?? [] { changes.append(ids.isEmpty ? .remove(key: "depends_on") : .set(key: "depends_on", .list(ids))) }
        }
        return changes
    }

    /// A single value: set when given and different, taken out when emptied.
    private func scalar(_ key: String, _ given: String?, now: String?, field: InputField, into changes: inout [PlanTextEdit.Change],
                        check: (String) throws(AppError) -> Void) throws(AppError) {
        guard let given else { return }
        let text = given.trimmingSpaces()
        if text.isEmpty {
            if now != nil { changes.append(.remove(key: key)) }
            return
        }
        try Self.check(text, field)
        try check(text)
        if text != now { changes.append(.set(key: key, .text(text))) }
    }

    /// Refuses a due date before the start, with the fields as they will be.
    private func checkOrder(_ action: Action?) throws(AppError) {
        let startText = start.map { $0.trimmingSpaces() } ?? action?.start?.wording ?? ""
        let dueText = due.map { $0.trimmingSpaces() } ?? action?.due?.wording ?? ""
        guard !startText.isEmpty, !dueText.isEmpty, case .success(let begins) = PlanDate.parse(startText), case .success(let ends) = PlanDate.parse(dueText),
              ends.day < begins.firstDay else { return }
        throw AppError.invalid("'\(dueText)' is before the action starts (\(startText)); an action cannot be due before it starts", .due)
    }

    private static func date(_ text: String, _ field: InputField) throws(AppError) {
        if case .failure(let error) = PlanDate.parse(text) { throw AppError.invalid(error.message, field) }
    }

    private static func check(_ text: String, _ field: InputField) throws(AppError) {
        do { try FreeTextLimit.check(text, field: field.rawValue) } catch { throw AppError.invalid(error) }
    }

    /// The items of a list typed with commas or lines between them.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "\r" }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
