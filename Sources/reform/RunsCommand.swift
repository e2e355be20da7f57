import ArgumentParser
import ReformApp
import ReformRecord

/// `reform runs`: the report runs recorded, and marking one as issued to the committee or discarding it.
struct RunsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the report runs recorded, newest first, each a draft, issued or discarded.",
        discussion: """
        A report written with --out is a draft unless run with --final. Only an issued run is "the last report" \
        that --since last, the dashboard and the next committee update count their changes from.
        """,
        subcommands: [List.self, Issue.self, Discard.self],
        defaultSubcommand: List.self
    )

    /// `reform runs` (`reform runs list`).
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the report runs recorded, newest first, each a draft, issued or discarded.")

        @Flag(help: "Write JSON instead of text.")
        var json = false

        @OptionGroup var programme: ProgrammeOptions

        func run() async throws {
            let runs = try await ListReportRuns().run(record: programme.recordOfFile)
            if json {
                try JSONOutput.print(runs)
                return
            }
            var table = TextTable(["RUN", "STATE", "REPORT", "FORMAT", "AS AT", "SINCE", "MADE", "WRITTEN TO"])
            for run in runs {
                table.add([String(run.id ?? 0), run.state.rawValue, "\(run.plugin) \(run.pluginVersion)", run.format, run.asOf, run.since ?? "",
                           run.generatedAt, run.outputPath ?? ""])
            }
            Terminal.write(runs.isEmpty ? "No report run is recorded." : table.render())
        }
    }

    /// `reform runs issue N`.
    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a draft run as the one issued to the committee.")

        @Argument(help: ArgumentHelp("The run's number, as 'reform runs' lists it.", valueName: "run"))
        var run: Int64

        @Option(help: ArgumentHelp("Who issues it (default: your login name).", valueName: "name"))
        var by: String?

        @OptionGroup var programme: ProgrammeOptions

        func run() async throws {
            let decided = try await DecideReportRun(run: run, outcome: .issued)
                .run(record: programme.recordOfFile, moment: .current, person: .commandLine(name: by ?? LoginName.current))
            Terminal.write("report run \(run) (\(decided.plugin), as at \(decided.asOf)) is the one issued to the committee")
        }
    }

    /// `reform runs discard N`.
    struct Discard: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Discard a run: it stays in the record, marked so, and is never counted from.")

        @Argument(help: ArgumentHelp("The run's number, as 'reform runs' lists it.", valueName: "run"))
        var run: Int64

        @Option(help: ArgumentHelp("Why (needed for a run already issued).", valueName: "text"))
        var reason: String?

        @Option(help: ArgumentHelp("Who discards it (default: your login name).", valueName: "name"))
        var by: String?

        @OptionGroup var programme: ProgrammeOptions

        func run() async throws {
            let decided = try await DecideReportRun(run: run, outcome: .discarded, reason: reason)
                .run(record: programme.recordOfFile, moment: .current, person: .commandLine(name: by ?? LoginName.current))
            Terminal.write("report run \(run) (\(decided.plugin), as at \(decided.asOf)) is discarded")
        }
    }
}
