import Foundation

/// Report plugins written in C for the tests, compiled into a shared library with the shipped
/// header: the ones a real council might drop in, and the ones built to misbehave.
public enum CPluginFixture {
    /// The repository's root.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Compiles `source` into `directory/libreform-report-<id>.so` and returns its path.
    @discardableResult
    public static func compile(_ id: String, source: String, into directory: String) throws -> String {
        let sourceFile = directory + "/\(id).c"
        try source.write(toFile: sourceFile, atomically: true, encoding: .utf8)
        let output = directory + "/libreform-report-\(id).so"
        let include = repository.appendingPathComponent("Sources/CReformPlugin/include").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cc", "-shared", "-fPIC", "-I", include, sourceFile, "-o", output]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CompileFailed(id: id) }
        return output
    }

    /// A plugin `id` whose render function is `body` (C statements; `request`, `request_length`,
    /// `output` and `output_length` in scope), writing text.
    public static func source(_ id: String, render body: String) -> String {
        """
        #include <stdlib.h>
        #include <string.h>
        #include <unistd.h>
        #include "reform_plugin.h"
        static const char manifest[] = "{\\"id\\":\\"\(id)\\",\\"name\\":\\"\(id)\\",\\"version\\":\\"1.0.0\\",\\"description\\":\\"a test fixture\\",\\"contract\\":1,"
            "\\"formats\\":[{\\"id\\":\\"text\\",\\"media_type\\":\\"text/plain\\",\\"extension\\":\\"txt\\"}]}";
        static int32_t render(const uint8_t *request, size_t request_length, uint8_t **output, size_t *output_length) {
            \(body)
        }
        static void release(uint8_t *buffer, size_t length) { free(buffer); }
        static const reform_plugin_table table = { REFORM_PLUGIN_CONTRACT_VERSION, sizeof(reform_plugin_table), manifest, render, release };
        const reform_plugin_table *reform_plugin_v1(void) { return &table; }
        """
    }

    /// The C compiler failed.
    public struct CompileFailed: Error {
        public let id: String
    }
}
