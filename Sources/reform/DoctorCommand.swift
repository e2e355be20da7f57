import ArgumentParser
import ReformApp

/// `reform doctor`: the record's health: the database's own check, and text older versions could
/// have shown as markup, with what to do about each.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the record: the database's own check, and values earlier versions could have shown on a page as markup.",
        discussion: "Exits 0 when there is nothing to report, 1 otherwise; each finding says what to do."
    )

    @Option(help: ArgumentHelp("The programme file (to find the record beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var record: RecordOptions

    func run() async throws {
        let checked = record.record(for: file)
        guard let outcome = try await CheckRecord().run(record: checked) else {
            return Terminal.write("there is no record at \(checked.name) yet: nothing to check")
        }
        var lines = ["\(checked.name): database check: \(outcome.integrity)"]
        for finding in outcome.findings {
            lines.append("\(checked.name): warning: \(finding.place) \(finding.problem); \(finding.remedy)")
        }
        lines.append(outcome.isHealthy ? "nothing to report" : "\(outcome.findings.count) value(s) to look at")
        Terminal.write(Terminal.plain(lines.joined(separator: "\n")))
        if !outcome.isHealthy { throw ExitCode(1) }
    }
}
