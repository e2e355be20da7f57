import Foundation
import ReformCore
import ReformModel
import ReformPluginKit

/// Times each phase of `reform report` in one process, so that a change to one phase can be
/// measured without the others' noise: loading, the analysis, writing the request, and a
/// plugin reading it back with the large lists skipped (as cost-burden does).
///
///     phases PROGRAMME.yaml [RUNS]      # prints each phase's median in milliseconds
@main
struct Phases {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: phases PROGRAMME.yaml [RUNS]\n".utf8))
            exit(2)
        }
        let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
        let asOf = CalendarDay(iso: "2025-01-01")!
        var timings: [String: [Double]] = [:]
        func time<T>(_ phase: String, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try work()
            timings[phase, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            return result
        }
        var bytes = 0
        for _ in 0..<runs {
            let programme = try time("load") { try ProgrammeLoader.load(path: arguments[1]).programme }
            let analysis = time("analysis") { ProgrammeAnalysis(programme, asOf: asOf) }
            // The analysis's parts, each again on its own.
            let state = ProgrammeState(programme: programme, asOf: asOf)
            let index = time("  index") { ProgrammeIndex(state.programme) }
            let actions = time("  action assessments") { ActionAssessment.assessAll(state, index: index) }
            _ = time("  roll-ups") { RAGRollUp.all(actions, programme: state.programme) }
            _ = time("  deadlines") { DeadlineAnalysis.assess(actions, index: index, asOf: asOf) }
            _ = time("  funding") { FundingAnalysis(state.programme, asOf: asOf) }
            let request = ReportRequest(plugin: "cost-burden", format: "csv", options: [:], generatedAt: "2025-01-01T00:00:00Z",
                                        asOf: asOf, since: nil, programme: programme, analysis: analysis, changes: .none(until: asOf))
            let encoded = try time("encode request") { try request.encoded() }
            bytes = encoded.count
            _ = try time("  encode programme") { try JSONStreamEncoder().encode(programme, capacity: 1 << 27) }
            _ = try time("  encode analysis") { try JSONStreamEncoder().encode(analysis, capacity: 1 << 27) }
            _ = try time("decode, lists skipped") {
                try ReportRequest.decode(encoded, skipping: [.actions, .actionAssessments, .deadlines, .milestoneRollUps, .pillarRollUps,
                                                             .policyRollUps, .milestones])
            }
        }
        print("request: \(bytes) bytes; median of \(runs) runs")
        for phase in ["load", "analysis", "  index", "  action assessments", "  roll-ups", "  deadlines", "  funding",
                      "encode request", "  encode programme", "  encode analysis", "decode, lists skipped"] {
            let sorted = timings[phase, default: []].sorted()
            print("\(phase): \(String(format: "%.0f", sorted[sorted.count / 2])) ms")
        }
    }
}
