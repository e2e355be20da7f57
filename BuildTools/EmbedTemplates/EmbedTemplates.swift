import Foundation
import PackagePlugin

/// Embeds a target's `Templates/` folder (Mustache templates and the style sheet) in its code at
/// build time, as `EmbeddedFiles.text`: the web front end then needs no resource bundle beside the
/// executable, and a template that is missing is a build error, not an empty page.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        // `directoryURL` needs tools version 6.1; the package is 6.0.
        let folder = URL(fileURLWithPath: target.directory.string).appending(path: "Templates")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [.buildCommand(displayName: "Embedding \(files.count) templates in \(target.name)",
                              executable: try context.tool(named: "embed-files").url,
                              arguments: [output.path] + files.map(\.path), inputFiles: files, outputFiles: [output])]
    }
}
