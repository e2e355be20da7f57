/// A document that facts are taken from; every item's `source` names one.
public struct Source: Hashable, Sendable, Codable {
    /// Unique among sources, for example the document's file name.
    public var id: String
    /// The document's title.
    public var title: String
    /// Where to find it.
    public var url: String?
    /// When it was published.
    public var published: PlanDate?

    /// Creates a source.
    public init(id: String, title: String, url: String? = nil, published: PlanDate? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
    }
}
