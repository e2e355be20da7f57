/// A report's document kept in the record with its run, so that anyone signed in can download
/// what was sent to the committee, exactly as it was.
public struct KeptDocument: Hashable, Sendable {
    /// The name to save it as, such as `committee-update-2024-09-15.docx`.
    public var fileName: String
    /// Its media type.
    public var mediaType: String
    /// Its bytes.
    public var bytes: [UInt8]

    /// A document.
    public init(fileName: String, mediaType: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.mediaType = mediaType
        self.bytes = bytes
    }
}
