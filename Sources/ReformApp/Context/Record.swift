import NIOConcurrencyHelpers
import ReformRecord
import ReformStore

/// The record a use case reads and writes, as a front end hands it over: a command's, opened
/// when a use case first needs it (reading never makes one; the first write does), or a
/// server's, opened once at start and held.
///
/// Front ends hold this and never the store itself: what they may do with the record is what
/// the use cases do.
public final class Record: Sendable {
    private let location: StoreLocation
    private let opened = NIOLockedValueBox<(reader: RecordStore?, writer: RecordStore?)>((nil, nil))

    /// The record of `workspace`, opened when first used.
    public init(_ workspace: Workspace) {
        location = workspace.record
    }

    /// The record at `location` (a path or a `postgres://` URL, as `--db` names it), opened when first used.
    public convenience init(named location: String) {
        self.init(location: StoreLocation.parse(location))
    }

    init(location: StoreLocation) {
        self.location = location
    }

    /// The record of `workspace` opened now for writing, made if there is none: what a server holds.
    public static func opened(_ workspace: Workspace) async throws(AppError) -> Record {
        let record = Record(workspace)
        _ = try await record.writer()
        return record
    }

    /// Where the record is, as a person would name it (a path, or a URL without its password).
    public var name: String { location.description }

    /// The value of `query` on the record, or `none` when there is no record yet.
    func read<T>(ifNone none: T, _ query: (RecordStore) async throws(StoreError) -> T) async throws(AppError) -> T {
        guard let store = try await reader() else { return none }
        do { return try await query(store) } catch { throw AppError(error) }
    }

    /// The value of `change` on the record, made first if there is none yet.
    func write<T>(_ change: (RecordStore) async throws(StoreError) -> T) async throws(AppError) -> T {
        let store = try await writer()
        do { return try await change(store) } catch { throw AppError(error) }
    }

    /// The value of `change` on the record, made first if there is none yet; when the record was
    /// made for it and it fails, the record is removed again, so a failed first command leaves nothing.
    func write<T>(removingIfMade: Bool, _ change: (RecordStore) async throws -> T) async throws -> T {
        let existed = location.exists
        do {
            return try await change(try await writer())
        } catch {
            if removingIfMade, !existed {
                await close()
                opened.withLockedValue { $0 = (nil, nil) }
                location.removeNewlyMade()
            }
            throw error
        }
    }

    /// The store to read from: the writer if open, else one opened to read; `nil` when there is no record.
    private func reader() async throws(AppError) -> RecordStore? {
        let (reader, writer) = opened.withLockedValue { $0 }
        if let store = writer ?? reader { return store }
        let store: RecordStore?
        do { store = try await location.open(.read) } catch { throw AppError(error) }
        opened.withLockedValue { if $0.reader == nil { $0.reader = store } }
        return store
    }

    /// The store to write to, made if there is none.
    func writer() async throws(AppError) -> RecordStore {
        if let store = opened.withLockedValue({ $0.writer }) { return store }
        let store: RecordStore?
        do { store = try await location.open(.write(create: true)) } catch { throw AppError(error) }
        guard let store else { throw AppError("error: the record at \(location) could not be made") }
        opened.withLockedValue { $0.writer = store }
        return store
    }

    /// Lets go of the record's connections.
    public func close() async {
        let (reader, writer) = opened.withLockedValue { ($0.reader, $0.writer) }
        await reader?.close()
        await writer?.close()
    }
}
