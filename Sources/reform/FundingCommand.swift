import ArgumentParser
import ReformApp
import ReformModel

/// `reform funding`: the New Burdens position by financial year, policy and pillar.
struct FundingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding",
        abstract: "Show the cost of new duties against confirmed and indicative funding, and what is unfunded or unquantified.",
        discussion: "National commitments (scope: national) are shown for context and never counted in the council's totals."
    )

    @Option(help: ArgumentHelp("Only this financial year, written 2024/25.", valueName: "year"))
    var year: String?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var programme: ProgrammeOptions

    func validate() throws {
        if let year, case .failure(let problem) = FinancialYear.parse(year) {
            throw ValidationError("--year: \(problem.message)")
        }
    }

    func run() async throws {
        let position = try await ShowFunding(year: year.flatMap { FinancialYear(Substring($0)) }, asOf: analysis.day).run(programme: programme.source, record: programme.recordOfFile)
        if analysis.json { return try JSONOutput.print(position.funding) }
        FundingText(position: position, style: .standard).write()
    }
}
