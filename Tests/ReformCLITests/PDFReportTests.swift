import Foundation
import Testing

/// The committee update as the committee papers site takes it: a PDF made by LibreOffice from
/// the Word document, tagged, with its fonts embedded and the council's running footer.
@Suite("The committee update as PDF")
struct PDFReportTests {
    static let repository = CLITests.repository
    static let hasLibreOffice = FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")

    /// What a poppler tool prints about `file`.
    private func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("--format pdf writes a tagged PDF with embedded fonts, the council's footer and page numbers, and records the run as pdf",
          .enabled(if: hasLibreOffice || ProcessInfo.processInfo.environment["CI"] == "true"))
    func pdf() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-pdf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("committee-update.pdf").path
        let db = folder.appendingPathComponent("record.sqlite").path
        let result = try await ReformRunner.run(["report", "committee-update", "--format", "pdf", "--out", out, "--as-of", "2024-09-15", "--db", db],
                                                in: Self.repository)
        #expect(result.status == 0, "\(result.stderr)")
        let info = try poppler("pdfinfo", [out])
        #expect(info.contains("Tagged:          yes"), "\(info)")
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(pages > 3)
        #expect(!(try poppler("pdffonts", [out])).split(separator: "\n").dropFirst(2).contains { $0.contains(" no ") && $0.split(separator: " ").count > 4 },
                "every font embedded")
        let text = try poppler("pdftotext", ["-layout", out, "-"])
        #expect(text.contains("Stable Homes, Built on Love") && text.contains("Recommendations monitor"))
        #expect(text.contains("Manchester City Council | Children and Young People Scrutiny Committee") && text.contains("Page 2 of \(pages)"))
        let runs = try await ReformRunner.run(["runs", "--json", "--db", db], in: Self.repository)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(runs.stdout.utf8)) as? [[String: Any]])
        #expect(listed.first?["format"] as? String == "pdf")
    }

    @Test("without LibreOffice, --format pdf says so in one line, what to install, and exits 1 writing nothing")
    func withoutLibreOffice() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("reform-no-pdf-\(UUID().uuidString).pdf").path
        let result = try await ReformRunner.run(["report", "committee-update", "--format", "pdf", "--out", out], in: Self.repository,
                                                environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("LibreOffice, which is not installed here") && result.stderr.contains("apt-get install libreoffice-writer-nogui"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
