/// A milestone's due date or a policy's deadline, with the positions of the actions linked to it.
struct Deadline {
    let kind: DeadlineAssessment.Kind
    let id: String, title: String
    let date: PlanDate
    let statutory: Bool, national: Bool
    /// The actions linked to it by milestone or policy (not yet those they depend on).
    let direct: [Int]
}
