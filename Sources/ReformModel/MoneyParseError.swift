/// Why a piece of text is not an amount of money.
public enum MoneyParseError: Error, Hashable, Sendable {
    /// Not a plain number at all.
    case notANumber(String)
    /// A minus sign: costs and funding are never negative.
    case negative(String)
    /// More than two decimal places: amounts are held to the penny.
    case tooManyDecimalPlaces(String)
    /// Above `Money.maximum`.
    case tooLarge(String)

    /// What is wrong and what would be right.
    public var message: String {
        switch self {
        case .notANumber(let text):
            return "'\(text)' is not an amount (write a plain number of pounds such as 250000 or 1250.50, or unknown)"
        case .negative(let text):
            return "'\(text)' is negative: amounts are costs or funding and are written as positive numbers"
        case .tooManyDecimalPlaces(let text):
            return "'\(text)' has more than two decimal places: amounts are held to the penny (for example 1250.50)"
        case .tooLarge(let text):
            return "'\(text)' is larger than the largest amount allowed (\(Money.maximum.decimalString))"
        }
    }
}
