import ReformModel

/// The New Burdens position: cost of new duties against funding, by year, policy and pillar,
/// as `reform funding` and the funding page show it; optionally one financial year.
public struct ShowFunding: Sendable {
    /// Only this financial year, if given.
    public var year: FinancialYear?
    /// The day to analyse at.
    public var asOf: CalendarDay

    /// A funding query at `asOf`.
    public init(year: FinancialYear? = nil, asOf: CalendarDay) {
        self.year = year
        self.asOf = asOf
    }

    /// The position, cut to `year` by the analysis itself when one is given.
    public func run(programme source: any ProgrammeSource, record: Record) async throws(AppError) -> FundingPosition {
        let opened = try await source.analysis(asOf: asOf, record: record, scope: .fundingOnly)
        let funding = opened.analysis.funding
        return FundingPosition(opened: opened, year: year, funding: year.map { funding.restricted(to: $0) } ?? funding)
    }
}

/// What `ShowFunding` finds.
public struct FundingPosition: Sendable {
    /// The programme and its analysis, of the funding alone (no action is assessed for it).
    public let opened: OpenedProgramme
    /// The year asked for, if any.
    public let year: FinancialYear?
    /// The funding analysis, of that year alone when one was asked for: what `--json` prints.
    public let funding: FundingAnalysis
}
