/// Why a file could not be read.
public struct FileReadError: Error, Sendable {
    /// What went wrong, in words.
    public let message: String
}
