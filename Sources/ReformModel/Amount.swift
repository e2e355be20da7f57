/// A sum of money that may not be known yet.
///
/// The New Burdens doctrine turns on the difference between a cost of nothing and a cost
/// nobody has estimated, so `unknown` is never treated as zero: reports list such items as
/// unquantified instead of adding them in.
public enum Amount: Hashable, Sendable {
    /// A stated amount.
    case known(Money)
    /// No figure has been given (written `unknown`, `~` or `null`).
    case unknown

    /// The money, when it is known.
    public var money: Money? {
        if case .known(let money) = self { return money }
        return nil
    }

    /// Whether a figure has been given.
    public var isKnown: Bool { money != nil }
}

extension Amount: CustomStringConvertible {
    public var description: String { money?.decimalString ?? "unknown" }
}

extension Amount: Codable {
    /// An amount travels as a decimal string, or as JSON `null` when unknown.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .unknown : .known(try container.decode(Money.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .known(let money): try container.encode(money)
        case .unknown: try container.encodeNil()
        }
    }
}

extension Amount: JSONTapeReadable {
    /// Reads money, or `null` for an amount nobody has stated, as its `init(from:)` does.
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        self = tape.isNull ? .unknown : .known(try Money(tape: tape))
    }
}

extension Amount: JSONStreamWritable {
    /// Writes the money, or `null` for an amount nobody has stated, as its encoding does.
    public func writeJSON(to writer: inout JSONWriter) {
        if let money { money.writeJSON(to: &writer) } else { writer.null() }
    }
}
