/// A note recorded on an action: what an officer said, who said it and on what day. Text from a
/// person, so every report escapes it where it is shown.
public struct ActionNote: Hashable, Sendable, Codable, JSONStreamWritable {
    /// The note as recorded.
    public let text: String
    /// Who recorded it.
    public let by: String?
    /// The day of the update it came with.
    public let day: CalendarDay

    /// Creates a note.
    public init(text: String, by: String?, day: CalendarDay) {
        self.text = text
        self.by = by
        self.day = day
    }

    /// The latest note among `updates` (in the order they apply), if any has one.
    public static func latest(in updates: [ProgressUpdate]) -> ActionNote? {
        updates.last { $0.note != nil }.map { ActionNote(text: $0.note!, by: $0.by, day: $0.day) }
    }

    private enum CodingKeys: String, CodingKey {
        case text, by, day
    }

    /// Writes what `encode(to:)` writes, member for member.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.text, text)
        writer.member(CodingKeys.by, by)
        writer.member(CodingKeys.day, day)
        writer.endObject()
    }
}
