import Testing
@testable import ReformModel

@Suite("Money held exactly")
struct MoneyTests {
    @Test("plain amounts are held to the penny", arguments: [
        ("250000", Int64(25_000_000)), ("1250.50", 125_050), ("1250.5", 125_050), ("0.01", 1), ("0", 0),
        ("10.000", 1000), ("+7", 700), ("99999999999.99", 9_999_999_999_999), ("100000000000", 10_000_000_000_000),
        (" 12.50", 1250), ("12.50 ", 1250), ("\t12.50\r\n", 1250), ("\n 3 \t", 300),
    ])
    func parsesExactly(text: String, pence: Int64) throws {
        #expect(try Money.parse(text).get().pence == pence)
    }

    @Test("more than two decimal places, negatives, symbols and separators are refused with the reason")
    func refusals() {
        #expect(Money.parse("10.005") == .failure(.tooManyDecimalPlaces("10.005")))
        #expect(Money.parse("-500") == .failure(.negative("-500")))
        #expect(Money.parse("£1,250") == .failure(.notANumber("£1,250")))
        #expect(Money.parse("1e6") == .failure(.notANumber("1e6")))
        #expect(Money.parse("12.") == .failure(.notANumber("12.")))
        #expect(Money.parse(".5") == .failure(.notANumber(".5")))
        #expect(Money.parse("") == .failure(.notANumber("")))
        #expect(Money.parse("100000000000.01") == .failure(.tooLarge("100000000000.01")))
        #expect(Money.parse("99999999999999999999999") == .failure(.tooLarge("99999999999999999999999")))
    }

    @Test("sums of many large amounts reconcile to the penny")
    func largeSumsReconcile() {
        let amounts = Array(repeating: Money(pence: 9_999_999_999_999), count: 1000) + [Money(pence: 1)]
        let total = amounts.reduce(Money.zero, +)
        #expect(total.decimalString == "99999999999990.01")
    }

    @Test("amounts are written as plain decimals for machines and with separators for readers")
    func formatting() {
        #expect(Money(pence: 125_050).decimalString == "1250.50")
        #expect(Money(pence: 5).decimalString == "0.05")
        #expect(Money(pence: 2_000_000_000).formatted() == "£20,000,000")
        #expect(Money(pence: 125_050).formatted() == "£1,250.50")
        #expect(Money(pence: 99).formatted() == "£0.99")
    }

    @Test("unknown is not zero")
    func unknownIsNotZero() {
        #expect(Amount.unknown != .known(.zero))
        #expect(Amount.unknown.money == nil)
        #expect(Amount.known(.zero).isKnown)
        #expect(Amount.unknown.description == "unknown")
    }
}
