/// A committee that oversees the programme, such as a scrutiny committee.
public struct Committee: Hashable, Sendable, Codable {
    /// Unique among committees.
    public var id: String
    /// The committee's name.
    public var name: String
    /// Its meetings that considered the programme.
    public var meetings: [Meeting]
    /// Where the facts come from.
    public var source: String?

    /// Creates a committee.
    public init(id: String, name: String, meetings: [Meeting] = [], source: String? = nil) {
        self.id = id
        self.name = name
        self.meetings = meetings
        self.source = source
    }
}
