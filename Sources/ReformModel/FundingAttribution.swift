/// A funding line named as paying for a burden, with the exact amounts attributed where the file gives them.
public struct FundingAttribution: Hashable, Sendable, Codable {
    /// The funding line's id.
    public var funding: String
    /// Exact amounts by year; empty means "allocate in file order".
    public var amounts: [YearAmount]

    /// Creates an attribution.
    public init(funding: String, amounts: [YearAmount] = []) {
        self.funding = funding
        self.amounts = amounts
    }
}

extension FundingAttribution: JSONStreamWritable, JSONTapeReadable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.funding, funding)
        writer.member(CodingKeys.amounts, amounts)
        writer.endObject()
    }

    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        funding = try object.required(CodingKeys.funding, String.self)
        amounts = try object.required(CodingKeys.amounts, [YearAmount].self)
    }
}
