/// How an event came into the record: typed by one person, or a row of an imported file.
public enum EventOrigin: String, Hashable, Sendable, Codable, CaseIterable {
    /// `reform update` (or, later, the web form).
    case update
    /// A row of `reform import-updates`.
    case `import`
}
