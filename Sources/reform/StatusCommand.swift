import ArgumentParser
import ReformCore
import ReformModel

/// `reform status`: RAG for every action, with reasons, rolled up by pillar.
struct StatusCommand: ParsableCommand {
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
    @OptionGroup var history: HistoryOptions

    func run() throws {
        let loaded = try programme.load()
        try check(pillar, among: loaded.programme.pillars.map(\.id), kind: "pillar")
        try check(policy, among: loaded.programme.policies.map(\.id), kind: "policy")
        let result = try analysis.analyse(loaded, file: programme.file, history: history)
        let actions = result.actions.filter { action in
            (pillar.map { action.pillars.contains($0) } ?? true) && (policy.map { action.policy == $0 } ?? true)
        }
        let pillars = result.pillars.filter { rollUp in pillar.map { rollUp.id == $0 } ?? true }
        if analysis.json {
            try JSONOutput.print(StatusJSON(asOf: result.asOf, baseline: result.baseline, updatesApplied: result.updatesApplied,
                                            rollUpRule: result.rollUpRule, pillars: pillars,
                                            policies: result.policies.filter { rollUp in policy.map { rollUp.id == $0 } ?? true },
                                            actions: actions))
            return
        }
        let style = Style.standard
        Terminal.write(style.heading("\(loaded.programme.info.title): \(loaded.programme.info.organisation)"))
        Terminal.write(Header.asOf(result))
        Terminal.write("")
        var table = TextTable(["PILLAR", "RED", "AMBER", "GREEN", "DONE", "NOT RATED", "OVERALL"],
                              alignments: [.left, .right, .right, .right, .right, .right, .left])
        for rollUp in pillars {
            let counts = [RAGStatus.red, .amber, .green, .complete, .notRated].map { String(rollUp.counts[$0] ?? 0) }
            table.add(["\(rollUp.id) \(rollUp.title)"] + counts + [style.rag(rollUp.overall)])
        }
        Terminal.write(table.render())
        Terminal.write("(\(result.rollUpRule))")
        Terminal.write("")
        for action in actions.sorted(by: { ($0.rag.status.severity, $1.id) > ($1.rag.status.severity, $0.id) }) {
            Terminal.write("\(style.rag(action.rag.status)) \(action.id)  \(action.title)")
            var facts = ["owner: \(action.owner ?? "not assigned")"]
            facts.append(action.deadline.map { "due \($0.described)" } ?? "no due date")
            facts.append("status: \(action.status.rawValue)" + (action.progress.map { ", \($0)%" } ?? ""))
            Terminal.write("          " + facts.joined(separator: " · "))
            Terminal.write("          " + action.rag.reason)
        }
        if actions.isEmpty { Terminal.write("No actions match.") }
    }

    private func check(_ id: String?, among ids: [String], kind: String) throws {
        guard let id, !ids.contains(id) else { return }
        let hint = Suggestion.closest(to: id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
        throw ValidationError("unknown \(kind) '\(id)'\(hint); \(kind == "policy" ? "policies" : kind + "s") are \(ids.joined(separator: ", "))")
    }
}

/// What `reform status --json` prints.
struct StatusJSON: Encodable {
    let asOf: CalendarDay
    let baseline: PlanDate?
    let updatesApplied: Int
    let rollUpRule: String
    let pillars: [RAGRollUp]
    let policies: [RAGRollUp]
    let actions: [ActionAssessment]

    private enum CodingKeys: String, CodingKey {
        case asOf = "as_of", baseline, updatesApplied = "updates_applied", rollUpRule = "roll_up_rule", pillars, policies, actions
    }
}

/// The line under every report's title that says what day it is true at and on what data.
enum Header {
    /// "As at 22 November 2026: the file's baseline (January 2024) and 3 recorded updates."
    static func asOf(_ analysis: ProgrammeAnalysis) -> String {
        let baseline = analysis.baseline.map { " (\($0.shown))" } ?? ""
        let updates = analysis.updatesApplied == 1 ? "1 recorded update" : "\(analysis.updatesApplied) recorded updates"
        return "As at \(analysis.asOf.longForm): the file's baseline\(baseline) and \(updates)."
    }
}
