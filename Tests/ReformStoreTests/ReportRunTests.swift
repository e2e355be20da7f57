import Foundation
import ReformModel
import ReformRecord
import ReformStore
import Testing

/// What a report run keeps of the plan, for the next report's "changes since".
@Suite("A report run's record")
struct ReportRunTests {
    @Test("a run records the plan's action titles by id, in file order, readable as JSON")
    func runActionTitles() throws {
        let actions = [Action(id: "A2", title: "Say \"hello\"\n", pillars: ["P1"]), Action(id: "A1", title: "One", pillars: ["P1"]),
                       Action(id: "A2", title: "Repeated", pillars: ["P1"])]
        let text = ReportRun.actionTitles(of: actions)
        #expect(text.hasPrefix(#"{"A2":"Say \"hello\"\n","A1":"#))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(text.utf8)) == ["A2": "Say \"hello\"\n", "A1": "One"])
        #expect(ReportRun.actionTitles(of: []) == "{}")
    }
}
