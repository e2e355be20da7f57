import ReformModel

/// A one-line account of what a programme holds, for `validate` and a page's footer.
public enum ProgrammeSummary {
    /// "Stable Homes, Built on Love (Manchester City Council): 6 pillars, 4 policies, ...".
    public static func line(for programme: Programme) -> String {
        let counts: [(Int, String, String)] = [
            (programme.pillars.count, "pillar", "pillars"),
            (programme.policies.count, "policy", "policies"),
            (programme.milestones.count, "milestone", "milestones"),
            (programme.actions.count, "action", "actions"),
            (programme.funding.count, "funding line", "funding lines"),
            (programme.burdens.count, "burden", "burdens"),
            (programme.indicators.count, "indicator entry", "indicator entries"),
            (programme.metrics.count, "metric", "metrics"),
            (programme.risks.count, "risk", "risks"),
            (programme.committees.count, "committee", "committees"),
            (programme.sources.count, "source", "sources"),
        ]
        let parts = counts.filter { $0.0 > 0 }.map { Plural.count($0.0, $0.1, $0.2) }
        return "\(programme.info.title) (\(programme.info.organisation)): " + parts.joined(separator: ", ")
    }
}
