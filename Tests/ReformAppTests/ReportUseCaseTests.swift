import Foundation
import ReformPluginHost
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// `RunReport`, `ListReportRuns` and `DownloadReport`, with the bundled summary plugin found
/// beside the test binary, as `reform report` finds it beside `reform`.
@Suite("Running reports", .dropsTestDatabases)
struct ReportUseCaseTests {
    private func run(_ world: AppWorld, destination: RunReport.Destination, person: Person = AppWorld.officer,
                     since: ReportPeriod.Since? = nil, issued: Bool = false) async throws(AppError) -> ReportOutcome {
        let plugins = RunReport.catalog(for: "summary", searchPath: PluginSearchPath(commandLine: []))
        return try await RunReport(plugin: "summary", format: "markdown", days: ReportPeriod(asOf: AppWorld.day, since: since), options: [:],
                                   plugins: plugins, destination: destination, issued: issued)
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: person)
    }

    @Test("a report kept in the record is listed with who ran it and downloads byte for byte", arguments: StoreKind.all)
    func kept(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let outcome = try await run(world, destination: .kept, person: AppWorld.signedIn(.lead, name: "lena"))
        let runs = try await ListReportRuns().run(record: world.record)
        try #require(runs.count == 1, "the run is kept")
        #expect(runs[0].runBy == "lena" && runs[0].asOf == "2024-09-15")
        let download = try await DownloadReport(run: try #require(runs[0].id)).run(record: world.record)
        #expect(download.size == outcome.document.count && download.fileName == "summary-2024-09-15.md")
        #expect(try await download.bytes() == outcome.document)
    }

    @Test("a report shown is not recorded; one written to a file is, with the file's path", arguments: StoreKind.all)
    func shownAndWritten(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        _ = try await run(world, destination: .shown)
        #expect(try await ListReportRuns().run(record: world.record).isEmpty)
        let file = world.folder.appendingPathComponent("summary.md").path
        let outcome = try await run(world, destination: .file(file))
        #expect(FileManager.default.contents(atPath: file).map(Array.init) == outcome.document)
        #expect(try await ListReportRuns().run(record: world.record).map(\.outputPath) == [file])
    }

    @Test("only a lead runs reports; an unknown plugin is named with the field; a run that is not kept has no download", arguments: StoreKind.all)
    func refusals(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let forbidden = await #expect(throws: AppError.self) { try await run(world, destination: .kept, person: AppWorld.signedIn(.contributor)) }
        #expect(forbidden?.kind == .forbidden(needed: "officer, lead or admin"))
        let unknown = await #expect(throws: AppError.self) {
            try await RunReport(plugin: "sumary", format: nil, days: ReportPeriod(asOf: AppWorld.day, since: nil), options: [:],
                                plugins: RunReport.catalog(for: "sumary", searchPath: PluginSearchPath(commandLine: [])), destination: .shown)
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.officer)
        }
        #expect(unknown?.field == .plugin)
        _ = try await run(world, destination: .file(world.folder.appendingPathComponent("s.md").path))
        let id = try #require(try await ListReportRuns().run(record: world.record).first?.id)
        let missing = await #expect(throws: AppError.self) { try await DownloadReport(run: id).run(record: world.record) }
        #expect(missing?.kind == .notFound)
    }

    @Test("a run is a draft unless issued; only the last issued run is what the next report counts from; a discarded one is kept, marked so",
          arguments: StoreKind.all)
    func draftsAndIssuedRuns(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let lead = AppWorld.signedIn(.lead, name: "lena")
        let issued = try await run(world, destination: .kept, person: lead, issued: true)
        let draft = try await run(world, destination: .kept, person: lead)
        #expect(issued.run.state == .issued && draft.run.state == .draft)
        let last = { () async throws -> Int64? in try await world.store.lastReport(plugin: "summary", onOrBefore: AppWorld.day)?.id }
        #expect(try await last() == issued.run.id)
        let draftID = try #require(draft.run.id)
        let discarded = try await DecideReportRun(run: draftID, outcome: .discarded).run(record: world.record, moment: AppWorld.moment, person: lead)
        #expect(discarded.state == .discarded)
        let reissue = await #expect(throws: AppError.self) {
            try await DecideReportRun(run: draftID, outcome: .issued).run(record: world.record, moment: AppWorld.moment, person: lead)
        }
        #expect(reissue?.field == .run)
        #expect(try await ListReportRuns().run(record: world.record).map(\.state) == [.discarded, .issued])
        // A later draft marked issued afterwards becomes the last report.
        let later = try #require(try await run(world, destination: .kept, person: lead).run.id)
        _ = try await DecideReportRun(run: later, outcome: .issued).run(record: world.record, moment: AppWorld.moment, person: lead)
        #expect(try await last() == later)
        let viewer = await #expect(throws: AppError.self) {
            try await DecideReportRun(run: later, outcome: .discarded, reason: "x").run(record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.viewer))
        }
        #expect(viewer?.kind == .forbidden(needed: "officer, lead or admin"))
        #expect(try await world.store.decisions(ofRun: later).map(\.decidedBy) == ["lena"])
    }

    @Test("an officer runs and issues reports; a report kept in the record may not name a file on the server, nor a note-sized option beyond the limit",
          arguments: StoreKind.all)
    func officers(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let officer = AppWorld.signedIn(.officer, name: "clerk")
        let outcome = try await run(world, destination: .kept, person: officer, issued: true)
        #expect(outcome.run.state == .issued && outcome.run.runBy == "clerk")
        let plugins = RunReport.catalog(for: "committee-update", searchPath: PluginSearchPath(commandLine: []))
        let file = await #expect(throws: AppError.self) {
            try await RunReport(plugin: "committee-update", format: "markdown", days: ReportPeriod(asOf: AppWorld.day, since: nil),
                                options: ["template": "/etc/passwd"], plugins: plugins, destination: .kept)
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: officer)
        }
        #expect(file?.field == .option && file?.message.contains("names a file on the server") == true)
        let long = await #expect(throws: AppError.self) {
            try await RunReport(plugin: "committee-update", format: "markdown", days: ReportPeriod(asOf: AppWorld.day, since: nil),
                                options: ["narrative": String(repeating: "x", count: FreeTextLimit.maximumCharacters + 1)], plugins: plugins, destination: .kept)
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: officer)
        }
        #expect(long?.kind == .invalidInput)
        let void = await #expect(throws: AppError.self) {
            try await VoidUpdate(event: try await world.update(AppWorld.ownedAction, progress: "5").id!, reason: "x")
                .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: officer)
        }
        #expect(void?.kind == .forbidden(needed: "lead or admin"))
    }
}
