import ReformStore

/// A programme file and where the record of progress kept for it is: what a command names with
/// `--file` and `--db`.
public struct Workspace: Sendable {
    /// The programme file's path.
    public let programmeFile: String
    /// Where its record is.
    let record: StoreLocation

    /// The workspace of `programmeFile`, with the record named by `--db`, else `REFORM_DB`, else
    /// `.reform/history.sqlite` beside the file.
    public init(programmeFile: String, recordOption: String?, environment: [String: String]) {
        self.programmeFile = programmeFile
        self.record = StoreLocation.resolve(option: recordOption, environment: environment, programmeFile: programmeFile)
    }

    /// Where the record is, as a person would name it (no password).
    public var recordName: String { record.description }
}
