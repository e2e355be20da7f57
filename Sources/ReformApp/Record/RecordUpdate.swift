import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Recording progress on one action, as `reform update` and the update form do: checked against
/// the programme and the action's recorded values, and written only if no other update of the
/// action came in between, in one transaction.
public struct RecordUpdate: Sendable {
    /// What the update was drawn from.
    public enum Base: Sendable, Equatable {
        /// The newest event of the action a form showed, `nil` for none: an update drawn from an
        /// older page is refused as a conflict, so nothing is overwritten unseen.
        case drawnFrom(Int64?)
        /// Whatever is newest when it is written: a command, which checks again and retries when
        /// another update came in between, so its old values are always the ones it replaced.
        case latest
    }

    /// The update as asked for.
    public var request: UpdateRequest
    /// What it was drawn from.
    public var base: Base

    /// A use case recording `request`, drawn from `base`.
    public init(_ request: UpdateRequest, base: Base = .latest) {
        self.request = request
        self.base = base
    }

    /// Checks and records the update as `person` at `moment`.
    ///
    /// - Returns: the event recorded, with its old and new values.
    /// - Throws: `AppError` of kind `invalidInput` naming the field for what is not acceptable,
    ///   `forbidden` for an action the person may not update, `conflict` when another update came first.
    public func run(programme: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> RecordedEvent {
        let plan = try await programme.plan().programme
        var asked = request
        asked.by = person.name
        let request = asked
        if let action = plan.actions.first(where: { $0.id == request.action }), !person.may(.recordUpdates(action)) {
            throw AppError.forbidden(.recordUpdates(action))
        }
        let recorder = UpdateRecorder(programme: plan, now: moment.now)
        // Only this action's events decide its old values; the rest of the record is not read.
        var recorded = try await record.read(ifNone: []) { store throws(StoreError) in try await store.events(action: request.action) }
        // In an open round with sign-off, a contributor's update waits for a lead's before any report shows it.
        let signOffRound = try await SignOffRule.round(for: request.action, by: person, record: record)
        for attempt in 1... {
            let newest = recorded.last?.id
            // Checked before the values too, so that a form drawn from an older page gets the conflict
            // (and the newer update) rather than a complaint about values it could not have known.
            if case .drawnFrom(let drawn) = base, drawn != newest {
                throw AppError("another update of \(request.action) was recorded meanwhile", kind: .conflict(latestEvent: newest), nothingRecorded: true)
            }
            let event: RecordedEvent
            do { event = try recorder.event(for: request, recorded: recorded, today: moment.today) } catch { throw AppError.invalid(error) }
            do {
                return try await record.write { store throws(StoreError) in try await store.append(event, basedOn: newest, signOffIn: signOffRound) }
            } catch where base == .latest && attempt < 100 {
                guard case .conflict = error.kind else { throw error }
                // Another writer came in between: read what it recorded (only that) and check again.
                try? await Task.sleep(for: .milliseconds(Int.random(in: 1...5)))
                recorded += try await record.read(ifNone: []) { store throws(StoreError) in try await store.events(action: request.action, after: newest) }
            }
        }
        preconditionFailure("unreachable: the loop returns or throws")
    }
}

extension AppError {
    /// A refused update's error, naming the field at fault: nothing was recorded.
    static func invalid(_ error: UpdateError) -> AppError {
        .invalid(error.message, error.field.flatMap(InputField.init(rawValue:)))
    }

    /// The person may not do `right`.
    static func forbidden(_ right: Right) -> AppError {
        AppError("this needs the \(right.holdersWording) role", kind: .forbidden(needed: right.holdersWording), nothingRecorded: true)
    }
}
