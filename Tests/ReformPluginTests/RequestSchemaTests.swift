import Foundation
import Testing
import ReformModel
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

    @Test("the request, whole or written in parts, is byte for byte what its Encodable conformance writes",
          arguments: [false, true])
    func writtenInPartsMatchesEncodable(withOptionsAndSince: Bool) throws {
        var request = try TestPaths.request(plugin: "summary", format: "markdown")
        if withOptionsAndSince {
            request.options = ["title": "Q\"3\" \\ update", "a-first": "1", "zeta": ""]
            request.since = CalendarDay(iso: "2024-03-01")
        } else {
            request.options = [:]
            request.since = nil
        }
        let assessed = AssessedProgramme(request.programme, asOf: request.asOf)
        request.analysis = ProgrammeAnalysis(completing: assessed)
        let written = try request.encoded()
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: try JSONStreamEncoder().encode(request), as: UTF8.self))
        #expect(try JSONSerialization.jsonObject(with: Data(written)) is [String: Any])

        // As a host writes it: the programme, then the assessments, then the rest.
        let writer = try ReportRequestWriter(plugin: request.plugin, format: request.format, options: request.options,
                                             generatedAt: request.generatedAt, asOf: request.asOf, since: request.since, programme: request.programme)
        writer.writeAssessments(assessed)
        #expect(try writer.finish(analysis: request.analysis, changes: request.changes) == written)
    }

    @Test("the plugin kit reads a request into exactly what Foundation's decoder reads from it", arguments: ["programme.yaml", "Tests/Fixtures/every-key.yaml"])
    func readsAsFoundationDoes(file: String) throws {
        var request = try TestPaths.request(plugin: "summary", format: "markdown", file: file)
        request.options = ["title": "Q\"3\" \\ update \u{1F46A}", "empty": ""]
        request.since = CalendarDay(iso: "2024-03-01")
        let bytes = try request.encoded()
        let ours = try ReportRequest.decode(bytes)
        let foundations = try JSONDecoder().decode(ReportRequest.self, from: Data(bytes))
        #expect(ours.programme == request.programme)
        #expect(ours.analysis == request.analysis)
        #expect(ours.options == request.options)
        #expect(try JSONStreamEncoder().encode(ours) == JSONStreamEncoder().encode(foundations))
    }

    @Test("a request for another contract is refused")
    func otherContract() throws {
        var request = try TestPaths.request(plugin: "summary", format: "markdown")
        request.contract = "reform-report/2"
        #expect(throws: ReportRenderError.self) { try ReportRequest.decode(try request.encoded()) }
    }

    @Test("parts a plugin says it never reads arrive empty, and everything else arrives intact")
    func unusedPartsSkipped() throws {
        let request = try TestPaths.request(plugin: "summary", format: "markdown")
        let unused: Set<RequestPart> = [.actions, .actionAssessments, .deadlines]
        let decoded = try ReportRequest.decode(try request.encoded(), skipping: unused)
        #expect(!request.programme.actions.isEmpty && !request.analysis.actions.isEmpty && !request.analysis.deadlines.isEmpty)
        #expect(decoded.programme.actions.isEmpty && decoded.analysis.actions.isEmpty && decoded.analysis.deadlines.isEmpty)
        #expect(decoded.programme.burdens == request.programme.burdens)
        #expect(decoded.programme.milestones == request.programme.milestones)
        #expect(decoded.analysis.funding == request.analysis.funding)
        #expect(decoded.analysis.pillars == request.analysis.pillars)
    }

    @Test("skipping copes with strings holding brackets, quotes and escapes, and with spacing")
    func skippingIsStringAware() throws {
        let request = try TestPaths.request(plugin: "summary", format: "markdown")
        var tricky = request
        tricky.programme.actions[0].title = #"a ] } [ { "quoted" \\ back\\"slash ,: \"#
        tricky.programme.actions[1].title = #"ends in a backslash and a quote: \" and \\\""#
        let compact = try tricky.encoded()
        let spaced = Array(String(decoding: compact, as: UTF8.self).replacingOccurrences(of: ",\"", with: " ,\n \"").utf8)
        for bytes in [compact, spaced] {
            let decoded = try ReportRequest.decode(bytes, skipping: [.actions])
            #expect(decoded.programme.actions.isEmpty)
            // What follows the skipped list is read as it was written.
            #expect(decoded.programme.burdens == request.programme.burdens)
            #expect(decoded.analysis == request.analysis)
        }
    }

    @Test("text that is not JSON is reported as unreadable, skipping or not")
    func brokenRequest() throws {
        let bytes = Array(try TestPaths.request(plugin: "summary", format: "markdown").encoded().dropLast(10))
        #expect(throws: ReportRenderError.self) { try ReportRequest.decode(bytes, skipping: [.actions]) }
        #expect(throws: ReportRenderError.self) { try ReportRequest.decode(Array("{\"programme\": {\"actions\": [".utf8), skipping: [.actions]) }
    }
}
