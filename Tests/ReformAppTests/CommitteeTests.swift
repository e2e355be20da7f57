import Foundation
import ReformModel
import ReformPluginHost
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// `RespondToResolution`, `VoidResponse` and `CommitteeMonitor`: the council's responses, appended,
/// the latest standing, on the one resolution they name (issue 26, items 1 and 2).
@Suite("Responding to the committee", .dropsTestDatabases)
struct CommitteeTests {
    /// A plan with two meetings of one committee, each with a resolution numbered 1.
    static let twoMeetings = """
    format: reform-programme/1
    programme: {id: t, title: T, organisation: C}
    pillars:
      - {id: P1, title: One}
    actions:
      - {id: A1, title: First, pillar: P1, start: 2024-01-01, due: 2026-12-31}
    committees:
      - id: CYPSC
        name: Children and Young People Scrutiny Committee
        meetings:
          - id: july-2024
            date: July 2024
            resolutions:
              - {id: "1", text: To note the report, status: open}
          - id: june-2025
            date: June 2025
            resolutions:
              - {id: "1", text: To receive a further report on kinship care, status: open}
    """

    private func respond(_ world: AppWorld, _ meeting: String, _ text: String, resolution: String = "1", status: String = "in-progress",
                         committee: String = "CYPSC") async throws(AppError) -> CommitteeResponse {
        try await RespondToResolution(committee: committee, meeting: meeting, resolution: resolution, response: text, status: status)
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.lead))
    }

    private func resolution(_ committees: [Committee], _ meeting: String) -> Resolution? {
        committees.first?.meetings.first { $0.id == meeting }?.resolutions.first
    }

    @Test("a response to resolution 1 of June 2025 is on that resolution only, not on resolution 1 of July 2024", arguments: StoreKind.all)
    func responseLandsOnItsOwnMeeting(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind, plan: Self.twoMeetings)
        _ = try await respond(world, "june-2025", "Report scheduled for the March meeting")
        let monitor = try await CommitteeMonitor().run(programme: world.programme, record: world.record)
        #expect(resolution(monitor.committees, "june-2025")?.response == "Report scheduled for the March meeting")
        #expect(resolution(monitor.committees, "july-2024")?.response == nil && resolution(monitor.committees, "july-2024")?.status == .open)
    }

    @Test("every reader sees the same responses: the monitor, and the committee update's request and document", arguments: StoreKind.all)
    func responsesReachTheCommitteePaper(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind, plan: Self.twoMeetings)
        _ = try await respond(world, "june-2025", "Report scheduled for the March meeting")
        let latest = try await respond(world, "june-2025", "Reported to the March meeting", status: "complete")
        let monitor = try await CommitteeMonitor().run(programme: world.programme, record: world.record)
        let recorded = try #require(resolution(monitor.committees, "june-2025")).recorded
        #expect(recorded.map(\.response) == ["Reported to the March meeting", "Report scheduled for the March meeting"], "the latest first")
        #expect(recorded.first?.id == latest.id && recorded.first?.recordedBy == "lead")
        let report = try await RunReport(plugin: "committee-update", format: "markdown", days: ReportPeriod(asOf: AppWorld.day, since: nil), options: [:],
                                         plugins: RunReport.catalog(for: "committee-update", searchPath: PluginSearchPath(commandLine: [])), destination: .shown)
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        let text = String(decoding: report.document, as: UTF8.self)
        #expect(text.contains("Reported to the March meeting"), "the committee paper carries the response recorded in the browser")
        #expect(!text.contains("Report scheduled for the March meeting"), "and only the latest")
    }

    @Test("a lead voids a response with a reason: the one before it stands again, and the void is in the trail", arguments: StoreKind.all)
    func voidingAResponse(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind, plan: Self.twoMeetings)
        let first = try await respond(world, "june-2025", "Report scheduled")
        let wrong = try await respond(world, "june-2025", "Typed on the wrong resolution")
        let noReason = await #expect(throws: AppError.self) {
            try await VoidResponse(response: wrong.id!, reason: " ").run(record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.lead))
        }
        #expect(noReason?.field == .reason)
        _ = try await VoidResponse(response: wrong.id!, reason: "wrong resolution").run(record: world.record, moment: AppWorld.moment,
                                                                                       person: AppWorld.signedIn(.lead))
        let monitor = try await CommitteeMonitor().run(programme: world.programme, record: world.record)
        #expect(resolution(monitor.committees, "june-2025")?.recorded.map(\.id) == [first.id!])
        #expect(monitor.responses.count == 3 && monitor.responses.last?.reason == "wrong resolution")
        await #expect(throws: AppError.self) {
            try await VoidResponse(response: wrong.id!, reason: "again").run(record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.lead))
        }
    }

    @Test("responses recorded before meetings were told apart: placed where the id is one resolution's, flagged where it is several's",
          arguments: StoreKind.all)
    func legacyResponsesAreAttributedOrFlagged(kind: StoreKind) async throws {
        let plan = Self.twoMeetings.replacingOccurrences(of: "{id: \"1\", text: To note the report, status: open}",
                                                          with: "{id: \"1\", text: To note the report, status: open}\n          - {id: \"2\", text: To visit, status: open}")
        let world = try await AppWorld.make(kind, plan: plan)
        // As version 0.2 recorded them: the resolution's id alone.
        for id in ["1", "2"] {
            _ = try await world.store.record(CommitteeResponse(resolution: id, response: "old response to \(id)", status: .inProgress, recordedBy: "lead",
                                                               recordedAt: "2025-01-01T10:00:00Z"))
        }
        let monitor = try await CommitteeMonitor().run(programme: world.programme, record: world.record)
        let july = try #require(monitor.committees.first?.meetings.first { $0.id == "july-2024" })
        #expect(july.resolutions.first { $0.id == "2" }?.response == "old response to 2", "only July 2024 has a resolution 2")
        #expect(july.resolutions.first { $0.id == "1" }?.response == nil && resolution(monitor.committees, "june-2025")?.response == nil,
                "resolution 1 is in both meetings: the old response is laid on neither")
        #expect(monitor.unplaced.map(\.candidates) == [["CYPSC/july-2024", "CYPSC/june-2025"]])
    }

    @Test("an unknown committee, meeting or resolution, an empty response and an unknown status are refused by field; a contributor may not respond",
          arguments: StoreKind.all)
    func refusals(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind, plan: Self.twoMeetings)
        let cases: [(String, String, String, String, String, Person, AppError.Kind, InputField?)] = [
            ("CYPSX", "june-2025", "1", "text", "open", AppWorld.officer, .notFound, .committee),
            ("CYPSC", "june-2026", "1", "text", "open", AppWorld.officer, .notFound, .meeting),
            ("CYPSC", "june-2025", "9", "text", "open", AppWorld.officer, .notFound, .resolution),
            ("CYPSC", "june-2025", "1", "  ", "open", AppWorld.officer, .invalidInput, .response),
            ("CYPSC", "june-2025", "1", "text", "done", AppWorld.officer, .invalidInput, .status),
            ("CYPSC", "june-2025", "1", "text", "open", AppWorld.signedIn(.contributor), .forbidden(needed: "officer, lead or admin"), nil),
        ]
        for (committee, meeting, resolution, text, status, person, kind, field) in cases {
            let error = await #expect(throws: AppError.self) {
                try await RespondToResolution(committee: committee, meeting: meeting, resolution: resolution, response: text, status: status)
                    .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: person)
            }
            #expect(error?.kind == kind && error?.field == field, "\(committee) \(meeting) \(resolution)")
        }
        #expect(try await world.store.committeeResponses().isEmpty)
    }
}
