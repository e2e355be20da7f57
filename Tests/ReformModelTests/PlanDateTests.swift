import Testing
@testable import ReformModel

@Suite("Dates as plans write them")
struct PlanDateTests {
    private func parsed(_ text: String) throws -> PlanDate {
        try PlanDate.parse(text).get()
    }

    @Test("every form in the format's table resolves to the documented day and is shown as documented",
          arguments: [
              ("2024-12-31", "2024-12-31", "31 December 2024", PlanDate.Precision.day),
              ("2024-12", "2024-12-31", "December 2024", .month),
              ("December 2024", "2024-12-31", "December 2024", .month),
              ("2024-02", "2024-02-29", "February 2024", .month),
              ("2024-Q1", "2024-03-31", "Q1 2024", .quarter),
              ("2024-Q4", "2024-12-31", "Q4 2024", .quarter),
              ("Spring 2024", "2024-05-31", "Spring 2024", .season),
              ("Summer 2024", "2024-08-31", "Summer 2024", .season),
              ("Autumn 2024", "2024-11-30", "Autumn 2024", .season),
              ("Winter 2024", "2025-02-28", "Winter 2024", .season),
              ("Winter 2023", "2024-02-29", "Winter 2023", .season),
              ("early 2024", "2024-04-30", "early 2024", .partOfYear),
              ("mid 2024", "2024-08-31", "mid 2024", .partOfYear),
              ("late 2024", "2024-12-31", "late 2024", .partOfYear),
              ("2024/25", "2025-03-31", "2024/25", .financialYear),
              ("1999/00", "2000-03-31", "1999/00", .financialYear),
              ("30/09/2024", "2024-09-30", "30 September 2024", .day),
              ("2/8/2024", "2024-08-02", "2 August 2024", .day),
              ("30 September 2024", "2024-09-30", "30 September 2024", .day),
              ("1 Sept 2024", "2024-09-01", "1 September 2024", .day),
              ("Sep 2024", "2024-09-30", "September 2024", .month),
              ("Sept 2024", "2024-09-30", "September 2024", .month),
              ("Q1 2024/25", "2024-06-30", "Q1 2024/25", .financialQuarter),
              ("Q2 2024/25", "2024-09-30", "Q2 2024/25", .financialQuarter),
              ("Q4 2024/25", "2025-03-31", "Q4 2024/25", .financialQuarter),
          ])
    func resolvesEveryForm(text: String, day: String, shown: String, precision: PlanDate.Precision) throws {
        let date = try parsed(text)
        #expect(date.day.iso == day)
        #expect(date.shown == shown)
        #expect(date.precision == precision)
        #expect(date.wording == text)
    }

    @Test("words are accepted in any letter case and the wording is kept as written")
    func wordsInAnyCase() throws {
        #expect(try parsed("SPRING 2024").day.iso == "2024-05-31")
        #expect(try parsed("december 2024").shown == "December 2024")
        #expect(try parsed("Early 2024").wording == "Early 2024")
        #expect(try parsed("q2 2024").day.iso == "2024-06-30")
        #expect(try parsed("  2024-12  ").wording == "2024-12")
    }

    @Test("near misses are refused", arguments: [
        "Sprng 2024", "2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024/26", "2024/2025", "24/25",
        "2024-Q5", "December", "2024", "Spring 24", "early-2024", "2024-12-1", "31/12/24", "31/13/2024", "Q5 2024/25", "30 Septober 2024", "", "next year", "2024-12-31T00:00",
    ])
    func refusesNearMisses(text: String) {
        #expect(throws: DateParseError.self) { try PlanDate.parse(text).get() }
    }

    @Test("the error names the problem or lists the accepted forms")
    func errorMessages() {
        #expect(PlanDate.parse("2023-02-29").failureMessage == "'2023-02-29' is not a date: February 2023 has 28 days")
        #expect(PlanDate.parse("Sprng 2024").failureMessage?.contains("did you mean 'Spring 2024'?") == true)
        #expect(PlanDate.parse("soon").failureMessage ==
            "'soon' is not a date (accepted: 2024-12-31, 31/12/2024, 31 December 2024, 2024-12, December 2024, Dec 2024, 2024-Q1, Q1 2024/25, Spring 2024, early 2024, 2024/25)")
        #expect(PlanDate.parse("31/09/2024").failureMessage == "'31/09/2024' is not a date: September 2024 has 30 days")
        #expect(PlanDate.parse("30/9/24").failureMessage == "'30/9/24' is not a date: write the year in full: did you mean '30/9/2024'?")
        #expect(PlanDate.parse("30 Septmber 2024").failureMessage?.contains("did you mean '30 September 2024'?") == true)
    }

    @Test("a loose date's period starts where a reader would say it does", arguments: [
        ("June 2024", "2024-06-01"), ("2024-Q3", "2024-07-01"), ("Q2 2024/25", "2024-07-01"), ("Spring 2024", "2024-03-01"),
        ("Winter 2024", "2024-12-01"), ("early 2024", "2024-01-01"), ("mid 2024", "2024-05-01"), ("late 2024", "2024-09-01"),
        ("2024/25", "2024-04-01"), ("2024-09-14", "2024-09-14"),
    ])
    func periodStarts(text: String, first: String) throws {
        #expect(try parsed(text).firstDay.iso == first)
    }

    @Test("a date in a year outside 1900 to 2200 is refused in every form, saying which years a plan may use (it used to trap or be accepted)",
          arguments: ["9999/00", "0000/01", "Q1 0000/01", "Q4 9999/00", "0000-01-01", "9999-12", "Winter 2200", "December 1899", "31/12/2201",
                      "1 January 0001", "2201-Q1", "early 9999", "1899/00"])
    func refusesYearsOutsideTheSupportedOnes(text: String) {
        let message = PlanDate.parse(text).failureMessage ?? ""
        #expect(message.contains("outside the years a plan may use (1900 to 2200)"), "\(text): \(message)")
    }

    @Test("the first and last supported years are dates like any other")
    func edgesOfTheSupportedYears() throws {
        #expect(try parsed("1900-01-01").day.iso == "1900-01-01")
        #expect(try parsed("2199/00").day.iso == "2200-03-31")
        #expect(try parsed("Q4 2199/00").firstDay.iso == "2200-01-01")
        #expect(try parsed("31/12/2200").day.iso == "2200-12-31")
        #expect(try parsed("Winter 2199").day.iso == "2200-02-28", "2200 is not a leap year")
    }

    @Test("a financial year outside the supported years is refused by its own reading too, in words")
    func financialYearsOutsideTheSupportedOnes() {
        #expect(FinancialYear(Substring("9999/00")) == nil && FinancialYear(Substring("0000/01")) == nil)
        #expect(FinancialYear.parse("9999/00").failure?.message == "'9999/00' is not a financial year (the year 9999 is outside the years a plan may use (1900 to 2200))")
        #expect(FinancialYear.parse("2024/26").failure?.message.contains("the second year following the first") == true)
    }

    @Test("days computed from others never trap, however far they fall outside the supported years")
    func computedDaysNeverTrap() {
        let far = FinancialYear(startYear: 9999)
        #expect(far.firstDay.iso == "9999-04-01" && far.lastDay.year == 10_000)
        #expect(FinancialYear(startYear: -5).lastDay.month == 3)
        #expect(CalendarDay(year: 2024, month: 1, day: 1)!.adding(days: 10_000_000).year > 2200)
        #expect(CalendarDay(year: 1899, month: 12, day: 31) == nil && CalendarDay(year: 2201, month: 1, day: 1) == nil)
    }

    @Test("dates order by the day they resolve to")
    func ordering() throws {
        #expect(try parsed("Spring 2024") < parsed("2024-06-01"))
        #expect(try parsed("2024/25") > parsed("December 2024"))
    }
}

extension Result where Failure == DateParseError {
    var failureMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
