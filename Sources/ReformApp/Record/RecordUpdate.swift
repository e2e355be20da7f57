import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Recording progress on one action, as `reform update` and the update form do: checked against
/// the programme and the action's recorded values before anything is written.
public struct RecordUpdate: Sendable {
    /// The update as asked for.
    public var request: UpdateRequest
    /// The moment it is recorded at: now, unless a server's clock says otherwise.
    public var now = Date()
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
        let recorder = UpdateRecorder(programme: loaded.programme, now: now)
        // Only this action's events decide its old values; the rest of the record is not read.
        let existingStore = try await open.workspace.openRecord(.read)
        let recorded: [RecordedEvent]
        do { recorded = try await existingStore?.events(action: request.action, since: nil, by: nil) ?? [] } catch { throw AppError(error) }
        let event = try check(recorder, recorded: recorded)
        guard let store = try await open.workspace.openRecord(.write(create: true)) else { return event }
        do { return try await store.append([event])[0] } catch { throw AppError(error) }
    }

    /// Checks and records the update against a plan and a record already open (a server's), only
    /// if the action's newest event is still `base` (the one the form was drawn from, `nil` for
    /// none): otherwise it is a conflict and nothing is recorded.
    ///
    /// - Throws: `AppError` of kind `invalidInput` for what the CLI would refuse, `conflict` when
    ///   another update came first.
    public func run(programme: Programme, store: RecordStore, basedOn base: Int64?) async throws(AppError) -> RecordedEvent {
        let recorded: [RecordedEvent]
        do { recorded = try await store.events(action: request.action, since: nil, by: nil) } catch { throw AppError(error) }
        // Checked before the values too, so that a form drawn from an older page gets the conflict
        // (and the newer update) rather than a complaint about values it could not have known; the
        // store checks again in the transaction that writes.
        if recorded.last?.id != base {
            throw AppError("another update of \(request.action) was recorded meanwhile; nothing was recorded", kind: .conflict(latestEvent: recorded.last?.id))
        }
        let event = try check(UpdateRecorder(programme: programme, now: now), recorded: recorded)
        do { return try await store.append(event, basedOn: base) } catch { throw AppError(error) }
    }

    private func check(_ recorder: UpdateRecorder, recorded: [RecordedEvent]) throws(AppError) -> RecordedEvent {
        do {
            return try recorder.event(for: request, recorded: recorded, today: today)
        } catch {
            throw AppError("error: \(error.message); nothing was recorded", kind: .invalidInput)
        }
    }
}
