import Foundation
import ReformPluginKit

/// PDF made by LibreOffice from the Word document a plugin writes: what a council publishes on
/// its committee papers site. Any plugin that writes `docx` can be asked for `pdf`; the host runs
/// `soffice --headless --convert-to pdf` with the export options for a tagged PDF (headings,
/// tables and reading order for screen readers) with its fonts embedded, in a folder and a
/// LibreOffice profile of its own, bounded in time like a plugin.
public enum PDFConversion {
    /// The format a run asks for and records.
    public static let format = PluginManifest.Format(id: "pdf", mediaType: "application/pdf", extension: "pdf")
    /// The format it is made from.
    public static let source = "docx"

    /// LibreOffice's `soffice` on `PATH`, when installed.
    public static var soffice: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `plugin` can be asked for PDF: it writes Word and not PDF itself.
    public static func applies(to manifest: PluginManifest) -> Bool {
        !manifest.formats.contains { $0.id == format.id } && manifest.formats.contains { $0.id == source }
    }

    /// The one line said when PDF is asked for and LibreOffice is not there.
    public static let missing = "--format pdf is made from the Word document by LibreOffice, which is not installed here (no soffice on PATH): "
        + "install it (Debian: apt-get install libreoffice-writer-nogui) or write --format docx"

    /// LibreOffice's PDF export options: tagged, with every font embedded, PDF/A-free so that tagging is kept.
    static let exportFilter = #"pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"EmbedStandardFonts":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}"#

    /// `docx` converted to PDF.
    ///
    /// - Throws: `PluginError` (for `plugin`) when LibreOffice is missing, fails, or takes longer than `timeout` seconds.
    public static func pdf(fromDOCX docx: [UInt8], plugin: String, timeout: Double) throws(PluginError) -> [UInt8] {
        guard let soffice else { throw PluginError(plugin: plugin, path: "soffice", reason: missing) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("report.docx"), profile = folder.appendingPathComponent("profile")
        do {
            try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
            try Data(docx).write(to: input)
        } catch {
            throw PluginError(plugin: plugin, path: folder.path, reason: "the Word document could not be written for LibreOffice: \(error.localizedDescription)")
        }
        let arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--convert-to", exportFilter,
                         "--outdir", folder.path, input.path]
        let result: ChildProcess.Result
        do { result = try ChildProcess.run(path: soffice, arguments: arguments, input: [], timeout: timeout) } catch {
            throw PluginError(plugin: plugin, path: soffice, reason: "LibreOffice \(error.message)")
        }
        let output = folder.appendingPathComponent("report.pdf")
        guard result.ending == .exited(0), let pdf = FileManager.default.contents(atPath: output.path), pdf.starts(with: Array("%PDF".utf8)) else {
            let said = String(decoding: result.stderr.suffix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let how = result.ending == .timedOut ? "took longer than \(Int(timeout)) seconds" : "did not make a PDF"
            throw PluginError(plugin: plugin, path: soffice, reason: "LibreOffice \(how) from the Word document" + (said.isEmpty ? "" : ": \(said)"))
        }
        return [UInt8](pdf)
    }
}
