import ArgumentParser
import ReformApp
import ReformModel
import ReformPluginHost
import ReformPluginKit

/// `reform plugins show ID`: one plugin in full: what it is, where it was found, its formats and its options.
struct PluginShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Describe one report plugin: its formats and its options, with defaults.")

    @Argument(help: ArgumentHelp("The plugin's id, such as committee-update.", valueName: "id"))
    var id: String

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let catalog = PluginCatalog(searchPath: plugins.searchPath)
        guard let entry = catalog.plugins.first(where: { $0.plugin.manifest.id == id }) else {
            let ids = catalog.plugins.map(\.plugin.manifest.id)
            let hint = Suggestion.closest(to: id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
            throw AppError("no report plugin '\(id)'\(hint); found: \(ids.isEmpty ? "none" : ids.joined(separator: ", "))")
        }
        let manifest = entry.plugin.manifest
        Terminal.write("\(manifest.name) (\(manifest.id) \(manifest.version))")
        Terminal.write(manifest.description)
        Terminal.write("")
        Terminal.write("Kind:     \(entry.plugin.kind.rawValue)")
        Terminal.write("Path:     \(entry.plugin.path)")
        Terminal.write("Formats:  " + manifest.formats.map { "\($0.id) (\($0.mediaType), .\($0.extension))" }.joined(separator: ", "))
        Terminal.write("Options:" + (manifest.options.isEmpty ? " none" : ""))
        if !manifest.options.isEmpty { Terminal.write(PluginText.options(manifest.options)) }
        for path in entry.shadows { Terminal.write("Shadows:  \(path)") }
    }
}

/// Plugin facts in words, for `plugins` and `plugins show`.
enum PluginText {
    /// One line an option: "  name  description (default: value)", saying which name a file.
    static func options(_ options: [PluginManifest.Option]) -> String {
        let width = options.map(\.name.count).max() ?? 0
        return options.map { option in
            "  " + option.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + option.description
                + (option.isFile ? " (a file's path; reform reads it for the plugin)" : "")
                + (option.default.map { " (default: \($0))" } ?? "")
        }.joined(separator: "\n")
    }
}
