/// Which funding pays for which burden, in which year, and how much.
///
/// Explicit amounts in a burden's `funded_by` are taken as written. Otherwise a year's confirmed
/// funding, then its indicative funding, is allocated to the burdens naming the line, in file
/// order, each up to its cost that year (less what it already has). National funding never takes
/// part. Unknown amounts allocate nothing.
public struct FundingAllocation: Sendable {
    /// One attribution: `amount` of `funding` to `burden` in `year`.
    public struct Share: Hashable, Sendable, Codable {
        /// The burden's id.
        public let burden: String
        /// The funding line's id.
        public let funding: String
        /// The financial year.
        public let year: FinancialYear
        /// The amount.
        public let amount: Money
        /// The funding line's status (confirmed or indicative).
        public let status: Funding.Status
        /// Whether the file gave the amount (true) or the allocation rule chose it (false).
        public let explicit: Bool
    }

    /// Every attribution, explicit ones first, then in allocation order.
    public let shares: [Share]
    /// The position in the plan's burdens of each share's burden, in the order of `shares`.
    let shareBurdens: [Int]
    /// What each local funding line has left unattributed, by year (known amounts only).
    public let unattributed: [String: [FinancialYear: Money]]

    /// Attributes the local funding of `programme` to its burdens; `assumed` are costs beyond those
    /// stated, by the burden's position in the plan (recurrent costs carried forward), which funding
    /// may cover as it covers the stated ones.
    public init(_ programme: Programme, costs assumed: [[BurdenCost]] = []) {
        let burdens = programme.burdens
        let lines = Dictionary(programme.funding.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // What each burden's known costs leave uncovered, by its position and year.
        var uncovered: [[FinancialYear: Money]] = burdens.indices.map { position in
            var byYear: [FinancialYear: Money] = [:]
            for cost in burdens[position].costs + (assumed.indices.contains(position) ? assumed[position] : []) {
                if let money = cost.amount.money { byYear[cost.year, default: .zero] += money }
            }
            return byYear
        }
        var used: [String: [FinancialYear: Money]] = [:]
        var shares: [Share] = [], shareBurdens: [Int] = []
        // A line that absorbed others holds their money in the years it did: that part is theirs,
        // counted against their burdens, so it is neither attributed again nor left over as this line's.
        for line in programme.funding where line.scope == .local {
            for absorbed in line.consolidates {
                guard let amount = lines[absorbed.funding]?.amounts.first(where: { $0.year == absorbed.year })?.amount.money else { continue }
                used[line.id, default: [:]][absorbed.year, default: .zero] += amount
            }
        }

        for (position, burden) in burdens.enumerated() {
            for attribution in burden.fundedBy where !attribution.amounts.isEmpty {
                guard let line = lines[attribution.funding], line.scope == .local else { continue }
                for entry in attribution.amounts {
                    guard let money = entry.amount.money, money > .zero else { continue }
                    shares.append(Share(burden: burden.id, funding: line.id, year: entry.year, amount: money, status: line.status, explicit: true))
                    shareBurdens.append(position)
                    used[line.id, default: [:]][entry.year, default: .zero] += money
                    if let left = uncovered[position][entry.year] {
                        uncovered[position][entry.year] = max(.zero, left - money)
                    }
                }
            }
        }

        // The burdens that name each line without amounts, in file order, found in one pass over the burdens.
        var claimantsByLine: [String: [Int]] = [:]
        for (position, burden) in burdens.enumerated() {
            for line in Set(burden.fundedBy.lazy.filter(\.amounts.isEmpty).map(\.funding)) {
                claimantsByLine[line, default: []].append(position)
            }
        }
        for status in [Funding.Status.confirmed, .indicative] {
            for line in programme.funding where line.scope == .local && line.status == status {
                let claimants = claimantsByLine[line.id] ?? []
                for entry in line.amounts {
                    guard let amount = entry.amount.money else { continue }
                    var remaining = amount - (used[line.id]?[entry.year] ?? .zero)
                    for position in claimants {
                        guard remaining > .zero else { break }
                        guard let need = uncovered[position][entry.year], need > .zero else { continue }
                        let give = min(need, remaining)
                        shares.append(Share(burden: burdens[position].id, funding: line.id, year: entry.year, amount: give, status: status, explicit: false))
                        shareBurdens.append(position)
                        uncovered[position][entry.year] = need - give
                        remaining -= give
                        used[line.id, default: [:]][entry.year, default: .zero] += give
                    }
                }
            }
        }

        var unattributed: [String: [FinancialYear: Money]] = [:]
        for line in programme.funding where line.scope == .local {
            for entry in line.amounts {
                guard let amount = entry.amount.money else { continue }
                let left = amount - (used[line.id]?[entry.year] ?? .zero)
                if left > .zero { unattributed[line.id, default: [:]][entry.year] = left }
            }
        }
        self.shares = shares
        self.shareBurdens = shareBurdens
        self.unattributed = unattributed
    }
}

extension Funding.Status: JSONTapeReadable {}

/// Every attribution of funding to a burden and year is in a report's request: written and read without the coders' containers.
extension FundingAllocation.Share: JSONStreamWritable, JSONTapeReadable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.burden, burden)
        writer.member(CodingKeys.funding, funding)
        writer.member(CodingKeys.year, year)
        writer.member(CodingKeys.amount, amount)
        writer.member(CodingKeys.status, word: status)
        writer.member(CodingKeys.explicit, explicit)
        writer.endObject()
    }

    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        burden = try object.required(CodingKeys.burden, String.self)
        funding = try object.required(CodingKeys.funding, String.self)
        year = try object.required(CodingKeys.year, FinancialYear.self)
        amount = try object.required(CodingKeys.amount, Money.self)
        status = try object.required(CodingKeys.status, Funding.Status.self)
        explicit = try object.required(CodingKeys.explicit, Bool.self)
    }
}
