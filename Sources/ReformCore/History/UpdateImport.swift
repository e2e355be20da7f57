import Foundation
import ReformModel

/// Records a CSV file of updates: rows are checked on one thread and written on another, in
/// one transaction, so a million rows take little more than SQLite's own time to insert.
///
/// All or nothing still holds: the first bad row rolls the transaction back, and nothing that
/// was already written stays.
public enum UpdateImport {
    /// Checks every row of `text` against the programme and the `existing` updates, and
    /// records them all in `store`; returns how many were recorded.
    ///
    /// - Throws: `UpdateError` for the first bad row (nothing recorded), or `HistoryError` when
    ///   the database cannot be written (nothing recorded).
    public static func run(_ text: String, recorder: UpdateRecorder, existing: [ProgressUpdate], defaultBy: String, reopen: Bool,
                           today: CalendarDay, into store: HistoryStore, progress: ((Int) -> Void)? = nil) throws -> Int {
        let channel = BatchChannel<RecordedEvent, UpdateError>(capacity: 4)
        let thread = Thread {
            var batch: [RecordedEvent] = []
            batch.reserveCapacity(batchSize)
            do throws(UpdateError) {
                try UpdateCSV.checkRows(of: text, recorder: recorder, existing: existing, defaultBy: defaultBy, reopen: reopen, today: today) { event in
                    batch.append(event)
                    guard batch.count == batchSize else { return true }
                    defer { batch.removeAll(keepingCapacity: true) }
                    return channel.send(.init(elements: batch, end: nil))
                }
                _ = channel.send(.init(elements: batch, end: .some(nil)))
            } catch {
                _ = channel.send(.init(elements: [], end: .some(error)))
            }
            channel.markProducerFinished()
        }
        thread.start()
        // However the writing ends, the checking thread is stopped before this returns.
        defer { channel.cancelAndWaitForProducer() }

        var pending: [RecordedEvent] = []
        var position = 0
        var end: UpdateError??
        return try store.append(progress: progress) { () throws(UpdateError) -> RecordedEvent? in
            while position == pending.count {
                if let end {
                    if let error = end { throw error }
                    return nil
                }
                let received = channel.receive()
                (pending, position, end) = (received.elements, 0, received.end)
            }
            position += 1
            return pending[position - 1]
        }
    }

    private static let batchSize = 4096
}
