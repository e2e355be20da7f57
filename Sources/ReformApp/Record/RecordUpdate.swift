import Foundation
import ReformModel
import ReformStore

/// Recording progress on one action, as `reform update` and the update form do: checked against
/// the programme and the action's recorded values before anything is written.
public struct RecordUpdate: Sendable {
    /// The update as asked for.
    public var request: UpdateRequest
    /// Today, which `--at` defaults to.
    public var today: CalendarDay

    /// A use case recording `request`.
    public init(_ request: UpdateRequest, today: CalendarDay) {
        self.request = request
        self.today = today
    }

    /// Checks and records the update in one transaction.
    ///
    /// - Returns: the event recorded, with its old and new values.
    /// - Throws: `AppError` saying what is wrong and that nothing was recorded.
    public func run(_ open: OpenProgramme) async throws(AppError) -> RecordedEvent {
        let loaded = try await open.load()
        let recorder = UpdateRecorder(programme: loaded.programme)
        // Only this action's events decide its old values; the rest of the record is not read.
        let existingStore = try open.workspace.openRecord(create: false)
        let existing: [ProgressUpdate]
        do { existing = try await existingStore?.updates(action: request.action) ?? [] } catch { throw AppError(error) }
        let event: RecordedEvent
        do {
            event = try recorder.event(for: request, updates: existing, today: today)
        } catch {
            throw AppError("error: \(error.message); nothing was recorded")
        }
        let opened = existingStore == nil ? try open.workspace.openRecord(create: true) : existingStore
        guard let store = opened else { return event }
        do { try await store.append([event]) } catch { throw AppError(error) }
        return event
    }
}
