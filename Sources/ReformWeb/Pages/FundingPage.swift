import ReformApp
import ReformModel

/// `GET /funding`: the New Burdens position by financial year with its chart, the totals, and
/// the burdens not yet costed: unknown is never shown as £0.
struct FundingPage: Sendable {
    struct Year: Sendable {
        let year, oneOff, recurrent, cost, confirmed, indicative, unfunded: String
        let unquantified: Int

        init(_ label: String, _ figures: FundingFigures) {
            year = label
            oneOff = Shown.money(figures.money(figures.oneOffCost))
            recurrent = Shown.money(figures.money(figures.recurrentCost))
            cost = Shown.money(figures.money(figures.cost))
            confirmed = Shown.money(figures.money(figures.confirmed))
            indicative = Shown.money(figures.money(figures.indicative))
            unfunded = Shown.money(figures.money(figures.unfunded))
            unquantified = figures.unquantifiedItems
        }
    }

    struct Bar: Sendable {
        let year: String
        let labelY, costY, fundY, costWidth, fundWidth, costTextX, costTextY, fundTextX, fundTextY: Int
        let cost, confirmed: String
    }

    struct Unquantified: Sendable {
        let title, years: String
        let fundedBy: String?
    }

    struct National: Sendable {
        let title, amount: String
        let year: String?
    }

    let asOf: String
    let bars: [Bar]
    let charted: Bool
    let chartWidth = 760
    let chartHeight: Int
    let years: [Year]
    let total: Year
    let unquantified: [Unquantified]
    let national: [National]
    /// Recurrent costs carried forward, each an assumption in words.
    let assumptions: [String]
    /// Local funding no cost claims, confirmed or indicative.
    let unattributed: [National]

    init(_ position: FundingPosition) {
        let funding = position.funding
        let largest = max(1, funding.byYear.map { max($0.figures.cost.pence, $0.figures.confirmed.pence) }.max() ?? 1)
        bars = funding.byYear.enumerated().map { index, year in
            let top = index * 44
            let costWidth = Int(year.figures.cost.pence * 400 / largest), fundWidth = Int(year.figures.confirmed.pence * 400 / largest)
            return Bar(year: year.year.label, labelY: top + 22, costY: top + 6, fundY: top + 22, costWidth: costWidth, fundWidth: fundWidth,
                       costTextX: 86 + costWidth, costTextY: top + 16, fundTextX: 86 + fundWidth, fundTextY: top + 32,
                       cost: Shown.money(year.figures.money(year.figures.cost)), confirmed: Shown.money(year.figures.money(year.figures.confirmed)))
        }
        asOf = position.opened.analysis.asOf.longForm
        charted = funding.byYear.contains { $0.figures.quantifiedItems > 0 }
        chartHeight = max(44, funding.byYear.count * 44 + 4)
        years = funding.byYear.map { Year($0.year.label, $0.figures) }
        total = Year("Total", funding.total)
        unquantified = funding.unquantified.map { item in
            Unquantified(title: item.title, years: item.years.isEmpty ? "no year given" : item.years.map(\.label).joined(separator: ", "),
                         fundedBy: item.fundedBy.isEmpty ? nil : item.fundedBy.joined(separator: ", "))
        }
        assumptions = funding.carriedForward.map(\.assumption)
        unattributed = (funding.unattributedConfirmed + funding.unattributedIndicative).map { line in
            National(title: "\(line.title) (\(line.status.rawValue))", amount: line.amount.money.map { $0.formatted() } ?? "amount not known", year: line.year?.label)
        }
        national = funding.national.map { line in
            National(title: line.title, amount: line.amount.money.map { $0.formatted() } ?? "amount not known", year: line.year?.label)
        }
    }
}
