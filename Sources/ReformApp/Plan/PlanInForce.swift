import ReformCore
import ReformModel

/// The plan as it stood at a day: the loaded plan, and the record's revision it is (none while
/// the plan is a file).
public struct PlanInForce: Sendable {
    public let loaded: LoadedProgramme
    /// The revision, when the plan is in the record.
    public let revision: Int64?

    public init(loaded: LoadedProgramme, revision: Int64?) {
        self.loaded = loaded
        self.revision = revision
    }
}
