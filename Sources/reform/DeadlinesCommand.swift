import ArgumentParser
import ReformCore
import ReformModel

/// `reform deadlines`: every deadline, whether it will be met, what feeds it and its critical path.
struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Show every milestone and policy deadline: days left, state, feeding actions, critical path and forecast.",
        discussion: "With --within, shows deadlines due in the next DAYS days and any already missed."
    )

    @Option(help: ArgumentHelp("Only deadlines due within this many days (and any missed).", valueName: "days"))
    var within: Int?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var programme: ProgrammeOptions
    @OptionGroup var history: HistoryOptions

    func validate() throws {
        if let within, within < 0 { throw ValidationError("--within must be 0 or more days") }
    }

    func run() throws {
        let loaded = try programme.load()
        let result = try analysis.analyse(loaded, file: programme.file, history: history)
        let deadlines = result.deadlines.filter { deadline in
            guard let within else { return true }
            return (0...within).contains(deadline.daysRemaining) || deadline.state == .missed
        }
        if analysis.json {
            try JSONOutput.print(DeadlinesJSON(asOf: result.asOf, deadlines: deadlines))
            return
        }
        let style = Style.standard
        Terminal.write(style.heading("Deadlines: \(loaded.programme.info.title)"))
        Terminal.write(Header.asOf(result))
        for deadline in deadlines {
            Terminal.write("")
            let flags = [deadline.statutory ? "statutory" : nil, deadline.national ? "national" : nil].compactMap { $0 }
            let days = deadline.daysRemaining >= 0 ? "\(deadline.daysRemaining) days left" : "\(-deadline.daysRemaining) days ago"
            Terminal.write("\(style.heading(deadline.state.label.padding(toLength: 10, withPad: " ", startingAt: 0))) "
                + "\(deadline.date.shown) (\(days))  \(deadline.kind.rawValue) \(deadline.id)"
                + (flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]"))
            Terminal.write("           \(deadline.title)")
            Terminal.write("           \(deadline.reason)")
            if !deadline.openActions.isEmpty {
                Terminal.write("           open actions: \(deadline.openActions.joined(separator: ", "))")
                Terminal.write("           forecast: \(deadline.forecast)")
            }
            if !deadline.criticalPath.isEmpty {
                let slack = deadline.slackDays.map { $0 >= 0 ? "slack \($0) days" : "\(-$0) days late" } ?? "slack unknown"
                Terminal.write("           critical path: \(deadline.criticalPath.joined(separator: " → ")) (\(slack))")
            }
        }
        if deadlines.isEmpty { Terminal.write("\nNo deadlines match.") }
    }
}

/// What `reform deadlines --json` prints.
struct DeadlinesJSON: Encodable {
    let asOf: CalendarDay
    let deadlines: [DeadlineAssessment]

    private enum CodingKeys: String, CodingKey {
        case asOf = "as_of", deadlines
    }
}

extension DeadlineAssessment.State {
    /// The state in capitals for terminal output.
    var label: String {
        switch self {
        case .met: return "MET"
        case .onTrack: return "ON TRACK"
        case .atRisk: return "AT RISK"
        case .missed: return "MISSED"
        case .noActions: return "NO ACTIONS"
        }
    }
}
