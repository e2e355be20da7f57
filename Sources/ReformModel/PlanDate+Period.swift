extension PlanDate {
    /// The first day of the period the wording names: `June 2024` starts on 1 June, `Spring 2024`
    /// on 1 March, `2024/25` on 1 April 2024. What a loose date means where it says "from".
    public var firstDay: CalendarDay {
        let year = day.year
        switch precision {
        case .day: return day
        case .month: return CalendarDay(anyYear: year, month: day.month, day: 1)
        case .quarter, .financialQuarter: return CalendarDay(anyYear: year, month: day.month - 2, day: 1)
        case .season:
            // Spring is March to May, Summer June to August, Autumn September to November, Winter December to February.
            return day.month == 2 ? CalendarDay(anyYear: year - 1, month: 12, day: 1) : CalendarDay(anyYear: year, month: day.month - 2, day: 1)
        case .partOfYear:
            // early is January to April, mid May to August, late September to December.
            return CalendarDay(anyYear: year, month: day.month - 3, day: 1)
        case .financialYear: return FinancialYear(containing: day).firstDay
        }
    }
}

/// Quarters of a UK financial year: Q1 is April to June, Q4 January to March.
enum FinancialQuarter {
    /// The quarter (1 to 4) whose last month is `month` (6, 9, 12 or 3).
    static func number(endingIn month: Int) -> Int {
        month >= 4 ? (month - 3) / 3 : 4
    }

    /// The last day of quarter `quarter` of `year`.
    static func lastDay(_ quarter: Int, of year: FinancialYear) -> CalendarDay {
        let month = quarter == 4 ? 3 : 3 + quarter * 3
        return CalendarDay.lastDay(ofMonth: month, anyYear: quarter == 4 ? year.startYear + 1 : year.startYear)
    }
}
