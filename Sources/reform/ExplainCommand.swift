import ArgumentParser
import ReformCore
import ReformModel

/// `reform explain`: why an action has its RAG, what it waits for, what waits for it, and its forecast.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one action's RAG, dependencies and forecast."
    )

    @Argument(help: ArgumentHelp("The action's id.", valueName: "action"))
    var action: String

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var programme: ProgrammeOptions
    @OptionGroup var history: HistoryOptions

    func run() throws {
        let loaded = try programme.load()
        let result = try analysis.analyse(loaded, file: programme.file, history: history)
        guard let assessment = result.action(action) else {
            let ids = loaded.programme.actions.map(\.id)
            let hint = Suggestion.closest(to: action, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
            Terminal.writeError("error: no action '\(action)' in \(programme.file)\(hint)")
            throw ExitCode(ExitStatus.failure)
        }
        if analysis.json {
            try JSONOutput.print(assessment)
            return
        }
        let style = Style.standard
        let byID = Dictionary(result.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let item = loaded.programme.actions.first { $0.id == action }!
        Terminal.write(style.heading("\(assessment.id): \(assessment.title)"))
        Terminal.write(Header.asOf(result))
        Terminal.write("")
        let pillarTitles = Dictionary(loaded.programme.pillars.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        Terminal.write("Pillars:    " + assessment.pillars.map { "\($0) \(pillarTitles[$0] ?? "")" }.joined(separator: ", "))
        Terminal.write("Policy:     \(assessment.policy ?? "none")" + (assessment.milestone.map { " · milestone \($0)" } ?? ""))
        Terminal.write("Owner:      \(assessment.owner ?? "not assigned")" + (item.partners.isEmpty ? "" : " · partners: \(item.partners.joined(separator: ", "))"))
        Terminal.write("Status:     \(assessment.status.rawValue)" + (assessment.progress.map { ", \($0)% done" } ?? ", no progress reported"))
        Terminal.write("Start:      \(item.start?.shown ?? "not set")")
        Terminal.write("Due:        \(assessment.deadline?.described ?? "no due date")")
        Terminal.write("")
        Terminal.write("RAG:        \(style.rag(assessment.rag.status)) \(assessment.rag.reason)")
        Terminal.write("Rule:       \(RuleText.describe(assessment.rag.rule, thresholds: loaded.programme.settings.rag))")
        Terminal.write("Forecast:   \(assessment.forecast.projected?.longForm ?? "none") (basis: \(assessment.forecast.basis.rawValue)): \(assessment.forecast.explanation)")
        Terminal.write("")
        Terminal.write("Waits for:  " + related(assessment.dependsOn, byID: byID, style: style))
        Terminal.write("Waited on by: " + related(assessment.dependants, byID: byID, style: style))
        Terminal.write("Updates:    \(assessment.updateCount == 0 ? "none recorded" : "\(assessment.updateCount) recorded")")
    }

    private func related(_ ids: [String], byID: [String: ActionAssessment], style: Style) -> String {
        guard !ids.isEmpty else { return "nothing" }
        return ids.map { id in byID[id].map { "\(id) (\($0.rag.status.label.lowercased()))" } ?? id }.joined(separator: ", ")
    }
}

/// The RAG rule's clauses in words, for `explain`.
enum RuleText {
    /// The clause of the RAG rule that decided a rating.
    static func describe(_ rule: RAGAssessment.Rule, thresholds: RAGThresholds) -> String {
        switch rule {
        case .override: return "a RAG set by hand in the file wins while the action is open"
        case .complete: return "a complete action is complete"
        case .cancelled: return "a cancelled action is not rated"
        case .blocked: return "a blocked action is red"
        case .overdue: return "past its due date and not complete is red"
        case .notStartedLate: return "not started though its start date has passed is amber"
        case .notYetDueToStart: return "not started and not yet due to start is green"
        case .performance:
            return "performance = progress ÷ share of time elapsed between start and due; at or above \(thresholds.greenAt)% green, at or below \(thresholds.redAt)% red, between amber"
        case .missingData: return "an action without the dates or progress the rule needs is not rated"
        }
    }
}
