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
        let existingStore = try open.workspace.openRecord(.read)
        let recorded: [RecordedEvent]
        do { recorded = try await existingStore?.events(action: request.action, since: nil, by: nil) ?? [] } catch { throw AppError(error) }
        let event: RecordedEvent
        do {
            event = try recorder.event(for: request, recorded: recorded, today: today)
        } catch {
            throw AppError("error: \(error.message); nothing was recorded")
        }
        guard let store = try open.workspace.openRecord(.write(create: true)) else { return event }
        do { return try await store.append([event])[0] } catch { throw AppError(error) }
    }
}
