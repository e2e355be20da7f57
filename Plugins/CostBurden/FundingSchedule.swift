import ReformModel
import ReformPluginKit
import ReportDocument

/// What a finance officer reads on one page beside the cost tables: the medium-term years, the
/// funding lines by year with totals, which funding covers which burden, and each burden's
/// notes and costing assumptions.
enum FundingSchedule {
    /// The medium-term years: `years=` (`2024/25-2026/27` or `2024/25,2025/26`), else the three
    /// years of the New Burdens doctrine from the one the report is as at.
    static func years(_ request: ReportRequest) throws(ReportRenderError) -> [FinancialYear] {
        guard let text = request.options["years"]?.trimmingSpaces(), !text.isEmpty else {
            let first = FinancialYear(containing: request.asOf)
            return [first, first.next, first.next.next]
        }
        let forms = "write 2024/25-2026/27 or 2024/25,2025/26"
        let parts = text.contains(",") ? text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : [text]
        var years: [FinancialYear] = []
        for part in parts {
            let ends = part.split(separator: "-").map { Substring($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(ends.count), let start = FinancialYear(ends[0]), let end = FinancialYear(ends[ends.count - 1]), start <= end,
                  end.startYear - start.startYear < 20 else {
                throw ReportRenderError("option years: '\(text)' is not a list of financial years (\(forms))")
            }
            years += (start.startYear...end.startYear).map(FinancialYear.init(startYear:))
        }
        return Array(Set(years)).sorted()
    }

    /// The schedule of local funding lines by year, with totals by status; national money apart, as context.
    static func schedule(_ request: ReportRequest, years: [FinancialYear]) -> [ReportDocument.Block] {
        let local = request.programme.funding.filter { $0.scope == .local }
        let national = request.programme.funding.filter { $0.scope == .national }
        var blocks: [ReportDocument.Block] = [.heading(level: 2, text: "Funding by year, \(years.first!.label) to \(years.last!.label)", newPage: true)]
        let headers = ["Funding", "Status"] + years.map(\.label) + ["Total"]
        let numeric = Set(2..<(headers.count))
        var rows = local.map { line in [.init("\(line.id): \(line.title)"), .init(line.status.rawValue)] + cells(line, years: years) }
        for status in [Funding.Status.confirmed, .indicative] {
            let lines = local.filter { $0.status == status }
            guard !lines.isEmpty else { continue }
            let sums = years.map { year in sum(lines.map { amount($0, in: year) }) }
            rows.append([.init("Total \(status.rawValue)"), .init("")] + (sums + [sum(sums)]).map { .init(shown($0)) })
        }
        blocks.append(local.isEmpty ? .paragraph("The programme records no local funding.") : .table(.init(headers: headers, rows: rows, numeric: numeric)))
        if !national.isEmpty {
            blocks.append(.table(.init(caption: "National money (context only, not the Council's)", headers: headers,
                                       rows: national.map { line in [.init("\(line.id): \(line.title)"), .init(line.status.rawValue)] + cells(line, years: years) },
                                       numeric: numeric)))
        }
        return blocks
    }

    /// Which funding covers which burden, and how much of it, year by year.
    static func coverage(_ request: ReportRequest, years: [FinancialYear]) -> ReportDocument.Block {
        let titles = Dictionary(request.programme.burdens.map { ($0.id, $0.title) } + request.programme.funding.map { ($0.id, $0.title) },
                                uniquingKeysWith: { first, _ in first })
        let shares = request.analysis.funding.attributions.filter { years.contains($0.year) }
        guard !shares.isEmpty else {
            let named = request.programme.burdens.filter { !$0.fundedBy.isEmpty }
            return .paragraph(named.isEmpty ? "No funding is attributed to any burden."
                : "Funding is named for " + named.map { "\($0.id) (\($0.fundedBy.map(\.funding).joined(separator: ", ")))" }.joined(separator: "; ")
                    + ", but no amount can be attributed until the burden's cost is known.")
        }
        return .table(.init(caption: "Which funding covers which burden", headers: ["Burden", "Funding", "Year", "Amount", "Status"], rows: shares.map { share in
            [.init("\(share.burden): \(titles[share.burden] ?? "")"), .init("\(share.funding): \(titles[share.funding] ?? "")"), .init(share.year.label),
             .init(share.amount.formatted()), .init(share.status.rawValue + (share.explicit ? "" : " (allocated)"))]
        }, numeric: [3]))
    }

    /// Each burden's notes and costing assumptions, where the file gives them.
    static func notes(_ request: ReportRequest) -> ReportDocument.Block? {
        let items = request.programme.burdens.compactMap { burden -> String? in
            let bases = burden.costs.compactMap { cost in cost.basis.map { "\(cost.year.label): \($0)" } }
            let parts = (burden.notes.map { [$0] } ?? []) + bases
            return parts.isEmpty ? nil : "\(burden.id) (\(burden.title)): " + parts.joined(separator: "; ")
        }
        return items.isEmpty ? nil : .list(items)
    }

    /// A line's amount in each year, then its total: the sum of those years, or the total the file
    /// gives where it states no amounts by year.
    private static func cells(_ line: Funding, years: [FinancialYear]) -> [ReportDocument.Cell] {
        let amounts = years.map { amount(line, in: $0) }
        var total = sum(amounts)
        if line.amounts.isEmpty, let stated = line.total { total = .some(stated.money) }
        return (amounts + [total]).map { .init(shown($0)) }
    }

    /// The line's amount in a year: `.some(nil)` where stated as unknown, `nil` where the line has none that year.
    private static func amount(_ line: Funding, in year: FinancialYear) -> Money?? {
        guard let entry = line.amounts.first(where: { $0.year == year }) else { return nil }
        return .some(entry.amount.money)
    }

    /// A sum that is unknown when any part is, and absent when every part is.
    private static func sum(_ values: [Money??]) -> Money?? {
        let present = values.compactMap { $0 }
        guard !present.isEmpty else { return nil }
        if present.contains(where: { $0 == nil }) { return .some(nil) }
        return .some(present.compactMap { $0 }.reduce(Money.zero, +))
    }

    private static func shown(_ value: Money??) -> String {
        switch value {
        case .none: return "-"
        case .some(.none): return "Not stated"
        case .some(.some(let money)): return money.formatted()
        }
    }
}
