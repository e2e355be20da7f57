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

    @Test("NO_COLOR turns colour off only when it has a value, and a pipe is never coloured")
    func noColour() {
        #expect(Style.colours(terminal: true, environment: [:]))
        #expect(Style.colours(terminal: true, environment: ["NO_COLOR": ""]))
        #expect(!Style.colours(terminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!Style.colours(terminal: false, environment: [:]))
    }
}
