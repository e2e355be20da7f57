import Foundation
import ReformCore
import ReformModel
import Testing

extension SystemRandomNumberGenerator {
    /// A generator with a fixed seed (SplitMix64), so that a failure names the same strings every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

/// An edit of one item changes only that item's lines; every other byte of the plan stays as it was.
@Suite("Editing the plan in place")
struct PlanTextEditTests {
    private let plan = Array(try! Data(contentsOf: TestSupport.repository.appendingPathComponent("programme.yaml")))

    private func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }

    /// The lines of `after` that are not in `before`, and those of `before` not in `after`, found by a line diff.
    private func difference(_ before: [UInt8], _ after: [UInt8]) -> (added: [String], removed: [String]) {
        let diff = lines(after).difference(from: lines(before))
        var added: [String] = [], removed: [String] = []
        for change in diff {
            switch change {
            case .insert(_, let line, _): added.append(line)
            case .remove(_, let line, _): removed.append(line)
            }
        }
        return (added, removed)
    }

    private func load(_ bytes: [UInt8]) throws -> Programme {
        try ProgrammeLoader.parse(bytes: bytes, file: "edited.yaml").programme
    }

    @Test("rescheduling an action that takes its date from its milestone adds one line to it, and nothing else changes")
    func reschedule() throws {
        let edited = try PlanTextEdit(section: "actions", id: "A-NF-EMBED", changes: [.set(key: "due", .text("March 2027"))]).applied(to: plan)
        let change = difference(plan, edited)
        #expect(change.removed.isEmpty)
        #expect(change.added == ["    due: March 2027"])
        let programme = try load(edited)
        #expect(programme.actions.first { $0.id == "A-NF-EMBED" }?.due?.shown == "March 2027")
        // The new line is inside the action's own lines: just after its source.
        let text = String(decoding: edited, as: UTF8.self)
        let block = text.components(separatedBy: "  - id: A-NF-EMBED\n")[1].components(separatedBy: "  - id:")[0]
        #expect(block.hasSuffix("    source: 000_297639388e358003.txt\n    due: March 2027\n"))
    }

    @Test("an outline that stops at the item edited (or the end of its section, for a new one) makes exactly the same edit")
    func partialOutline() throws {
        for edit in [PlanTextEdit(section: "actions", id: "A-PARTNER-DATA", changes: [.set(key: "owner", .text("Head of Data"))]),
                     PlanTextEdit(section: "actions", id: "A-NEW", changes: [.set(key: "title", .text("New")), .set(key: "pillar", .text("P1"))], isNew: true),
                     PlanTextEdit(section: "burdens", id: "B-VSH", changes: [.remove(key: "costs")])] {
            let partial = try #require(PlanOutline(plan, upTo: edit.section, id: edit.isNew ? nil : edit.id))
            #expect(partial.sections.count < PlanOutline(plan)!.sections.count, "it stops early")
            #expect(try edit.applied(to: partial) == edit.applied(to: plan))
        }
    }

    @Test("a value is replaced where it is, quoted only when YAML needs it, and reads back exactly as typed")
    func replaceInPlace() throws {
        let owner = "Head of Service: Children's Safeguarding #1"
        let title = "Line one\nline two"
        let edit = PlanTextEdit(section: "actions", id: "A-PARTNER-DATA", changes: [
            .set(key: "title", .text(title)), .set(key: "owner", .text(owner)), .set(key: "partners", .list(["NHS", "Police, Greater Manchester"])),
        ])
        let edited = try edit.applied(to: plan)
        let change = difference(plan, edited)
        #expect(Set(change.removed) == ["    title: Agree the partner data from GMP and the NHS that some indicators require",
                                        "    partners: [Greater Manchester Police, NHS]"])
        #expect(change.added.count == 3)
        let action = try #require(try load(edited).actions.first { $0.id == "A-PARTNER-DATA" })
        #expect(action.title == title && action.owner == owner && action.partners == ["NHS", "Police, Greater Manchester"])
    }

    @Test("whatever a person types as an owner or title reads back exactly, however YAML would otherwise take it")
    func quotingRoundTrips() throws {
        var typed = ["true", "No", "~", "null", "1e3", "0x1F", "-1", "- item", "? key", "key: value", "a # not a comment", "#hash", "&anchor", "*alias",
                     "!tag", "|block", ">folded", "'quoted'", "\"double\"", "%directive", "@at", "`tick`", "[list]", "{map}", "ends with colon:",
                     "tab\there", "line\nbreak", "\u{2028}separator", "Ünïcödé — “quotes”", "  spaced  ".trimmingCharacters(in: .whitespaces), "a, b",
                     "\u{7F}delete", "\u{85}next line", "back\\slash", "2025/26", "March 2027", "=SUM(A1)"]
        // And strings drawn from the characters YAML treats specially, from a fixed seed.
        var generator = SystemRandomNumberGenerator.Seeded(seed: 29)
        let alphabet = Array("ab :#-?,[]{}&*!|>'\"%@`\\\t\né“")
        for _ in 0..<200 {
            typed.append(String((0..<Int.random(in: 1...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
                .trimmingCharacters(in: .whitespacesAndNewlines))
        }
        for text in typed where !text.isEmpty {
            let edited = try PlanTextEdit(section: "actions", id: "A-PARTNER-DATA", changes: [.set(key: "owner", .text(text)), .set(key: "partners", .list([text, "NHS"]))])
                .applied(to: plan)
            let action = try #require(try load(edited).actions.first { $0.id == "A-PARTNER-DATA" }, "\(text.debugDescription)")
            #expect(action.owner == text && action.partners == [text, "NHS"], "\(text.debugDescription)")
        }
    }

    @Test("a new action goes after the last action, with id first, and the plan around it is untouched")
    func addAction() throws {
        let last = try load(plan).actions.last!.id
        let edit = PlanTextEdit(section: "actions", id: "A-FFP-HUBS", changes: [
            .set(key: "title", .text("Set up Family Help hubs")), .set(key: "pillar", .text("P2")), .set(key: "due", .text("March 2027")),
        ], isNew: true)
        let edited = try edit.applied(to: plan)
        let change = difference(plan, edited)
        #expect(change.removed.isEmpty)
        #expect(change.added == ["  - id: A-FFP-HUBS", "    title: Set up Family Help hubs", "    pillar: P2", "    due: March 2027"])
        let actions = try load(edited).actions
        #expect(actions.last?.id == "A-FFP-HUBS" && actions.dropLast().last?.id == last)
        #expect(throws: PlanTextEdit.Failure.alreadyThere(section: "actions", id: "A-NF-EMBED")) {
            try PlanTextEdit(section: "actions", id: "A-NF-EMBED", changes: [], isNew: true).applied(to: plan)
        }
    }

    @Test("a burden's costs are written again as a block under the burden, and its other lines stay")
    func costBurden() throws {
        let edit = PlanTextEdit(section: "burdens", id: "B-VSH", changes: [.set(key: "costs", .mappings([
            [("year", .plain("2025/26")), ("amount", .plain("120000")), ("recurrent", .plain("true"))],
            [("year", .plain("2024/25")), ("amount", .plain("unknown")), ("recurrent", .plain("true"))],
        ]))])
        let edited = try edit.applied(to: plan)
        let change = difference(plan, edited)
        #expect(change.removed.contains("        basis: Resources and capacity are being evaluated; no estimate given."))
        #expect(change.added.contains("      - year: 2025/26") && change.added.contains("        amount: 120000"))
        let burden = try #require(try load(edited).burdens.first { $0.id == "B-VSH" })
        #expect(burden.costs.count == 2 && burden.costs[0].amount.money?.formatted() == "£120,000")
        #expect(burden.fundedBy.count == 1)
    }

    @Test("a plan saved on Windows keeps CR LF on the lines an edit writes, and every other byte")
    func windowsLineEnds() throws {
        let crlf = Array(String(decoding: plan, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let edited = try PlanTextEdit(section: "actions", id: "A-NF-EMBED", changes: [.set(key: "due", .text("March 2027"))]).applied(to: crlf)
        let added = try PlanTextEdit(section: "actions", id: "A-NEW", changes: [.set(key: "title", .text("New")), .set(key: "pillar", .text("P1"))], isNew: true)
            .applied(to: edited)
        let text = String(decoding: added, as: UTF8.self)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare line feed")
        #expect(text.contains("    due: March 2027\r\n") && text.contains("  - id: A-NEW\r\n    title: New\r\n    pillar: P1\r\n"))
        #expect(try load(added).actions.last?.id == "A-NEW")
    }

    @Test("a flow item is edited inside its braces; a key taken out takes its comma with it")
    func flowItem() throws {
        let text = Array("""
        # a comment that stays
        actions:
          - {id: A1, title: First, owner: Head, due: March 2026}   # and this one
          - {id: A2, title: Second}
        """.utf8)
        let edited = try PlanTextEdit(section: "actions", id: "A1", changes: [.set(key: "due", .text("June 2027")), .remove(key: "owner"),
                                                                              .set(key: "status", .text("cancelled"))]).applied(to: text)
        #expect(String(decoding: edited, as: UTF8.self) == """
        # a comment that stays
        actions:
          - {id: A1, title: First, due: June 2027, status: cancelled}   # and this one
          - {id: A2, title: Second}
        """)
        let added = try PlanTextEdit(section: "actions", id: "A3", changes: [.set(key: "title", .text("Third: new"))], isNew: true).applied(to: text)
        #expect(String(decoding: added, as: UTF8.self).hasSuffix("  - {id: A2, title: Second}\n  - {id: A3, title: 'Third: new'}\n"))
    }

    @Test("a working copy drawn from an older revision is brought up to date item by item, or refused naming what both sides changed")
    func merge() throws {
        let mine = try PlanTextEdit(section: "actions", id: "A-NF-EMBED", changes: [.set(key: "due", .text("March 2027"))]).applied(to: plan)
        let theirs = try PlanTextEdit(section: "actions", id: "A-PARTNER-DATA", changes: [.set(key: "owner", .text("Head of Data"))]).applied(to: plan)
        let merged = try PlanMerge(base: plan, latest: theirs, mine: mine).merged()
        let programme = try load(merged)
        #expect(programme.actions.first { $0.id == "A-NF-EMBED" }?.due?.shown == "March 2027")
        #expect(programme.actions.first { $0.id == "A-PARTNER-DATA" }?.owner == "Head of Data")
        #expect(difference(theirs, merged).added == ["    due: March 2027"])

        let clash = try PlanTextEdit(section: "actions", id: "A-NF-EMBED", changes: [.set(key: "due", .text("June 2027"))]).applied(to: plan)
        #expect(throws: PlanMerge.Refusal.changedOnBothSides([PlanMerge.Unit(section: "actions", id: "A-NF-EMBED")])) {
            try PlanMerge(base: plan, latest: clash, mine: mine).merged()
        }
    }
}
