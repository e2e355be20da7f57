/// The plan's side of a report, when the plan is kept in the record: the revision the report was
/// made from, how the dates stand against the baseline, and the revisions published in the
/// report's period with what each changed. A committee reads these beside recorded progress.
public struct PlanHistory: Hashable, Sendable, Codable {
    /// The revision the report was made from.
    public var revision: Int64
    /// Each action moved from the latest baseline marked by the report's day; absent when none is marked.
    public var baseline: BaselineSchedule?
    /// The revisions published after the report's `since` and by its `as_of`, oldest first, each with what it changed.
    public var revisions: [BaselineSchedule.Revision]

    public init(revision: Int64, baseline: BaselineSchedule?, revisions: [BaselineSchedule.Revision]) {
        self.revision = revision
        self.baseline = baseline
        self.revisions = revisions
    }

    private enum CodingKeys: String, CodingKey { case revision, baseline, revisions }
}
