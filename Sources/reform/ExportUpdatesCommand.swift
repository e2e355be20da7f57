import ArgumentParser
import Foundation
import ReformApp

/// `reform export-updates`: every recorded update as CSV, in the shape `import-updates` reads.
struct ExportUpdatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export-updates", abstract: "Write every recorded update as CSV (the import-updates shape).")

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var out: String?

    @Option(help: ArgumentHelp("The programme file (to find the database beside it).", valueName: "file"))
    var file: String = "programme.yaml"

    @OptionGroup var record: RecordOptions

    func run() async throws {
        let export = try await ExportUpdates().run(record: record.record(for: file))
        guard let out else { return Terminal.output(export.text) }
        try ExportUpdates.write(export.text, to: out)
        Terminal.writeError("wrote \(export.count) updates to \(out)")
    }
}
