import ReformModel

/// Funding and burdens: the money sections.
extension ProgrammeDecoder {
    func decodeFunding() throws -> Funding? {
        var id: String?, title: String?, payer: String?, status: Funding.Status?, scope: Funding.Scope = .local, ringFenced: Bool?
        var policy: String?, pillars: [String] = [], amounts: [YearAmount] = [], total: Amount?, notes: String?, source: String?
        var determination: String?, payments: [(Funding.Payment, SourcePosition)] = [], consolidates: [Funding.Consolidated] = []
        guard let at = try mapping(FormatSchema.funding, what: "a funding line", { key, _ in
            switch key {
            case "id": id = try defineID(.funding)
            case "title": title = try text(what: "funding title")
            case "payer": payer = try text(what: "payer")
            case "status": status = try oneOf(Funding.Status.self, what: "funding status")
            case "scope": scope = try oneOf(Funding.Scope.self, what: "funding scope") ?? scope
            case "ring_fenced": ringFenced = try boolean(what: "ring_fenced")
            case "policy": policy = try reference(.policy, what: "policy")
            case "pillars": pillars = try references(.pillar, what: "pillars").map(\.0)
            case "amounts": amounts = try yearAmounts(what: "amounts")
            case "total": total = try self.amount(what: "total")
            case "notes": notes = try text(what: "notes")
            case "source": source = try reference(.source, what: "source")
            case "determination": determination = try text(what: "determination")
            case "payments": payments = try items(what: "payments") { try decodePayment() }
            case "consolidates": consolidates = try items(what: "consolidates") { try decodeConsolidated() }
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a funding line", at: at),
              let title = require(title, "title", in: "funding line '\(id)'", at: at),
              let status = require(status, "status", in: "funding line '\(id)'", at: at,
                                   hint: Funding.Status.allCases.map(\.rawValue).joined(separator: ", ")) else { return nil }
        // The payments of a year cannot come to more than the year's amount.
        var paid: [FinancialYear: (Money, SourcePosition)] = [:]
        for (payment, position) in payments {
            guard let money = payment.amount.money else { continue }
            let year = FinancialYear(containing: payment.date.day)
            let sum = (paid[year]?.0 ?? .zero) + money
            paid[year] = (sum, paid[year]?.1 ?? position)
            if let stated = amounts.first(where: { $0.year == year })?.amount.money, sum > stated {
                error(position, "funding line '\(id)' is paid \(sum.formatted()) in \(year.label) by here, more than its \(stated.formatted()) that year")
            }
        }
        return Funding(id: id, title: title, payer: payer, status: status, scope: scope, ringFenced: ringFenced, policy: policy,
                       pillars: pillars, amounts: amounts, total: total, notes: notes, source: source, determination: determination,
                       payments: payments.map(\.0), consolidates: consolidates)
    }

    /// `{date: 2025-04-15, amount: 125000}`: one payment of a grant.
    private func decodePayment() throws -> (Funding.Payment, SourcePosition)? {
        var date: PlanDate?, amount: Amount?
        guard let at = try mapping(FormatSchema.payment, what: "a payment", { key, _ in
            switch key {
            case "date": date = try self.date(what: "payment date")?.0
            case "amount": amount = try self.amount(what: "payment amount")
            default: try skipValue()
            }
        }) else { return nil }
        guard let date = require(date, "date", in: "a payment", at: at), let amount = require(amount, "amount", in: "a payment", at: at) else { return nil }
        return (Funding.Payment(date: date, amount: amount), at.position)
    }

    /// `{funding: F-SAR-NB, year: 2025/26}`: an earlier line absorbed in a financial year.
    private func decodeConsolidated() throws -> Funding.Consolidated? {
        var funding: String?, year: FinancialYear?
        guard let at = try mapping(FormatSchema.consolidated, what: "a consolidated line", { key, _ in
            switch key {
            case "funding": funding = try reference(.funding, what: "funding")
            case "year": year = try scalar(what: "year").flatMap(financialYear)
            default: try skipValue()
            }
        }) else { return nil }
        guard let funding = require(funding, "funding", in: "a consolidated line", at: at),
              let year = require(year, "year", in: "a consolidated line", at: at, hint: "a financial year such as 2025/26") else { return nil }
        return Funding.Consolidated(funding: funding, year: year)
    }

    func decodeBurden() throws -> Burden? {
        var id: String?, title: String?, policy: String?, pillars: [String] = [], kind: Burden.Kind?, costs: [BurdenCost] = []
        var fundedBy: [FundingAttribution] = [], notes: String?, source: String?
        guard let at = try mapping(FormatSchema.burden, what: "a burden", { key, _ in
            switch key {
            case "id": id = try defineID(.burden)
            case "title": title = try text(what: "burden title")
            case "policy": policy = try reference(.policy, what: "policy")
            case "pillars": pillars = try references(.pillar, what: "pillars").map(\.0)
            case "kind": kind = try oneOf(Burden.Kind.self, what: "burden kind")
            case "costs": costs = try items(what: "costs") { try decodeBurdenCost() }
            case "funded_by": fundedBy = try decodeFundedBy()
            case "notes": notes = try text(what: "notes")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a burden", at: at), let title = require(title, "title", in: "burden '\(id)'", at: at) else { return nil }
        var seenYears: Set<FinancialYear> = []
        for cost in costs where !seenYears.insert(cost.year).inserted {
            error(at.position, "burden '\(id)' gives more than one cost for \(cost.year.label): give one entry per year")
        }
        return Burden(id: id, title: title, policy: policy, pillars: pillars, kind: kind, costs: costs, fundedBy: fundedBy, notes: notes, source: source)
    }

    private func decodeBurdenCost() throws -> BurdenCost? {
        var year: FinancialYear?, amount: Amount?, recurrent: Bool?, basis: String?
        guard let at = try mapping(FormatSchema.burdenCost, what: "a cost", { key, _ in
            switch key {
            case "year":
                guard let scalar = try scalar(what: "year"), !scalar.isNull else { return }
                year = financialYear(scalar)
            case "amount": amount = try self.amount(what: "amount")
            case "recurrent": recurrent = try boolean(what: "recurrent")
            case "basis": basis = try text(what: "basis")
            default: try skipValue()
            }
        }) else { return nil }
        guard let year = require(year, "year", in: "a cost", at: at, hint: "the financial year, such as 2024/25"),
              let amount = require(amount, "amount", in: "a cost", at: at, hint: "a number of pounds, or unknown"),
              let recurrent = require(recurrent, "recurrent", in: "a cost", at: at, hint: "true for a cost every year, false for a one-off") else { return nil }
        return BurdenCost(year: year, amount: amount, recurrent: recurrent, basis: basis)
    }

    /// `funded_by: [F-VSH]` or `funded_by: [{funding: F-VSH, amounts: {2024/25: 8000}}]`.
    private func decodeFundedBy() throws -> [FundingAttribution] {
        if case .scalar = try peek() {
            return try references(.funding, what: "funded_by").map { FundingAttribution(funding: $0.0) }
        }
        var result: [FundingAttribution] = []
        try list(what: "funded_by", maxEntries: limits.maxListEntries) {
            if case .scalar = try peek() {
                if let id = try reference(.funding, what: "an entry of funded_by") { result.append(FundingAttribution(funding: id)) }
                return
            }
            var funding: String?, amounts: [YearAmount] = []
            guard let at = try mapping(FormatSchema.fundingAttribution, what: "a funded_by entry", { key, _ in
                switch key {
                case "funding": funding = try reference(.funding, what: "funding")
                case "amounts": amounts = try yearAmounts(what: "amounts")
                default: try skipValue()
                }
            }) else { return }
            if let funding = require(funding, "funding", in: "a funded_by entry", at: at, hint: "the funding line's id") {
                result.append(FundingAttribution(funding: funding, amounts: amounts))
            }
        }
        return result
    }
}
