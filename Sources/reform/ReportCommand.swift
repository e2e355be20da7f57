import ArgumentParser
import Foundation
import ReformApp
import ReformPluginHost

/// `reform report`: renders a report with a plugin, to a file (atomically) or standard output.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report with a report plugin (see 'reform plugins').",
        discussion: """
        The core loads and analyses the programme, then hands the plugin one JSON request (docs/report-request.schema.json). \
        With --out the document is written to a temporary file and renamed into place, so a failure leaves nothing behind.
        """
    )

    @Argument(help: ArgumentHelp("The plugin's id, such as committee-update.", valueName: "plugin"))
    var plugin: String

    @OptionGroup var programme: ProgrammeOptions

    @Option(help: ArgumentHelp("The output format (default: the plugin's first).", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var out: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to report at (default: today).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Report changes since this day (a loose date means its start), or 'last': the last report of this plugin issued to the committee (--final).", valueName: "date|last"))
    var since: String?

    @Flag(help: "This is the report issued to the committee: the next --since last counts from it. Without it a run written with --out is a draft ('reform runs' lists them).")
    var final = false

    @Option(name: .customLong("option"), help: ArgumentHelp("An option for the plugin, name=value (repeatable).", valueName: "name=value"))
    var options: [String] = []

    @Option(help: ArgumentHelp("Seconds an executable plugin may take (default 60).", valueName: "seconds"))
    var timeout: Double = ReportRenderer.defaultTimeout

    @OptionGroup var plugins: PluginOptions

    func validate() throws {
        try DayOption.validate(asOf, name: "--as-of")
        try DayOption.validate(since == "last" ? nil : since, name: "--since")
        for option in options where !option.contains("=") || option.hasPrefix("=") {
            throw ValidationError("--option '\(option)' must be name=value")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        guard !final || out != nil else { throw ValidationError("--final needs --out: a report shown on the screen is not recorded") }
    }

    func run() async throws {
        let sinceDay: ReportPeriod.Since? = since == "last" ? .lastRun : DayOption.startDay(since).map { .day($0) }
        let report = RunReport(plugin: plugin, format: format, days: ReportPeriod(asOf: DayOption.day(asOf) ?? Today.day, since: sinceDay),
                               options: parsedOptions(), plugins: RunReport.catalog(for: plugin, searchPath: plugins.searchPath), timeout: timeout,
                               destination: out.map { .file($0) } ?? .shown, issued: final)
        let outcome = try await report.run(programme: programme.source, record: programme.recordOfFile, moment: .current,
                                           person: .commandLine(name: LoginName.current)) { Terminal.writeError($0) }
        if let out {
            let run = outcome.run
            let state = run.state == .issued ? "issued to the committee" : "a draft: 'reform runs issue \(run.id ?? 0)' marks it issued"
            Terminal.writeError("wrote \(out) (\(run.plugin) \(run.pluginVersion), \(run.format), \(outcome.document.count) bytes); run \(run.id ?? 0), \(state)")
        } else {
            Terminal.output(outcome.document)
        }
    }

    private func parsedOptions() -> [String: String] {
        var result: [String: String] = [:]
        for option in options {
            let parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            result[String(parts[0])] = String(parts[1])
        }
        return result
    }
}
