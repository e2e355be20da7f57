import Testing
@testable import reform
import ReformModel

@Suite("Terminal style")
struct StyleTests {
    @Test("RAG is coloured when colour is on, and always written in words")
    func ragColour() {
        #expect(Style(colour: true).rag(.red) == "\u{1B}[1;31mRED      \u{1B}[0m")
        #expect(Style(colour: false).rag(.red) == "RED      ")
        #expect(Style(colour: false).rag(.notRated) == "NOT RATED")
    }
}
