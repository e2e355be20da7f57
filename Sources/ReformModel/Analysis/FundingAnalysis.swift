/// The New Burdens position: what new duties cost, by financial year, policy and pillar, against
/// the funding confirmed and indicated for them, and what is unfunded or not yet quantified.
public struct FundingAnalysis: Hashable, Sendable, Codable {
    /// A row of figures for one year.
    public struct YearFigures: Hashable, Sendable, Codable {
        /// The financial year.
        public let year: FinancialYear
        /// Its figures.
        public let figures: FundingFigures
    }

    /// A group (a policy, a pillar or a burden) with its figures by year and in total.
    public struct Group: Hashable, Sendable, Codable {
        /// The group's id (empty for burdens under no policy).
        public let id: String
        /// Its title.
        public let title: String
        /// Figures per year, for every year of the analysis.
        public let years: [YearFigures]
        /// Figures over all years.
        public let total: FundingFigures
    }

    /// A burden whose cost is not (fully) quantified.
    public struct Unquantified: Hashable, Sendable, Codable {
        /// The burden's id.
        public let id: String
        /// Its title.
        public let title: String
        /// Its policy.
        public let policy: String?
        /// The years with an unknown amount; empty when no cost is given at all.
        public let years: [FinancialYear]
        /// Funding lines named as paying for it.
        public let fundedBy: [String]

        private enum CodingKeys: String, CodingKey {
            case id, title, policy, years, fundedBy = "funded_by"
        }
    }

    /// A local funding line-year: unattributed money, or an amount nobody has stated.
    public struct FundingLine: Hashable, Sendable, Codable {
        /// The funding line's id.
        public let id: String
        /// Its title.
        public let title: String
        /// Its status.
        public let status: Funding.Status
        /// The year, where the line has one.
        public let year: FinancialYear?
        /// The amount; unknown where not stated.
        public let amount: Amount
    }

    /// The financial years shown: every year with a figure, and at least three from the current year.
    public let years: [FinancialYear]
    /// Totals by year.
    public let byYear: [YearFigures]
    /// Figures by policy (burdens with no policy under id "").
    public let byPolicy: [Group]
    /// Figures by pillar; a burden under several pillars counts under each.
    public let byPillar: [Group]
    /// Figures by burden: the New Burdens view, net additional cost by year.
    public let byBurden: [Group]
    /// Burdens with unknown or no costs, by name.
    public let unquantified: [Unquantified]
    /// Confirmed local funding not attributed to any burden.
    public let unattributedConfirmed: [FundingLine]
    /// Indicative local funding not attributed to any burden: money hoped for that no cost claims.
    public let unattributedIndicative: [FundingLine]
    /// Recurrent costs assumed to go on into later years with no figure of their own, each an assumption in words.
    public let carriedForward: [CarriedCost]
    /// Local confirmed or indicative funding whose amount is not stated.
    public let unknownFunding: [FundingLine]
    /// National commitments, for context only: never in the council's totals.
    public let national: [FundingLine]
    /// Every attribution of funding to a burden.
    public let attributions: [FundingAllocation.Share]
    /// Totals over all years.
    public let total: FundingFigures

    private enum CodingKeys: String, CodingKey {
        case years, byYear = "by_year", byPolicy = "by_policy", byPillar = "by_pillar", byBurden = "by_burden", unquantified
        case unattributedConfirmed = "unattributed_confirmed", unattributedIndicative = "unattributed_indicative", carriedForward = "carried_forward"
        case unknownFunding = "unknown_funding", national, attributions, total
    }
}

extension FundingAnalysis {
    /// Analyses the programme's burdens and funding, showing at least three years from the one containing `asOf`.
    public init(_ programme: Programme, asOf: CalendarDay) {
        let years = Self.years(programme, current: FinancialYear(containing: asOf))
        self.years = years
        // Each burden's costs with its recurrent costs carried through the years shown.
        let lastYear = years.last ?? FinancialYear(containing: asOf)
        let burdens = programme.burdens
        let carriedByBurden = burdens.map { CarriedCost.carried(from: $0, through: lastYear) }
        carriedForward = carriedByBurden.flatMap { $0 }
        let assumed = carriedByBurden.map { $0.flatMap(\.costs) }
        let allocation = FundingAllocation(programme, costs: assumed)
        // Each burden's cells by year, held by the burden's place in the plan and the year's place
        // in `years`, so that adding up a group hashes nothing: a plan may hold ten thousand burdens.
        let cells = Self.burdenCells(burdens, years: years, assumed: assumed, allocation: allocation)
        let yearCount = years.count
        let neverEstimated = burdens.map(\.costs.isEmpty)
        let notFullyEstimated = burdens.map { $0.costs.isEmpty || $0.costs.contains { !$0.amount.isKnown } }

        // Unquantified figures count burdens: in a year, those with a cost unknown that year or no
        // estimate for any year; in a total, those with any cost unknown or none estimated.
        func group(id: String, title: String, members: [Int]) -> Group {
            let neverEstimatedCount = members.count { neverEstimated[$0] }
            let yearRows = years.indices.map { offset in
                var figures = FundingFigures()
                var unquantified = neverEstimatedCount
                for member in members {
                    guard let cell = cells[member * yearCount + offset] else { continue }
                    figures.add(cell)
                    if cell.unquantifiedItems > 0 { unquantified += 1 }
                }
                figures.unquantifiedItems = unquantified
                return YearFigures(year: years[offset], figures: figures)
            }
            var total = FundingFigures()
            for row in yearRows { total.add(row.figures) }
            total.unquantifiedItems = members.count { notFullyEstimated[$0] }
            return Group(id: id, title: title, years: yearRows, total: total)
        }

        let everything = group(id: "", title: "All burdens", members: Array(burdens.indices))
        byYear = everything.years
        total = everything.total
        // Burdens grouped once by policy and by pillar, so thousands of policies do not each scan every burden.
        var membersByPolicy: [String: [Int]] = [:], membersByPillar: [String: [Int]] = [:]
        for (position, burden) in burdens.enumerated() {
            if let policy = burden.policy { membersByPolicy[policy, default: []].append(position) }
            for pillar in Set(burden.pillars) { membersByPillar[pillar, default: []].append(position) }
        }
        var policies = programme.policies.map { policy in group(id: policy.id, title: policy.title, members: membersByPolicy[policy.id] ?? []) }
        let withoutPolicy = burdens.indices.filter { burdens[$0].policy == nil }
        if !withoutPolicy.isEmpty { policies.append(group(id: "", title: "No policy", members: withoutPolicy)) }
        byPolicy = policies
        byPillar = programme.pillars.map { pillar in group(id: pillar.id, title: pillar.title, members: membersByPillar[pillar.id] ?? []) }
        byBurden = burdens.indices.map { group(id: burdens[$0].id, title: burdens[$0].title, members: [$0]) }

        unquantified = programme.burdens.compactMap { burden in
            let unknownYears = burden.costs.filter { !$0.amount.isKnown }.map(\.year)
            guard burden.costs.isEmpty || !unknownYears.isEmpty else { return nil }
            return Unquantified(id: burden.id, title: burden.title, policy: burden.policy, years: unknownYears, fundedBy: burden.fundedBy.map(\.funding))
        }
        func unattributed(_ status: Funding.Status) -> [FundingLine] {
            programme.funding.filter { $0.status == status && $0.scope == .local }.flatMap { line in
                (allocation.unattributed[line.id] ?? [:]).sorted { $0.key < $1.key }.map {
                    FundingLine(id: line.id, title: line.title, status: line.status, year: $0.key, amount: .known($0.value))
                }
            }
        }
        unattributedConfirmed = unattributed(.confirmed)
        unattributedIndicative = unattributed(.indicative)
        unknownFunding = programme.funding.filter { $0.scope == .local && ($0.status == .confirmed || $0.status == .indicative) }.flatMap { line in
            line.amounts.filter { !$0.amount.isKnown }.map { FundingLine(id: line.id, title: line.title, status: line.status, year: $0.year, amount: .unknown) }
        }
        national = programme.funding.filter { $0.scope == .national }.flatMap { line -> [FundingLine] in
            var rows = line.amounts.map { FundingLine(id: line.id, title: line.title, status: line.status, year: $0.year, amount: $0.amount) }
            if let total = line.total { rows.append(FundingLine(id: line.id, title: line.title, status: line.status, year: nil, amount: total)) }
            return rows
        }
        attributions = allocation.shares
    }

    /// Each burden-year's figures, with attributed funding capped at the quantified cost: the cell
    /// of the burden at position `p` in year `years[y]` is at `p * years.count + y` (nil where it has no cost).
    /// `assumed` are each burden's recurrent costs carried forward, by position.
    private static func burdenCells(_ burdens: [Burden], years: [FinancialYear], assumed: [[BurdenCost]], allocation: FundingAllocation) -> [FundingFigures?] {
        let yearCount = years.count
        let firstYear = years.first?.startYear ?? 0
        func cell(_ position: Int, _ year: FinancialYear) -> Int? {
            let offset = year.startYear - firstYear
            return (0..<yearCount).contains(offset) ? position * yearCount + offset : nil
        }
        var confirmed = Array(repeating: Money.zero, count: burdens.count * yearCount)
        var indicative = confirmed
        for (share, position) in zip(allocation.shares, allocation.shareBurdens) {
            guard let index = cell(position, share.year) else { continue }
            switch share.status {
            case .confirmed: confirmed[index] += share.amount
            case .indicative: indicative[index] += share.amount
            default: break
            }
        }
        var cells = [FundingFigures?](repeating: nil, count: burdens.count * yearCount)
        for (position, burden) in burdens.enumerated() {
            for (order, cost) in (burden.costs + assumed[position]).enumerated() {
                // Every cost's year is among `years`, which are made from them.
                guard let index = cell(position, cost.year) else { continue }
                var figures = cells[index] ?? FundingFigures()
                guard let money = cost.amount.money else {
                    figures.unquantifiedItems += 1
                    cells[index] = figures
                    continue
                }
                if cost.recurrent { figures.recurrentCost += money } else { figures.oneOffCost += money }
                if order >= burden.costs.count { figures.carriedForward += money }
                figures.quantifiedItems += 1
                figures.confirmed = min(figures.cost, confirmed[index])
                figures.indicative = min(figures.cost - figures.confirmed, indicative[index])
                cells[index] = figures
            }
        }
        return cells
    }

    /// Every year with a cost or local funding, filled in, and at least three from `current`.
    private static func years(_ programme: Programme, current: FinancialYear) -> [FinancialYear] {
        var mentioned = Set(programme.burdens.flatMap { $0.costs.map(\.year) })
        for line in programme.funding where line.scope == .local { mentioned.formUnion(line.amounts.map(\.year)) }
        let first = min(mentioned.min() ?? current, current)
        let last = max(mentioned.max() ?? current, FinancialYear(startYear: current.startYear + 2))
        return (first.startYear...last.startYear).map(FinancialYear.init(startYear:))
    }

}

extension FundingAnalysis.YearFigures: JSONStreamWritable {
    /// Writes what the synthesised `encode(to:)` writes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.year, year)
        writer.member(CodingKeys.figures, figures)
        writer.endObject()
    }
}

extension FundingAnalysis.Group: JSONStreamWritable {
    /// Writes what the synthesised `encode(to:)` writes: a report's request holds one for every burden.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.id, id)
        writer.member(CodingKeys.title, title)
        writer.member(CodingKeys.years, years)
        writer.member(CodingKeys.total, total)
        writer.endObject()
    }
}

extension FundingAnalysis.YearFigures: JSONTapeReadable {
    /// Reads what the synthesised `init(from:)` reads.
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        year = try object.required(CodingKeys.year, FinancialYear.self)
        figures = try object.required(CodingKeys.figures, FundingFigures.self)
    }
}

extension FundingAnalysis.Group: JSONTapeReadable {
    /// Reads what the synthesised `init(from:)` reads: a report's request holds one for every burden.
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        id = try object.required(CodingKeys.id, String.self)
        title = try object.required(CodingKeys.title, String.self)
        years = try object.required(CodingKeys.years, [FundingAnalysis.YearFigures].self)
        total = try object.required(CodingKeys.total, FundingFigures.self)
    }
}
