@testable import ReformModel

/// Builders for the smallest programmes that show each analysis rule.
enum Build {
    static func day(_ iso: String) -> CalendarDay {
        CalendarDay(iso: Substring(iso))!
    }

    static func date(_ text: String) -> PlanDate {
        try! PlanDate.parse(text).get()
    }

    static func programme(actions: [Action] = [], policies: [Policy] = [], milestones: [Milestone] = [], funding: [Funding] = [],
                          burdens: [Burden] = [], settings: Settings = Settings()) -> Programme {
        Programme(info: ProgrammeInfo(id: "t", title: "T", organisation: "C"), settings: settings,
                  pillars: [Pillar(id: "P1", title: "One"), Pillar(id: "P2", title: "Two")],
                  policies: policies, milestones: milestones, actions: actions, funding: funding, burdens: burdens)
    }

    static func action(_ id: String = "A1", start: String? = nil, due: String? = nil, status: Action.Status = .inProgress,
                       progress: Int? = nil, dependsOn: [String] = [], milestone: String? = nil, policy: String? = nil) -> Action {
        Action(id: id, title: id, pillars: ["P1"], policy: policy, milestone: milestone, start: start.map(date), due: due.map(date),
               status: status, progress: progress, dependsOn: dependsOn)
    }

    static func pounds(_ value: Int64) -> Amount {
        .known(Money(pounds: value))
    }

    static func year(_ label: String) -> FinancialYear {
        FinancialYear(Substring(label))!
    }
}
