import ReformModel
import ReformRecord
import ReformStore

/// A programme file and the record of progress kept for it: where every use case starts.
public struct Workspace: Sendable {
    /// The programme file's path.
    public let programmeFile: String
    /// Where its record is.
    public let record: StoreLocation

    /// The workspace of `programmeFile`, with the record named by `--db`, else `REFORM_DB`, else
    /// `.reform/history.sqlite` beside the file.
    public init(programmeFile: String, recordOption: String?, environment: [String: String]) {
        self.programmeFile = programmeFile
        self.record = StoreLocation.resolve(option: recordOption, environment: environment, programmeFile: programmeFile)
    }

    /// Opens the record for `access`; `nil` when there is none yet and it is not to be made.
    public func openRecord(_ access: StoreAccess) async throws(AppError) -> (RecordStore)? {
        do { return try await record.open(access) } catch { throw AppError(error) }
    }

    /// Reads from the record with `query`, or gives `none` when there is no record yet: reading
    /// never creates one.
    public func read<T>(ifNone none: T, _ query: (RecordStore) async throws(StoreError) -> T) async throws(AppError) -> T {
        guard let store = try await openRecord(.read) else { return none }
        do { return try await query(store) } catch { throw AppError(error) }
    }

    /// Every recorded update, in the order they apply; none when there is no record yet.
    public func updates() async throws(AppError) -> [ProgressUpdate] {
        try await read(ifNone: []) { store throws(StoreError) in try await store.updates() }
    }
}
