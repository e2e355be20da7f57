/// An exact sum of money in pence (minor units), never a binary floating-point number.
///
/// Financial reports to a council must reconcile to the penny, so amounts are integers of
/// pence from the moment they are read to the moment they are shown.
public struct Money: Hashable, Comparable, Sendable {
    /// The amount in pence.
    public let pence: Int64

    /// The largest amount a programme may state: £100,000,000,000.00.
    ///
    /// Far above any council budget, and low enough that the sum of a million such amounts
    /// cannot overflow, so totals never need a check at run time.
    public static let maximum = Money(pence: 10_000_000_000_000)

    /// No money.
    public static let zero = Money(pence: 0)

    /// Creates an amount from a number of pence.
    public init(pence: Int64) {
        self.pence = pence
    }

    /// Creates an amount from a whole number of pounds.
    public init(pounds: Int64) {
        self.pence = pounds * 100
    }

    /// The amount as a plain decimal string with two places, `250000.00`: how JSON and CSV carry it.
    public var decimalString: String {
        let negative = pence < 0
        let magnitude = pence.magnitude
        let pounds = magnitude / 100, rest = magnitude % 100
        return (negative ? "-" : "") + "\(pounds)." + (rest < 10 ? "0\(rest)" : "\(rest)")
    }

    /// The amount as a reader expects it in a report: `£250,000` or `£1,250.50` (pence only when there are any).
    public func formatted(symbol: String = "£") -> String {
        let negative = pence < 0
        let magnitude = pence.magnitude
        let digits = String(magnitude / 100)
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let rest = magnitude % 100
        let fraction = rest == 0 ? "" : "." + (rest < 10 ? "0\(rest)" : "\(rest)")
        return (negative ? "-" : "") + symbol + grouped + fraction
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence - rhs.pence) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
}

extension Money: CustomStringConvertible {
    public var description: String { decimalString }
}

extension Money: Codable {
    /// Money travels as a decimal string (`"1250.50"`) so that no JSON reader turns it into a float.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch Money.parse(text) {
        case .success(let money): self = money
        case .failure(let error):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimalString)
    }
}

extension Money {
    /// Parses a plain decimal number of pounds with at most two decimal places, such as `250000` or `1250.5`.
    ///
    /// No currency symbols, thousands separators or exponents: a finance officer's `£1,250`
    /// is refused with a message that shows the plain form, rather than guessed at.
    public static func parse(_ text: String) -> Result<Money, MoneyParseError> {
        var bytes = Substring(text.trimmingSpaces()).utf8[...]
        if bytes.first == UInt8(ascii: "-") {
            let rest = Substring(bytes.dropFirst())
            if case .success = parse(String(rest)) { return .failure(.negative(text)) }
            return .failure(.notANumber(text))
        }
        if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var pounds: Int64 = 0, pence: Int64 = 0
        var integerDigits = 0, fractionDigits = 0, seenPoint = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if seenPoint { return .failure(.notANumber(text)) }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return .failure(.notANumber(text)) }
            let digit = Int64(byte - UInt8(ascii: "0"))
            if seenPoint {
                fractionDigits += 1
                if fractionDigits > 2 {
                    if digit != 0 { return .failure(.tooManyDecimalPlaces(text)) }
                    continue
                }
                pence = pence * 10 + digit
            } else {
                integerDigits += 1
                if pounds > Money.maximum.pence / 100 { return .failure(.tooLarge(text)) }
                pounds = pounds * 10 + digit
            }
        }
        guard integerDigits > 0 else { return .failure(.notANumber(text)) }
        if seenPoint && fractionDigits == 0 { return .failure(.notANumber(text)) }
        if fractionDigits == 1 { pence *= 10 }
        guard pounds <= Money.maximum.pence / 100 else { return .failure(.tooLarge(text)) }
        let total = pounds * 100 + pence
        guard total <= Money.maximum.pence else { return .failure(.tooLarge(text)) }
        return .success(Money(pence: total))
    }
}

extension Money: JSONStreamWritable {
    /// Writes `decimalString`, quoted, without making the string: a funding analysis holds hundreds of thousands.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.punctuation(UInt8(ascii: "\""))
        if pence < 0 { writer.punctuation(UInt8(ascii: "-")) }
        writer.digits(Int(pence.magnitude / 100))
        writer.punctuation(UInt8(ascii: "."))
        writer.digits(Int(pence.magnitude % 100), width: 2)
        writer.punctuation(UInt8(ascii: "\""))
        writer.endValue()
    }
}

extension Money: JSONTapeReadable {
    /// Reads the quoted decimal its `init(from:)` reads.
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        guard case .success(let money) = Money.parse(try tape.string()) else { throw JSONTapeMismatch() }
        self = money
    }
}
