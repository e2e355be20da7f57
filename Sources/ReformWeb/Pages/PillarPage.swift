import ReformApp
import ReformModel

/// `GET /pillars/{id}`: a pillar's actions, each with its RAG and why.
struct PillarPage: Sendable {
    let number: String
    let title: String
    let aim: String?
    let overall: Shown.Status
    let asOf: String
    let actions: [Shown.ActionRow]

    /// The page of `pillar` in `status` (the pillar's actions and roll-up).
    init(_ pillar: Pillar, status: ProgrammeStatus) {
        number = pillar.number.map { "Pillar \($0): " } ?? ""
        title = pillar.title
        aim = pillar.aim
        overall = Shown.rag(status.pillars.first { $0.id == pillar.id }?.overall ?? .notRated)
        asOf = status.asOf.longForm
        actions = status.actions.map(Shown.ActionRow.init)
    }
}
