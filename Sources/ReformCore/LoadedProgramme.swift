import ReformModel

/// A programme that loaded without errors, with the warnings found in it.
public struct LoadedProgramme: Sendable {
    /// The validated programme.
    public let programme: Programme
    /// Problems worth a look that do not make the file invalid.
    public let warnings: [Diagnostic]
}
