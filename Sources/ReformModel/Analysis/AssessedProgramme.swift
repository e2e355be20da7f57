/// The first half of a programme's analysis: every action's assessment, and the state and index
/// the rest is computed from.
///
/// The assessments are most of the analysis's JSON, and judging the deadlines after them takes
/// about as long again, so a host writing a report's request can write the assessments while
/// `ProgrammeAnalysis(completing:)` computes the rest.
public struct AssessedProgramme: Sendable {
    /// The programme with its recorded updates applied, as at the day assessed.
    public let state: ProgrammeState
    /// The programme's items by id.
    public let index: ProgrammeIndex
    /// Every action's assessment, in file order.
    public let actions: [ActionAssessment]

    /// Assesses every action of `programme` as at `asOf`, with `updates` recorded since its baseline.
    public init(_ programme: Programme, asOf: CalendarDay, updates: [ProgressUpdate] = []) {
        state = ProgrammeState(programme: programme, asOf: asOf, updates: updates)
        index = ProgrammeIndex(state.programme)
        actions = ActionAssessment.assessAll(state, index: index)
    }

    /// How many recorded updates were applied.
    public var updatesApplied: Int {
        state.updates.values.reduce(0) { $0 + $1.count }
    }
}
