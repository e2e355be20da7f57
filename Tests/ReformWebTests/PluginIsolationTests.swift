import Foundation
import Hummingbird
import HummingbirdTesting
import ReformTestSupport
import Testing

/// Report plugins run from the browser in processes of their own (issue 25: a shared-library
/// plugin ran inside the server with no time limit; one that crashed took the server down).
@Suite("Plugins out of the server's process")
struct PluginIsolationTests {
    @Test("a plugin that aborts, one that never returns, and one that writes garbage each give 422 naming the report, and the dashboard answers at once after")
    func misbehavingPlugins() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-bad-plugins-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CPluginFixture.compile("crash", source: CPluginFixture.source("crash", render: "abort();"), into: folder)
        try CPluginFixture.compile("hang", source: CPluginFixture.source("hang", render: "for (;;) { sleep(1); }"), into: folder)
        try CPluginFixture.compile("garbage", source: CPluginFixture.source("garbage", render: """
            *output = malloc(2); (*output)[0] = 0xff; (*output)[1] = 0xfe; *output_length = 2; return 0;
            """), into: folder)
        let harness = try await WebHarness.make(pluginPaths: [folder], reportTimeout: 2)
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            let page = try await lead.get(client, "/reports")
            for (plugin, says) in [("crash", "crashed while rendering (signal 6, SIGABRT)"), ("hang", "did not finish rendering within 2 seconds"),
                                   ("garbage", "not valid UTF-8")] {
                let ran = try await lead.post(client, "/reports", [("csrf", Browser.csrf(in: page)), ("plugin", plugin), ("format", "text"), ("since", "")])
                #expect(ran.status == .unprocessableContent, "\(plugin): \(ran.status)")
                #expect(ran.text.contains("The report &#39;\(plugin)&#39;") && ran.text.contains(says), "\(plugin)")
                #expect(!ran.text.contains(folder), "the plugin's file on the server is not shown: \(plugin)")
                #expect(try await lead.get(client, "/").status == .ok, "still serving after \(plugin)")
            }
            #expect(try await harness.store.reportRuns().isEmpty)
        }
    }

    @Test("the bundled reports run from the browser through the runner too, and their documents are kept")
    func bundledReportOutOfProcess() async throws {
        let harness = try await WebHarness.make()
        try await harness.test { client in
            var lead = Browser()
            _ = try await lead.signIn(client, "lead")
            let page = try await lead.get(client, "/reports")
            let ran = try await lead.post(client, "/reports", [("csrf", Browser.csrf(in: page)), ("plugin", "summary"), ("format", "markdown"), ("since", "")])
            #expect(ran.status == .seeOther, "\(ran.text)")
            let run = try #require(try await harness.store.reportRuns().first)
            #expect(run.plugin == "summary" && run.outputBytes > 100)
        }
    }
}
