import Foundation
import Testing
@testable import ReformCore

@Suite("The published JSON Schema")
struct ProgrammeSchemaTests {
    @Test("the committed docs/programme.schema.json is what reform schema prints")
    func committedCopyIsCurrent() throws {
        let committed = try String(contentsOf: TestSupport.repository.appendingPathComponent(ProgrammeJSONSchema.repositoryPath), encoding: .utf8)
        #expect(committed == ProgrammeJSONSchema.text(), "run: swift run reform schema > docs/programme.schema.json")
    }

    @Test("the default programme and the every-key fixture validate against the published schema, read as YAML 1.2 as an editor reads them")
    func filesValidateAsAnEditorReadsThem() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestSupport.fixtures.appendingPathComponent("tools/validate_programme.py").path,
                             TestSupport.repository.appendingPathComponent("docs/programme.schema.json").path,
                             TestSupport.repository.appendingPathComponent("programme.yaml").path,
                             TestSupport.fixtures.appendingPathComponent("every-key.yaml").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.hasSuffix("programme.yaml: valid\n\(TestSupport.fixtures.appendingPathComponent("every-key.yaml").path): valid\n"), "\(text)")
    }

    @Test("the schema is valid JSON that lists every key the loader accepts")
    func schemaListsEveryKey() throws {
        let json = try JSONSerialization.jsonObject(with: Data(ProgrammeJSONSchema.text().utf8)) as? [String: Any]
        let definitions = try #require(json?["$defs"] as? [String: Any])
        for section in FormatSchema.sections.dropFirst() {
            let definition = try #require(definitions[section.name] as? [String: Any], "\(section.name)")
            let properties = try #require(definition["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(section.keys), "\(section.name)")
        }
    }

    @Test("a file using every key of the format loads, so no listed key is ignored by the decoder")
    func everyKeyIsDecoded() throws {
        let text = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("every-key.yaml"), encoding: .utf8)
        let loaded = try ProgrammeLoader.parse(text)
        let programme = loaded.programme
        // One value from each section shows that section's keys were read, not skipped.
        #expect(programme.info.contacts.first?.telephone == "0161 000 0000")
        #expect(programme.settings.rag.greenAt == 95)
        #expect(programme.phases.first?.description == "First phase")
        #expect(programme.pillars.first?.aim == "An aim")
        #expect(programme.policies.first?.deadlineLabel == "implemented by")
        #expect(programme.milestones.first?.owner == "Director")
        #expect(programme.actions.last?.completed?.wording == "2024-03-01")
        #expect(programme.funding.first?.ringFenced == true)
        #expect(programme.funding.first?.total == .known(.init(pounds: 900)))
        #expect(programme.burdens.first?.costs.first?.basis == "Estimate")
        #expect(programme.indicators.first?.enabler == "Workforce")
        #expect(programme.metrics.first?.approximate == true)
        #expect(programme.risks.first?.mitigation == "Mitigate")
        #expect(programme.committees.first?.meetings.first?.resolutions.first?.contact == "Clerk")
        #expect(programme.sources.first?.published?.wording == "2023-12-15")
        // every key in the fixture is one the schema lists, and every listed key appears in it
        for section in FormatSchema.sections {
            for key in section.keys {
                #expect(text.contains("\(key):"), "every-key.yaml does not use '\(key)' of \(section.name)")
            }
        }
    }
}
