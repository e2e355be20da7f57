/// The `settings:` section: thresholds that analysis uses, adjustable per programme.
public struct Settings: Hashable, Sendable, Codable {
    /// Performance thresholds for RAG.
    public var rag: RAGThresholds

    /// Creates settings; the defaults are the Camms convention.
    public init(rag: RAGThresholds = RAGThresholds()) {
        self.rag = rag
    }
}
