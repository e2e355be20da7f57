import Foundation
import Testing
@testable import ReformCore
import ReformModel
@testable import ReformPluginHost
import ReformPluginKit
@testable import ReportDocument

/// The bundled reports rendered from a fixture programme, compared with reviewed golden files,
/// and checked against hostile text. Set REFORM_UPDATE_GOLDEN=1 to rewrite the golden files
/// after a deliberate change, then review the diff.
@Suite("The bundled reports")
struct BundledReportTests {
    static let golden = TestPaths.repository.appendingPathComponent("Tests/Fixtures/golden")

    /// A fixed request: the report fixture on 1 July 2024, with updates since 1 March 2024.
    static func request(plugin: String, format: String, options: [String: String] = [:]) throws -> ReportRequest {
        let programme = try ProgrammeLoader.load(path: TestPaths.repository.appendingPathComponent("Tests/Fixtures/report-fixture.yaml").path).programme
        let asOf = CalendarDay(year: 2024, month: 7, day: 1)!, since = CalendarDay(year: 2024, month: 3, day: 1)!
        let updates = [
            ProgressUpdate(actionID: "A-AMBER", day: CalendarDay(year: 2024, month: 4, day: 1)!, progress: 35, note: "Waiting on the partnership's sign-off", by: "alice"),
            ProgressUpdate(actionID: "A-GREEN", day: CalendarDay(year: 2024, month: 5, day: 1)!, progress: 50, due: try PlanDate.parse("December 2024").get(), by: "bob"),
        ]
        return ReportRequest(plugin: plugin, format: format, options: options, generatedAt: "2024-07-01T09:00:00Z", asOf: asOf, since: since,
                             programme: programme, analysis: ProgrammeAnalysis(programme, asOf: asOf, updates: updates),
                             changes: ProgrammeChanges(programme: programme, updates: updates, since: since, until: asOf))
    }

    static func plugin(_ id: String) throws -> SharedLibraryPlugin {
        try SharedLibraryPlugin(path: TestPaths.buildDirectory + "/libreform-report-\(id).so", expectedID: id)
    }

    static func render(_ id: String, _ format: String, options: [String: String] = [:]) throws -> [UInt8] {
        let plugin = try plugin(id)
        let chosen = try ReportRenderer.format(format, of: plugin)
        var request = try request(plugin: id, format: format, options: options)
        request.files = try ReportRenderer.files(options, for: plugin) // as the host reads them
        return try ReportRenderer.render(request, with: plugin, format: chosen)
    }

    /// Compares with the golden file, or writes it when REFORM_UPDATE_GOLDEN is set.
    static func matchesGolden(_ text: String, _ name: String) throws -> Bool {
        let file = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["REFORM_UPDATE_GOLDEN"] != nil {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return true
        }
        return try Data(contentsOf: file) == Data(text.utf8)
    }

    /// The parts of a .docx, by name, via Python's zipfile (independent of the ZIP code that wrote it).
    static func docxParts(_ bytes: [UInt8]) throws -> [String: String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).docx")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
        import json, sys, zipfile, xml.dom.minidom
        archive = zipfile.ZipFile(sys.argv[1])
        assert archive.testzip() is None
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
        for text in parts.values(): xml.dom.minidom.parseString(text)
        print(json.dumps(parts))
        """
        let output = try TestPaths.run("/usr/bin/env", ["python3", "-c", script, file.path])
        return try JSONDecoder().decode([String: String].self, from: Data(output.utf8))
    }

    @Test("every format of both reports matches its reviewed golden file", arguments: [
        ("committee-update", "markdown", "committee-update.md"), ("committee-update", "html", "committee-update.html"),
        ("cost-burden", "markdown", "cost-burden.md"), ("cost-burden", "csv", "cost-burden.csv"), ("cost-burden", "html", "cost-burden.html"),
    ])
    func golden(plugin: String, format: String, file: String) throws {
        let text = String(decoding: try Self.render(plugin, format), as: UTF8.self)
        #expect(try Self.matchesGolden(text, file), "\(file) differs from the golden file")
    }

    @Test("the Word document is a sound package whose body matches its golden file")
    func docx() throws {
        let parts = try Self.docxParts(try Self.render("committee-update", "docx"))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                    "word/footer1.xml", "word/footer2.xml", "word/document.xml", "word/charts/chart1.xml"])
        let body = try #require(parts["word/document.xml"])
        #expect(try Self.matchesGolden(body, "committee-update.document.xml"))
        #expect(body.contains("Report for Information"))
        #expect(body.contains("<w:pageBreakBefore/>"))
    }

    @Test("the Word document carries the council's running footer with page numbers, a native chart with its data, and numbers aligned right")
    func docxFooterChartAndAlignment() throws {
        let parts = try Self.docxParts(try Self.render("committee-update", "docx", options: ["item": "7", "meeting": "4 September 2024"]))
        let footer = try #require(parts["word/footer1.xml"])
        #expect(footer.contains("Example Council | Item 7 |") && footer.contains("| 4 September 2024"))
        #expect(footer.contains(#"w:instr=" PAGE ""#) && footer.contains(#"w:instr=" NUMPAGES ""#))
        let chart = try #require(parts["word/charts/chart1.xml"])
        #expect(chart.contains("<c:barChart>") && chart.contains("<c:grouping val=\"stacked\"/>") && chart.contains("<c:v>P2 Child protection</c:v>"))
        #expect(parts["word/_rels/document.xml.rels"]?.contains("Target=\"charts/chart1.xml\"") == true)
        let body = try #require(parts["word/document.xml"])
        #expect(body.contains("<c:chart xmlns:c=") && body.contains("<w:jc w:val=\"right\"/>"))
    }

    /// Runs where LibreOffice is installed, and always under CI (which installs it), where its absence is a failure.
    @Test("LibreOffice converts the Word document to PDF",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") || ProcessInfo.processInfo.environment["CI"] == "true"))
    func libreOfficeOpensIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("update.docx")
        try Data(try Self.render("committee-update", "docx")).write(to: file)
        try TestPaths.run("/usr/bin/soffice", ["--headless", "--convert-to", "pdf", "--outdir", directory.path, file.path])
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("update.pdf").path))
    }

    @Test("the HTML is self-contained and accessible: no script, nothing fetched, real headers, RAG in words")
    func htmlIsSelfContained() throws {
        let html = String(decoding: try Self.render("committee-update", "html"), as: UTF8.self)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains(" src=\"") && !html.contains("<link") && !html.contains("url(") && !html.contains("@import"))
        #expect(html.contains("<th scope=\"col\">"))
        #expect(html.contains("<td class=\"rag rag-red\">RED</td>"))
        #expect(html.contains("<svg") && html.contains("as at 1 July 2024"))
        #expect(html.contains("@media print") && html.contains("break-before: page"))
    }

    @Test("hostile text is escaped in HTML, text and attributes alike")
    func hostileHTML() throws {
        for (plugin, format) in [("committee-update", "html"), ("cost-burden", "html")] {
            let html = String(decoding: try Self.render(plugin, format), as: UTF8.self)
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<b>uncertain"))
            #expect(!html.contains("\u{01}"))
            if plugin == "committee-update" {
                #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; action"))
            }
            #expect(html.contains("Reform &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; | Plan"))
        }
    }

    @Test("hostile text cannot add Markdown structure: pipes, headings, links and HTML are escaped")
    func hostileMarkdown() throws {
        let markdown = String(decoding: try Self.render("committee-update", "markdown"), as: UTF8.self)
        #expect(markdown.contains("| A-AMBER: Plan \\| with pipes | P2, P1 | AMBER |"))
        #expect(markdown.contains("| A-RED: \"\\>\\<img src=x onerror=alert(1)\\> action | RED |"))
        #expect(markdown.contains("\\# Not a heading \\*or emphasis\\*"))
        #expect(markdown.contains("Done \\[link\\](http://x)"))
        // Every < is escaped, so no HTML can reach a Markdown renderer.
        let unescaped = zip(markdown.unicodeScalars.dropFirst(), markdown.unicodeScalars).filter { $0.0 == "<" && $0.1 != "\\" }
        #expect(unescaped.isEmpty)
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test("the committee papers name no login: a note is attributed to the action's owner, named from the plan's contacts; an action of two pillars is listed once, with both",
          arguments: ["markdown", "html"])
    func papersForThePublic(format: String) throws {
        let text = String(decoding: try Self.render("committee-update", format), as: UTF8.self)
        #expect(!text.contains("alice") && !text.contains("bob"), "no login name is printed")
        #expect(text.contains("S. Lead, Safeguarding lead"), "the owner's post, with the name the plan's contacts give")
        let progress = try #require(text.range(of: "Progress by pillar")).upperBound
        let next = try #require(text.range(of: "Statutory deadlines", range: progress..<text.endIndex)).lowerBound
        #expect(text[progress..<next].components(separatedBy: "A-AMBER: Plan").count - 1 == 1, "listed once in the progress tables")
        #expect(text.contains("P2, P1"))
    }

    @Test("a Word table whose words do not fit a portrait page is set on a landscape page; no column is narrower than its longest word")
    func wideTablesGoLandscape() throws {
        let wide = ReportDocument.Table(caption: "Wide", headers: ["Action", "Pillars", "RAG", "Reason", "Latest commentary", "Owner", "Another"],
                                        rows: [["Implementation", "Safeguarding", "AMBER", "Responsibilities", "Partnership's", "Headofservice", "Accountability"].map { .init($0) }])
        let narrow = ReportDocument.Table(caption: "Narrow", headers: ["Pillar", "RAG"], rows: [[.init("P1 Family help"), .init("GREEN")]])
        #expect(DOCXRenderer.needsLandscape(headers: wide.headers, rows: wide.rows) && !DOCXRenderer.needsLandscape(headers: narrow.headers, rows: narrow.rows))
        let words = DOCXRenderer.wordWidths(headers: wide.headers, rows: wide.rows)
        let widths = DOCXRenderer.columnWidths(headers: wide.headers, rows: wide.rows, width: DOCXRenderer.Orientation.landscape.textWidth)
        #expect(zip(widths, words).allSatisfy { $0 >= $1 } && widths.reduce(0, +) <= DOCXRenderer.Orientation.landscape.textWidth)
        let document = ReportDocument(title: "T", blocks: [.table(narrow), .table(wide), .paragraph("after")], footer: nil)
        let xml = try Self.docxParts(try DOCXRenderer.render(document, modified: Date(timeIntervalSince1970: 0)))["word/document.xml"] ?? ""
        #expect(xml.components(separatedBy: #"w:orient="landscape""#).count - 1 == 1, "one landscape section, for the wide table")
        let landscapeStart = try #require(xml.range(of: "Wide")), landscapeEnd = try #require(xml.range(of: #"w:orient="landscape""#))
        #expect(xml.range(of: "Narrow")!.lowerBound < landscapeStart.lowerBound && landscapeStart.lowerBound < landscapeEnd.lowerBound)
        #expect(xml.range(of: "after")!.lowerBound > landscapeEnd.lowerBound, "the page after is portrait again")
    }

    @Test("CSV is UTF-8 with a BOM and CRLF, and formulas are neutralised")
    func hostileCSV() throws {
        let bytes = try Self.render("cost-burden", "csv")
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("burden_id,burden_title,policy_id,"))
        #expect(text.contains("B-ONE,'=SUM(A1:A9) burden,KIN,"))
        #expect(!text.contains(",=SUM"))
        let lineFeeds = text.utf8.filter { $0 == 0x0A }.count, carriageReturns = text.utf8.filter { $0 == 0x0D }.count
        #expect(lineFeeds == 7 && carriageReturns == 7)   // a header and six rows (one carried forward), every line ending CRLF
        // Unknown amounts are empty cells, never 0.
        #expect(text.contains("B-TWO,Systems change,WT,Working Together,P1 P2,data-and-systems,2025/26,no,yes,,,,,,,,,F-CONF,"))
    }

    @Test("the cost-burden CSV reconciles: per-year costs add up to the analysis total")
    func csvReconciles() throws {
        let text = String(decoding: try Self.render("cost-burden", "csv").dropFirst(3), as: UTF8.self)
        let rows = try CSV.parse(text)
        let header = rows[0]
        let cost = header.firstIndex(of: "cost")!, confirmed = header.firstIndex(of: "confirmed_funding")!
        func sum(_ column: Int) -> Money {
            rows.dropFirst().reduce(Money.zero) { total, row in total + ((try? Money.parse(row[column]).get()) ?? .zero) }
        }
        let analysis = try Self.request(plugin: "cost-burden", format: "csv").analysis.funding.total
        #expect(sum(cost) == analysis.cost)
        #expect(sum(confirmed) == analysis.confirmed)
    }

    @Test("the Word document strips characters XML forbids and escapes markup")
    func hostileDOCX() throws {
        let body = try #require(try Self.docxParts(try Self.render("committee-update", "docx"))["word/document.xml"])
        #expect(!body.contains("\u{01}"))
        #expect(body.contains("Data  supplier"))
        #expect(body.contains("&lt;script&gt;"))
        #expect(!body.contains("<img"))
    }

    @Test("a council's own template changes the front sheet's wording; values still cannot add structure")
    func customTemplate() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("front-\(UUID().uuidString).mustache")
        try "::title {{organisation}} Council Papers\n::subtitle For decision\n::heading Purpose\n{{subject}}\n::heading Officers\n{{#contacts}}\n::item {{position}}\n{{/contacts}}\n"
            .write(to: template, atomically: true, encoding: .utf8)
        let markdown = String(decoding: try Self.render("committee-update", "markdown", options: ["template": template.path]), as: UTF8.self)
        #expect(markdown.hasPrefix("# Example Council Council Papers\n\nFor decision\n\n## Purpose\n\nReform \\<script\\>"))
        #expect(markdown.contains("- Programme Lead\n- Head of Finance\n"))
        #expect(!markdown.contains("Report for Information"))
    }

    @Test("the alignment section comes from the programme's own strategy, and a programme without one gets none")
    func strategyFromTheProgramme() throws {
        let plugin = try Self.plugin("committee-update")
        let format = try ReportRenderer.format("markdown", of: plugin)
        var request = try Self.request(plugin: "committee-update", format: "markdown")
        request.programme.info.strategy = nil
        let without = String(decoding: try ReportRenderer.render(request, with: plugin, format: format), as: UTF8.self)
        #expect(!without.contains("Alignment to the") && !without.contains("Our Manchester"))

        request.programme.info.strategy = Strategy(title: "Our City Strategy", outcomes: [
            .init(title: "A fair city", contribution: "Children stay with their families"), .init(title: "A green city"),
        ])
        let with = String(decoding: try ReportRenderer.render(request, with: plugin, format: format), as: UTF8.self)
        #expect(with.contains("## Alignment to the Our City Strategy Outcomes\n\n| Our City Strategy outcomes | Contribution to the strategy |\n| --- | --- |\n"
            + "| A fair city | Children stay with their families |\n| A green city | Not assessed in this report. |\n"))
    }

    @Test("a broken template is the plugin's error, with the reason")
    func brokenTemplate() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).mustache")
        try "::banner {{organisation}}\n".write(to: template, atomically: true, encoding: .utf8)
        #expect(throws: PluginError.self) { try Self.render("committee-update", "markdown", options: ["template": template.path]) }
        #expect(throws: PluginError.self) { try Self.render("committee-update", "markdown", options: ["template": "/nonexistent/front.mustache"]) }
    }

    @Test("a template with a tag left open, or a variable the front sheet does not have, names the file, line and column", arguments: [
        ("::title {{organisation}\n", ":1:23: error: a tag is not closed"),
        ("::title {{organisaton}}\n", ":1:9: error: unknown variable 'organisaton' (did you mean 'organisation'?)"),
        ("{{#contacts}}\n::field {{positon}} | {{details}}\n{{/contacts}}\n", ":2:9: error: unknown variable 'positon' (did you mean 'position'?)"),
        ("{{#contacts}}\n::item {{position}}\n", ": error: a section is not closed"),
    ])
    func templateErrorsArePlaced(text: String, message: String) throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("front-\(UUID().uuidString).mustache")
        try text.write(to: template, atomically: true, encoding: .utf8)
        #expect {
            try Self.render("committee-update", "markdown", options: ["template": template.path])
        } throws: { error in
            "\(error)".contains(template.path) && "\(error)".contains(message)
        }
    }

    @Test("the timeline keeps its labels whole, in a column of their own, and long ids break only at hyphens")
    func timelineLabels() {
        let long = "A very long milestone title that would run off the right-hand edge of the picture if it were not wrapped"
        let lines = SVGChart.wrap(long, width: 320)
        #expect(lines.joined(separator: " ") == long)
        #expect(lines.allSatisfy { $0.count <= 320 * 10 / 58 })
        #expect(SVGChart.wrap("A-SCSPR-CARE-LEAVERS-AND-MORE-PARTS-OF-AN-ID-THAT-IS-VERY-LONG-INDEED", width: 200).dropLast().allSatisfy { $0.hasSuffix("-") })
        let svg = SVGChart.timeline(events: [(label: long, day: CalendarDay(year: 2024, month: 12, day: 31)!, shown: "December 2024", emphasis: true)],
                                    asOf: CalendarDay(year: 2024, month: 9, day: 15)!, title: "Timeline")
        #expect(svg.contains("text-anchor=\"end\" font-weight=\"bold\"") && svg.contains("<tspan"))
    }

    @Test("the New Burdens summary shows the medium-term years, the funding schedule with totals, what covers what, and each burden's assumptions")
    func financeOnOnePage() throws {
        let text = String(decoding: try Self.render("cost-burden", "markdown", options: ["years": "2024/25-2025/26"]), as: UTF8.self)
        #expect(text.contains("## By financial year, 2024/25 to 2025/26"))
        #expect(text.contains("## Funding by year, 2024/25 to 2025/26"))
        #expect(text.contains("| Total confirmed |"))
        #expect(text.contains("*Which funding covers which burden*") && text.contains("| B-TWO: Systems change | F-CONF: Confirmed grant | 2025/26 | £1,000 | confirmed |"))
        #expect(text.contains("## Notes and costing assumptions") && text.contains("B-TWO (Systems change): 2024/25: Supplier quote"))
        let defaults = String(decoding: try Self.render("cost-burden", "markdown"), as: UTF8.self)
        #expect(defaults.contains("## By financial year, 2024/25 to 2026/27"))
        #expect(throws: PluginError.self) { try Self.render("cost-burden", "markdown", options: ["years": "next three"]) }
    }
}
