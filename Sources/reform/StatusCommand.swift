import ArgumentParser
import ReformApp
import ReformModel

/// `reform status`: RAG for every action, with reasons, rolled up by pillar.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show RAG for every action with its reason, rolled up by pillar.",
        discussion: "The RAG rule is documented in docs/analysis.md and adjustable under settings.rag in the programme file."
    )

    @Option(help: ArgumentHelp("Only this pillar's actions.", valueName: "id"))
    var pillar: String?

    @Option(help: ArgumentHelp("Only this policy's actions.", valueName: "id"))
    var policy: String?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        let status = try await ShowStatus(pillar: pillar, policy: policy, asOf: analysis.day).run(programme: programme.source, record: programme.recordOfFile)
        if analysis.json { return try JSONOutput.print(status) }
        let style = Style.standard
        Terminal.write(style.heading("\(status.programme.info.title): \(status.programme.info.organisation)"))
        Terminal.write(Header.asOf(status.asOf, baseline: status.baseline, updatesApplied: status.updatesApplied))
        Terminal.write("")
        var table = TextTable(["PILLAR", "RED", "AMBER", "GREEN", "DONE", "NOT RATED", "OVERALL"],
                              alignments: [.left, .right, .right, .right, .right, .right, .left])
        for rollUp in status.pillars {
            let counts = RAGStatus.allCases.map { String(rollUp.counts[$0] ?? 0) }
            table.add(["\(rollUp.id) \(rollUp.title)"] + counts + [style.rag(rollUp.overall)])
        }
        Terminal.write(table.render())
        Terminal.write("(\(status.rollUpRule))")
        Terminal.write("")
        for action in status.actions.sorted(by: { ($0.rag.status.severity, $1.id) > ($1.rag.status.severity, $0.id) }) {
            Terminal.write("\(style.rag(action.rag.status)) \(action.id)  \(action.title)")
            var facts = ["owner: \(action.owner ?? "not assigned")"]
            facts.append(action.deadline.map { "due \($0.described)" } ?? "no due date")
            facts.append("status: \(action.status.rawValue)" + (action.progress.map { ", \($0)%" } ?? ""))
            Terminal.write("          " + facts.joined(separator: " · "))
            Terminal.write("          " + action.rag.reason)
            if let note = action.latestNote { Terminal.write("          note (\(note.day.longForm)): \(Terminal.plain(note.text))") }
            if let schedule = status.schedule, let move = schedule.move(of: action.id) {
                Terminal.write("          " + Terminal.plain(move.described(baseline: schedule.name)))
            }
        }
        if status.actions.isEmpty { Terminal.write("No actions match.") }
    }
}
