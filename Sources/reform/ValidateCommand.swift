import ArgumentParser
import ReformCore
import ReformModel

/// `reform validate`: checks a programme file and says what it holds.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a programme file and report every problem in it.",
        discussion: "Prints each problem as file:line:column: error: message. Exit status 0 valid, 1 invalid, 2 wrong usage."
    )

    @OptionGroup var programme: ProgrammeOptions

    func run() throws {
        let loaded = try programme.load(showWarnings: true)
        Terminal.write("\(programme.file): valid: \(ProgrammeSummary.line(for: loaded.programme))"
            + (loaded.warnings.isEmpty ? "" : "; \(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s")"))
    }
}

/// A one-line account of what a programme holds, for `validate`.
enum ProgrammeSummary {
    /// "Stable Homes, Built on Love (Manchester City Council): 6 pillars, 4 policies, ...".
    static func line(for programme: Programme) -> String {
        let counts: [(Int, String, String)] = [
            (programme.pillars.count, "pillar", "pillars"),
            (programme.policies.count, "policy", "policies"),
            (programme.milestones.count, "milestone", "milestones"),
            (programme.actions.count, "action", "actions"),
            (programme.funding.count, "funding line", "funding lines"),
            (programme.burdens.count, "burden", "burdens"),
            (programme.indicators.count, "indicator entry", "indicator entries"),
            (programme.metrics.count, "metric", "metrics"),
            (programme.risks.count, "risk", "risks"),
            (programme.committees.count, "committee", "committees"),
            (programme.sources.count, "source", "sources"),
        ]
        let parts = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        return "\(programme.info.title) (\(programme.info.organisation)): " + parts.joined(separator: ", ")
    }
}
