import ReformModel

/// The `--json` shapes of a snapshot, the same as the CLI's commands print.
extension ProgrammeSnapshot {
    /// What `reform status --json` prints (for one pillar's actions, with `pillar`).
    public func status(pillar: String? = nil) -> ProgrammeStatus {
        ProgrammeStatus(programme: programme, asOf: analysis.asOf, baseline: analysis.baseline, updatesApplied: analysis.updatesApplied,
                        rollUpRule: analysis.rollUpRule, pillars: analysis.pillars.filter { pillar == nil || $0.id == pillar },
                        policies: pillar == nil ? analysis.policies : [],
                        actions: analysis.actions.filter { action in pillar.map { action.pillars.contains($0) } ?? true })
    }

    /// What `reform deadlines --json` prints.
    public var deadlineList: DeadlineList {
        DeadlineList(programme: programme, analysis: analysis, asOf: analysis.asOf, deadlines: analysis.deadlines)
    }
}
