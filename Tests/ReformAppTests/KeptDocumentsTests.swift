import Foundation
import ReformPluginHost
import ReformRecord
import ReformTestSupport
import Testing
@testable import ReformApp

/// Issue 25: documents kept in the record had no size cap, were read whole to be downloaded, and
/// were kept for ever.
@Suite("Kept documents", .dropsTestDatabases)
struct KeptDocumentsTests {
    /// A folder with an executable report plugin `bytes` whose document is `render` (shell).
    private func plugin(_ render: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-kept-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/reform-report-bytes"
        try TestExecutable.write("""
        #!/bin/sh
        if [ "$1" = "--manifest" ]; then
          echo '{"id":"bytes","name":"Bytes","version":"1.0.0","description":"test","contract":1,"formats":[{"id":"bin","media_type":"application/octet-stream","extension":"bin"}],"options":[]}'
          exit 0
        fi
        cat >/dev/null
        \(render)
        """, to: file)
        return folder
    }

    private func keep(_ world: AppWorld, from folder: String) async throws(AppError) -> ReportOutcome {
        try await RunReport(plugin: "bytes", format: "bin", days: ReportPeriod(asOf: AppWorld.day, since: nil), options: [:],
                            plugins: RunReport.catalog(for: "bytes", searchPath: PluginSearchPath(commandLine: [folder], environment: [:])), destination: .kept)
            .run(programme: world.programme, record: world.record, moment: AppWorld.moment, person: AppWorld.signedIn(.lead))
    }

    @Test("a document over 50 MB is refused, naming the report and the limit, and nothing is kept")
    func documentsOverTheCapAreRefused() async throws {
        let world = try await AppWorld.make(.sqlite)
        let error = await #expect(throws: AppError.self) { try await keep(world, from: try plugin("head -c 60000000 /dev/zero")) }
        #expect(error?.message == "the report 'bytes' made a document of 60 MB; a document kept in the record may be at most 50 MB: "
                + "write it to a file from the command line instead")
        #expect(try await ListReportRuns().run(record: world.record).isEmpty)
    }

    @Test("a document of several megabytes downloads in pieces, byte for byte", arguments: StoreKind.all)
    func downloadsInPieces(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let outcome = try await keep(world, from: try plugin("head -c 2500000 /dev/urandom"))
        let download = try await DownloadReport(run: try #require(outcome.run.id)).run(record: world.record)
        var pieces = 0, bytes: [UInt8] = []
        for try await piece in download.chunks() {
            pieces += 1
            bytes += piece
        }
        #expect(pieces == 3 && bytes == outcome.document && download.size == 2_500_000)
    }

    @Test("documents past the retention period are removed; their runs stay and say why there is nothing to download", arguments: StoreKind.all)
    func retention(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let outcome = try await keep(world, from: try plugin("printf 'tiny'"))
        let id = try #require(outcome.run.id)
        let later = Moment(now: Date().addingTimeInterval(40 * 86_400), today: AppWorld.day.adding(days: 40))
        #expect(try await KeptDocuments.removeOlder(than: 90, record: world.record, moment: later) == 0)
        #expect(try await KeptDocuments.removeOlder(than: 30, record: world.record, moment: later) == 1)
        let error = await #expect(throws: AppError.self) { try await DownloadReport(run: id).run(record: world.record) }
        #expect(error?.message.contains("removed after the server's retention period") == true)
        #expect(try await ListReportRuns().run(record: world.record).map(\.id) == [id])
    }
}
