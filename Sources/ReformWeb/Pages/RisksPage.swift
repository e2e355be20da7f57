import ReformModel

/// `GET /risks`: the programme's risks, highest score first.
struct RisksPage: Sendable {
    struct Row: Sendable {
        let title, likelihood, impact, score, owner, mitigation: String
    }

    let risks: [Row]

    /// The risks, in the order `ListRisks` gives them.
    init(_ risks: [Risk]) {
        self.risks = risks.map { risk in
            Row(title: risk.title, likelihood: risk.likelihood.map(String.init) ?? "not assessed", impact: risk.impact.map(String.init) ?? "not assessed",
                score: risk.score.map(String.init) ?? "not assessed", owner: risk.owner ?? "not assigned", mitigation: risk.mitigation ?? "none recorded")
        }
    }
}
