import ArgumentParser
import ReformApp
import ReformPluginHost

/// `reform plugins`: every report plugin found, and every candidate that failed to load, with why.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the report plugins found, and any that failed to load with the reason.",
        discussion: """
        Searched in order: --plugin-path, REFORM_PLUGIN_PATH, the reform executable's directory, \
        $XDG_DATA_HOME/reform/plugins (~/.local/share/reform/plugins), /usr/local/lib/reform/plugins, /usr/lib/reform/plugins. \
        Plugins are libreform-report-<id>.so shared libraries and reform-report-<id> executables; the first with an id wins. \
        'reform plugins show ID' describes one plugin fully.
        """,
        subcommands: [PluginShowCommand.self]
    )

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let catalog = PluginCatalog(searchPath: plugins.searchPath)
        if json {
            try JSONOutput.print(PluginsJSON(catalog))
            return
        }
        var table = TextTable(["ID", "VERSION", "KIND", "FORMATS", "PATH"])
        let pdf = PDFConversion.soffice != nil
        for entry in catalog.plugins {
            let manifest = entry.plugin.manifest
            // PDF is the host's, from the Word document, where LibreOffice is installed.
            let formats = manifest.formats.map(\.id) + (pdf && PDFConversion.applies(to: manifest) ? ["pdf*"] : [])
            table.add([manifest.id, manifest.version, entry.plugin.kind.rawValue, formats.joined(separator: ", "), entry.plugin.path])
        }
        Terminal.write(catalog.plugins.isEmpty ? "No plugins found." : table.render())
        if pdf, catalog.plugins.contains(where: { PDFConversion.applies(to: $0.plugin.manifest) }) {
            Terminal.write("* made by LibreOffice from the report's Word document")
        }
        for entry in catalog.plugins where !entry.plugin.manifest.options.isEmpty {
            Terminal.write("\n\(entry.plugin.manifest.id) options (--option name=value):")
            Terminal.write(PluginText.options(entry.plugin.manifest.options))
        }
        let shadowed = catalog.plugins.flatMap { entry in entry.shadows.map { (entry.plugin.manifest.id, $0) } }
        if !shadowed.isEmpty {
            Terminal.write("\nShadowed (an earlier plugin has the same id):")
            for (id, path) in shadowed { Terminal.write("  \(id): \(path)") }
        }
        if !catalog.failures.isEmpty {
            Terminal.write("\nFailed to load:")
            for failure in catalog.failures { Terminal.write("  \(failure.plugin): \(failure.path): \(failure.reason)") }
        }
    }
}
