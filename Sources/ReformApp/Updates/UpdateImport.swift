import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Records a CSV file of updates: rows are checked on one thread and written on another, in
/// one transaction, so a million rows take little more than the database's own time to insert.
///
/// All or nothing still holds: the first bad row rolls the transaction back, and nothing that
/// was already written stays.
enum UpdateImport {
    /// Checks every row of `source` against the programme and the events already `recorded` (voids
    /// included), and records them all in `store`; returns how many were recorded.
    ///
    /// - Throws: `UpdateError` for the first bad row (nothing recorded), or `StoreError` when
    ///   the record cannot be written (nothing recorded).
    static func run(_ source: UpdateCSVSource, recorder: UpdateRecorder, recorded: [RecordedEvent], defaultBy: String, reopen: Bool,
                    today: CalendarDay, into store: RecordStore, progress: (@Sendable (Int) -> Void)? = nil) async throws -> Int {
        let checked = BatchChannel<RecordedEvent, UpdateError> { events in
            do throws(UpdateError) {
                try UpdateCSVReader(recorder: recorder, programme: recorder.programme, recorded: recorded, defaultBy: defaultBy,
                                    reopen: reopen, today: today).checkRows(of: source) { events.yield($0) }
                return nil
            } catch {
                return error
            }
        }
        // However the writing ends, the checking thread is stopped before this returns.
        defer { checked.finish() }
        return try await store.append(progress: progress) { () throws(UpdateError) in try checked.next() }
    }
}
