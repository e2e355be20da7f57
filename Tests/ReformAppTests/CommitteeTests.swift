import ReformModel
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// `RespondToResolution` and `CommitteeMonitor`: the council's responses, appended, the latest standing.
@Suite("Responding to the committee", .dropsTestDatabases)
struct CommitteeTests {
    @Test("a lead's response is recorded and the monitor shows the latest for its resolution", arguments: StoreKind.all)
    func respond(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        for (text, status) in [("Report scheduled for March", "in-progress"), ("Reported in March", "complete")] {
            _ = try await RespondToResolution(resolution: "2", response: text, status: status)
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.lead))
        }
        let monitor = try await CommitteeMonitor().run(programme: world.programme, record: world.record)
        let resolution = try #require(monitor.committees.flatMap(\.meetings).flatMap(\.resolutions).first { $0.id == "2" })
        #expect(resolution.response == "Reported in March" && resolution.status == .complete)
        #expect(monitor.responses.count == 2)
    }

    @Test("an unknown resolution, an empty response and an unknown status are refused by field; a contributor may not respond", arguments: StoreKind.all)
    func refusals(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let cases: [(String, String, String, Person, AppError.Kind, InputField?)] = [
            ("9", "text", "open", AppWorld.officer, .notFound, .resolution),
            ("2", "  ", "open", AppWorld.officer, .invalidInput, .response),
            ("2", "text", "done", AppWorld.officer, .invalidInput, .status),
            ("2", "text", "open", AppWorld.signedIn(.contributor), .forbidden(needed: "lead"), nil),
        ]
        for (resolution, text, status, person, kind, field) in cases {
            let error = await #expect(throws: AppError.self) {
                try await RespondToResolution(resolution: resolution, response: text, status: status)
                    .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: person)
            }
            #expect(error?.kind == kind && error?.field == field)
        }
        #expect(try await world.store.committeeResponses().isEmpty)
    }
}
