/// Why a file could not be written.
public struct FileWriteError: Error, Sendable {
    /// What went wrong, in words.
    public let message: String
}
