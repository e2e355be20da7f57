/// A RAG rating set by hand in the file, which must say why.
public struct RAGOverride: Hashable, Sendable, Codable {
    /// The rating.
    public var status: RAGColour
    /// Why the computed rating is being overridden.
    public var reason: String

    /// Creates an override.
    public init(status: RAGColour, reason: String) {
        self.status = status
        self.reason = reason
    }
}

extension RAGOverride: JSONStreamWritable {
    /// Writes what `encode(to:)` writes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.status, word: status)
        writer.member(CodingKeys.reason, reason)
        writer.endObject()
    }
}
