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
    @OptionGroup var history: HistoryOptions

    func run() throws {
        let loaded = try programme.load(showWarnings: true)
        try reportOrphans(loaded.programme)
        Terminal.write("\(programme.file): valid: \(ProgrammeSummary.line(for: loaded.programme))"
            + (loaded.warnings.isEmpty ? "" : "; \(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s")"))
    }
}

extension ValidateCommand {
    /// Warns about recorded updates for actions the plan no longer has: they are kept, never deleted.
    private func reportOrphans(_ programme: Programme) throws {
        let counts = try history.read(forProgramme: self.programme.file, ifNone: [:]) { try $0.eventCounts() }
        guard !counts.isEmpty else { return }
        let known = Set(programme.actions.map(\.id))
        let orphaned = counts.filter { !known.contains($0.key) }
        guard !orphaned.isEmpty else { return }
        let list = orphaned.keys.sorted().map { "\($0) (\(orphaned[$0]!))" }.joined(separator: ", ")
        Terminal.writeError("\(history.path(forProgramme: self.programme.file)): warning: recorded updates for actions no longer in the programme are kept: \(list)")
        if self.programme.strict {
            Terminal.writeError("\(self.programme.file): failing because of --strict")
            throw ExitCode(ExitStatus.failure)
        }
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
