import ReformCore
import ReformModel
import ReformRecord

/// A lead costs a new burden by UK financial year, as the burden form does: for each year a
/// one-off and a recurrent amount, or "unknown" (not yet costed, never counted as nothing). The
/// burden's `costs` are written again; the rest of its lines, and the plan, stay as they were.
public struct CostBurden: Sendable {
    /// One financial year of the form.
    public struct Year: Sendable, Equatable {
        /// `2025/26`.
        public var year: String
        /// Pounds as typed (`120000`, `£120,000`); empty when none.
        public var oneOff: String
        public var recurrent: String
        /// Not yet costed for this year.
        public var unknown: Bool

        public init(year: String, oneOff: String = "", recurrent: String = "", unknown: Bool = false) {
            self.year = year
            self.oneOff = oneOff
            self.recurrent = recurrent
            self.unknown = unknown
        }
    }

    public var burden: String
    public var years: [Year]
    public var reason: String
    public var base: Int64?

    public init(burden: String, years: [Year], reason: String, base: Int64?) {
        self.burden = burden
        self.years = years
        self.reason = reason
        self.base = base
    }

    /// The burden `id` as the plan has it, with the years its form offers.
    ///
    /// - Throws: `AppError` (`notFound`) naming the nearest burden when the plan has none called `id`.
    public static func form(for id: String, programme source: any ProgrammeSource, today: CalendarDay) async throws(AppError) -> (burden: Burden, years: [Year]) {
        let programme = try await source.plan().programme
        guard let burden = programme.burdens.first(where: { $0.id == id }) else {
            throw AppError.noSuch("burden", id, in: "the plan", among: programme.burdens.map(\.id), field: .cost)
        }
        return (burden, formYears(of: burden, today: today))
    }

    /// The years a burden form offers: those the burden is costed in, and the next three years from today's.
    public static func formYears(of burden: Burden, today: CalendarDay) -> [Year] {
        var byYear: [FinancialYear: Year] = [:]
        let current = FinancialYear(containing: today)
        for year in [current.previous, current, current.next, current.next.next] { byYear[year] = Year(year: year.label) }
        for cost in burden.costs {
            var year = byYear[cost.year] ?? Year(year: cost.year.label)
            switch (cost.amount, cost.recurrent) {
            case (.unknown, _): year.unknown = true
            case (.known(let money), true): year.recurrent = written(money)
            case (.known(let money), false): year.oneOff = written(money)
            }
            byYear[cost.year] = year
        }
        return byYear.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Publishes the costed plan as `person`.
    ///
    /// - Throws: `AppError` on the `cost` field naming the year and what is wrong, or as `EditAction`.
    public func run(record: Record, workingCopy: String, moment: Moment, person: Person) async throws(AppError) -> PlanRevision {
        let id = burden, years = self.years
        return try await PlanItemChange(unit: PlanMerge.Unit(section: "burdens", id: id), reason: reason, base: base, workingCopy: workingCopy)
            .run(record: record, moment: moment, person: person, fields: ["costs": .cost]) { programme throws(AppError) in
                guard let current = programme.burdens.first(where: { $0.id == id }) else {
                    throw AppError.noSuch("burden", id, in: "the plan", among: programme.burdens.map(\.id), field: .cost)
                }
                let rows = try Self.rows(years, keeping: current.costs)
                return PlanTextEdit(section: "burdens", id: id, changes: [rows.isEmpty ? .remove(key: "costs") : .set(key: "costs", .mappings(rows))])
            }
    }

    /// The `costs` entries the form's years make, in year order; a year left unknown keeps the basis it had.
    static func rows(_ years: [Year], keeping existing: [BurdenCost]) throws(AppError) -> [[(key: String, value: YAMLValueText)]] {
        var rows: [(FinancialYear, [(key: String, value: YAMLValueText)])] = []
        for entry in years {
            guard case .success(let year) = FinancialYear.parse(entry.year.trimmingSpaces()) else {
                throw AppError.invalid("'\(entry.year)' is not a UK financial year: write it as 2025/26", .cost)
            }
            let oneOff = try money(entry.oneOff, year: year, kind: "one-off"), recurrent = try money(entry.recurrent, year: year, kind: "recurrent")
            if entry.unknown {
                guard oneOff == nil, recurrent == nil else {
                    throw AppError.invalid("\(year.label) is marked not yet costed and has an amount: give the amounts, or leave them empty", .cost)
                }
                var row: [(key: String, value: YAMLValueText)] = [("year", .plain(year.label)), ("amount", .plain("unknown")), ("recurrent", .plain("true"))]
                if let basis = existing.first(where: { $0.year == year && !$0.amount.isKnown })?.basis { row.append(("basis", .text(basis))) }
                rows.append((year, row))
            }
            if let oneOff { rows.append((year, [("year", .plain(year.label)), ("amount", .plain(written(oneOff))), ("recurrent", .plain("false"))])) }
            if let recurrent { rows.append((year, [("year", .plain(year.label)), ("amount", .plain(written(recurrent))), ("recurrent", .plain("true"))])) }
        }
        return rows.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// An amount as a finance officer writes it in the plan: whole pounds without pence (`120000`), else with them (`1250.50`).
    private static func written(_ money: Money) -> String {
        money.pence % 100 == 0 ? String(money.pence / 100) : money.decimalString
    }

    /// Pounds as typed, with a pound sign and thousands commas allowed; `nil` when empty.
    private static func money(_ typed: String, year: FinancialYear, kind: String) throws(AppError) -> Money? {
        let plain = typed.trimmingSpaces().replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
        guard !plain.isEmpty else { return nil }
        switch Money.parse(plain) {
        case .success(let money): return money
        case .failure(let error): throw AppError.invalid("\(year.label), \(kind): \(error.message)", .cost)
        }
    }
}

extension FinancialYear {
    /// The year before.
    var previous: FinancialYear { FinancialYear(startYear: startYear - 1) }
}
