import ArgumentParser
import ReformApp
import ReformModel

/// `reform deadlines`: every deadline, whether it will be met, what feeds it and its critical path.
struct DeadlinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Show every milestone and policy deadline: days left, state, feeding actions, critical path and forecast.",
        discussion: "With --within, shows deadlines due in the next DAYS days and any already missed."
    )

    @Option(parsing: .unconditional, help: ArgumentHelp("Only deadlines due within this many days (and any missed).", valueName: "days"))
    var within: Int?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var programme: ProgrammeOptions

    func validate() throws {
        if let within, within < 0 { throw ValidationError("--within takes a number of days from 0 up, such as --within 30, not \(within)") }
    }

    func run() async throws {
        let list = try await ListDeadlines(within: within, asOf: analysis.day).run(programme: programme.source, record: programme.recordOfFile)
        if analysis.json { return try JSONOutput.print(list) }
        let style = Style.standard
        Terminal.write(style.heading("Deadlines: \(list.programme.info.title)"))
        Terminal.write(Header.asOf(list.analysis))
        for deadline in list.deadlines {
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
        if list.deadlines.isEmpty { Terminal.write("\nNo deadlines match.") }
        // The legislation's duties by state: one waiting for regulations has no day, so it is listed here and never as a deadline.
        for state in DutyStatus.State.allCases {
            let duties = list.duties.filter { $0.state == state }
            guard !duties.isEmpty else { continue }
            Terminal.write("\n" + style.heading("Duties: \(state.heading.lowercased())"))
            for duty in duties {
                Terminal.write("  \(duty.id)  \(duty.title) (\(duty.policyTitle)\(duty.section.map { " \($0)" } ?? "")): \(duty.commencement)"
                               + (duty.day.map { state == .inForce ? ", in force since \($0.longForm)" : ", from \($0.longForm)" } ?? "")
                               + "; actions: \(duty.actions.isEmpty ? "none" : duty.actions.joined(separator: ", "))")
            }
        }
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
