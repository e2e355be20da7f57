import Testing
@testable import ReformModel

@Suite("Indicator readiness")
struct IndicatorSummaryTests {
    @Test("readiness is counted by level, and each partner whose data is needed is named once, in order of first mention")
    func summary() {
        var programme = Build.programme()
        programme.indicators = [
            Indicator(id: "I1", title: "Re-referrals", readiness: .green, count: 3, partnerData: ["Police", "NHS"]),
            Indicator(id: "I2", title: "Missing episodes", readiness: .red, partnerData: ["Schools", "Police"]),
            Indicator(id: "I3", title: "Placements", readiness: .red, count: 2, partnerData: ["NHS"]),
        ]
        let summary = IndicatorSummary(programme)
        #expect(summary.total == 6)
        #expect(summary.readiness == [.green: 3, .orange: 0, .red: 3])
        #expect(summary.partnerData == ["Police", "NHS", "Schools"])
    }
}
