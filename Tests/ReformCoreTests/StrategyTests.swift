import Testing
@testable import ReformCore
import ReformModel

/// `programme.strategy`: the council's own corporate strategy, from the file and never from code.
@Suite("The council's strategy in the file")
struct StrategyTests {
    private static func programme(strategy: String) -> String {
        """
        format: reform-programme/1
        programme:
          id: t
          title: T
          organisation: Any Council
        \(strategy)
        pillars:
          - {id: P1, title: One}
        """
    }

    @Test("a strategy is read with its outcomes in order, a missing contribution left unsaid")
    func readsStrategy() throws {
        let loaded = try TestSupport.load(Self.programme(strategy: """
          strategy:
            title: Our City Strategy
            outcomes:
              - {title: A fair city, contribution: Children stay with their families}
              - {title: A green city}
        """))
        #expect(loaded.programme.info.strategy == Strategy(title: "Our City Strategy", outcomes: [
            .init(title: "A fair city", contribution: "Children stay with their families"), .init(title: "A green city"),
        ]))
    }

    @Test("a programme without a strategy has none")
    func noStrategy() throws {
        #expect(try TestSupport.load(TestSupport.programme()).programme.info.strategy == nil)
    }

    @Test("a strategy without outcomes, or an outcome without a title, is an error at its place")
    func badStrategy() {
        #expect(TestSupport.diagnostics(Self.programme(strategy: "  strategy: {title: Our City Strategy}")) == [
            "6:13: error: programme.strategy lists no outcomes (give its outcomes as a list under outcomes:, each with a title)",
        ])
        let missingTitle = TestSupport.diagnostics(Self.programme(strategy: """
          strategy:
            title: S
            outcomes:
              - {contribution: x}
        """))
        #expect(missingTitle.count == 1 && missingTitle[0].hasPrefix("9:9: error: ") && missingTitle[0].contains("title"))
    }
}
