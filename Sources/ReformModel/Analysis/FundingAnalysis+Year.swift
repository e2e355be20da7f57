extension FundingAnalysis {
    /// The analysis cut to one financial year: every table shows that year only, and totals become that year's.
    public func restricted(to year: FinancialYear) -> FundingAnalysis {
        func cut(_ groups: [Group]) -> [Group] {
            groups.map { group in
                let rows = group.years.filter { $0.year == year }
                return Group(id: group.id, title: group.title, years: rows, total: rows.first?.figures ?? FundingFigures())
            }
        }
        return FundingAnalysis(
            years: [year], byYear: byYear.filter { $0.year == year }, byPolicy: cut(byPolicy), byPillar: cut(byPillar), byBurden: cut(byBurden),
            unquantified: unquantified.filter { $0.years.isEmpty || $0.years.contains(year) },
            unattributedConfirmed: unattributedConfirmed.filter { $0.year == year },
            unattributedIndicative: unattributedIndicative.filter { $0.year == year },
            carriedForward: carriedForward.compactMap { carried in
                carried.years.contains(year) ? CarriedCost(burden: carried.burden, title: carried.title, from: carried.from, amount: carried.amount, years: [year]) : nil
            },
            unknownFunding: unknownFunding.filter { $0.year == year },
            national: national.filter { $0.year == nil || $0.year == year }, attributions: attributions.filter { $0.year == year },
            total: byYear.first { $0.year == year }?.figures ?? FundingFigures())
    }
}
