import ArgumentParser
import ReformApp
import ReformModel

/// `reform explain`: why an action has its RAG, what it waits for, what waits for it, and its forecast.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one action's RAG, dependencies and forecast."
    )

    @Argument(help: ArgumentHelp("The action's id.", valueName: "action"))
    var action: String

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        let explanation = try await ExplainAction(action: action, asOf: analysis.day).run(programme: programme.source, record: programme.recordOfFile)
        let assessment = explanation.assessment
        if analysis.json { return try JSONOutput.print(assessment) }
        let style = Style.standard
        let item = explanation.action
        let plan = explanation.opened.programme
        Terminal.write(style.heading("\(assessment.id): \(assessment.title)"))
        Terminal.write(Header.asOf(explanation.opened.analysis))
        Terminal.write("")
        let pillarTitles = Dictionary(plan.pillars.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        Terminal.write("Pillars:    " + assessment.pillars.map { "\($0) \(pillarTitles[$0] ?? "")" }.joined(separator: ", "))
        Terminal.write("Policy:     \(assessment.policy ?? "none")" + (assessment.milestone.map { " · milestone \($0)" } ?? ""))
        Terminal.write("Owner:      \(assessment.owner ?? "not assigned")" + (item.partners.isEmpty ? "" : " · partners: \(item.partners.joined(separator: ", "))"))
        Terminal.write("Status:     \(assessment.status.rawValue)" + (assessment.progress.map { ", \($0)% done" } ?? ", no progress reported"))
        Terminal.write("Start:      \(item.start?.shown ?? "not set")")
        Terminal.write("Due:        \(assessment.deadline?.described ?? "no due date")")
        if let move = explanation.move { Terminal.write("Baseline:   " + Terminal.plain(move)) }
        Terminal.write("")
        Terminal.write("RAG:        \(style.rag(assessment.rag.status)) \(assessment.rag.reason)")
        Terminal.write("Rule:       \(RuleText.describe(assessment.rag.rule, thresholds: plan.settings.rag))")
        Terminal.write("Forecast:   \(assessment.forecast.projected?.longForm ?? "none") (basis: \(assessment.forecast.basis.rawValue)): \(assessment.forecast.explanation)")
        Terminal.write("")
        Terminal.write("Waits for:  " + related(explanation.related(assessment.dependsOn)))
        Terminal.write("Waited on by: " + related(explanation.related(assessment.dependants)))
        Terminal.write("Updates:    \(assessment.updateCount == 0 ? "none recorded" : "\(assessment.updateCount) recorded")")
        if let note = assessment.latestNote {
            Terminal.write("Latest note: \"\(Terminal.plain(note.text))\" (\(note.by.map { "\($0), " } ?? "")\(note.day.longForm))")
        }
    }

    private func related(_ actions: [(id: String, assessment: ActionAssessment?)]) -> String {
        guard !actions.isEmpty else { return "nothing" }
        return actions.map { item in item.assessment.map { "\(item.id) (\($0.rag.status.label.lowercased()))" } ?? item.id }.joined(separator: ", ")
    }
}
