import Testing
@testable import ReformModel

@Suite("Calendar days and financial years")
struct CalendarTests {
    @Test("day numbers round-trip across centuries and leap days")
    func dayNumbersRoundTrip() {
        for number in stride(from: -800_000, through: 800_000, by: 97) {
            let day = CalendarDay(dayNumber: number)
            #expect(day.dayNumber == number)
        }
        #expect(CalendarDay(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDay(year: 2024, month: 3, day: 1)!.adding(days: -1) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(year: 2023, month: 12, day: 15)!.days(to: CalendarDay(year: 2025, month: 12, day: 15)!) == 731)
    }

    @Test("impossible days do not exist")
    func impossibleDays() {
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2024, month: 4, day: 31) == nil)
    }

    @Test("a financial year runs from 1 April to 31 March and is written 2024/25")
    func financialYears() {
        let year = FinancialYear(Substring("2024/25"))!
        #expect(year.firstDay.iso == "2024-04-01")
        #expect(year.lastDay.iso == "2025-03-31")
        #expect(FinancialYear(containing: CalendarDay(year: 2025, month: 3, day: 31)!) == year)
        #expect(FinancialYear(containing: CalendarDay(year: 2025, month: 4, day: 1)!) == year.next)
        #expect(FinancialYear(Substring("2099/00"))?.label == "2099/00")
        #expect(FinancialYear(Substring("2024/26")) == nil)
        for text in ["", "2024/2", "2024/250", "2024-25", "20x4/25", "2024/2x", "２０２４/25", "2024/25 ", " 2024/25", "2024//5", "1899/00"] {
            #expect(FinancialYear(Substring(text)) == nil, "\(text)")
        }
    }

    @Test("did-you-mean suggests only close spellings")
    func suggestions() {
        #expect(Suggestion.closest(to: "titel", among: ["id", "title", "status"]) == "title")
        #expect(Suggestion.closest(to: "depends-on", among: ["depends_on", "due"]) == "depends_on")
        #expect(Suggestion.closest(to: "colour", among: ["id", "title", "likelihood"]) == nil)
    }
}
