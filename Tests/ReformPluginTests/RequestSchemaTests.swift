import Foundation
import Testing
import ReformPluginKit

/// Real requests validate against the published JSON Schema (checked with Python's jsonschema).
@Suite("The request schema")
struct RequestSchemaTests {
    @Test("requests for the default programme and the every-key fixture validate against docs/report-request.schema.json",
          arguments: ["programme.yaml", "Tests/Fixtures/every-key.yaml"])
    func validates(file: String) throws {
        let request = try TestPaths.request(plugin: "summary", format: "markdown", file: file)
        let json = String(decoding: try request.encoded(), as: UTF8.self)
        let schema = TestPaths.repository.appendingPathComponent("docs/report-request.schema.json").path
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(json.load(sys.stdin), schema)
        print("valid")
        """
        let output = try TestPaths.run("/usr/bin/env", ["python3", "-c", script, schema], input: json)
        #expect(output == "valid\n")
    }

    @Test("a request round-trips through JSON with dates, money and analysis intact")
    func roundTrip() throws {
        let request = try TestPaths.request(plugin: "summary", format: "markdown")
        let decoded = try ReportRequest.decode(try request.encoded())
        #expect(decoded.programme == request.programme)
        #expect(decoded.analysis == request.analysis)
        #expect(decoded.changes == request.changes)
    }

    @Test("a request for another contract is refused")
    func otherContract() throws {
        var request = try TestPaths.request(plugin: "summary", format: "markdown")
        request.contract = "reform-report/2"
        #expect(throws: ReportRenderError.self) { try ReportRequest.decode(try request.encoded()) }
    }
}
