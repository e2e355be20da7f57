import Foundation
import ReformModel
import ReformPluginKit

/// Renders a report with a plugin and checks what comes back.
public enum ReportRenderer {
    /// The default time limit for an executable plugin, in seconds.
    public static let defaultTimeout = 60.0
    /// The largest file a `file` option may name: a template, not a data set.
    public static let maximumFileBytes = 10 * 1_048_576

    /// The manifest format to use: the one asked for, or the plugin's first.
    public static func format(_ requested: String?, of plugin: any LoadedPlugin) throws(PluginError) -> PluginManifest.Format {
        let formats = plugin.manifest.formats
        guard let requested else { return formats[0] }
        if let format = formats.first(where: { $0.id == requested }) { return format }
        throw PluginError(plugin: plugin.manifest.id, path: plugin.path,
                          reason: "does not write format '\(requested)' (it writes \(formats.map(\.id).joined(separator: ", ")))")
    }

    /// The options for a request: the manifest's defaults, overridden by the user's; unknown names are refused.
    public static func options(_ given: [String: String], for plugin: any LoadedPlugin) throws(PluginError) -> [String: String] {
        var options: [String: String] = [:]
        for option in plugin.manifest.options {
            if let value = option.default { options[option.name] = value }
        }
        let known = plugin.manifest.options.map(\.name)
        for (name, value) in given {
            guard known.contains(name) else {
                let list = known.isEmpty ? "it takes no options" : "it takes \(known.joined(separator: ", "))"
                throw PluginError(plugin: plugin.manifest.id, path: plugin.path, reason: "has no option '\(name)' (\(list))")
            }
            options[name] = value
        }
        return options
    }

    /// The files named by the options of kind `file` among `options`, read as UTF-8 text, under
    /// each option's name; `nil` when there are none. The host reads them so that plugins never
    /// open files.
    public static func files(_ options: [String: String], for plugin: any LoadedPlugin) throws(PluginError) -> [String: PluginFile]? {
        var files: [String: PluginFile] = [:]
        for option in plugin.manifest.options where option.isFile {
            guard let path = options[option.name], !path.isEmpty else { continue }
            func refuse(_ reason: String) -> PluginError {
                PluginError(plugin: plugin.manifest.id, path: plugin.path,
                            reason: "option \(option.name)=\(path): \(reason); give the path of a readable UTF-8 text file")
            }
            guard FileManager.default.fileExists(atPath: path) else { throw refuse("there is no such file") }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw refuse("the file cannot be read (\((error as NSError).localizedDescription))")
            }
            guard data.count <= maximumFileBytes else { throw refuse("the file is over \(maximumFileBytes / 1_048_576) MB") }
            guard let text = String(data: data, encoding: .utf8) else { throw refuse("the file is not UTF-8 text") }
            files[option.name] = PluginFile(path: path, text: text)
        }
        return files.isEmpty ? nil : files
    }

    /// Renders `request` and checks that a text format came back as UTF-8.
    public static func render(_ request: ReportRequest, with plugin: any LoadedPlugin, format: PluginManifest.Format,
                              timeout: Double = defaultTimeout) throws(PluginError) -> [UInt8] {
        let bytes: [UInt8]
        do {
            bytes = try request.encoded()
        } catch {
            throw PluginError(plugin: plugin.manifest.id, path: plugin.path, reason: "the request could not be encoded: \(error)")
        }
        return try render(encoded: bytes, with: plugin, format: format, timeout: timeout)
    }

    /// Renders a request already written as JSON (by `ReportRequestWriter`) and checks that a
    /// text format came back as UTF-8.
    public static func render(encoded request: [UInt8], with plugin: any LoadedPlugin, format: PluginManifest.Format,
                              timeout: Double = defaultTimeout) throws(PluginError) -> [UInt8] {
        let document = try plugin.render(request: request, timeout: timeout)
        if format.isText, String(validatingUTF8Bytes: document) == nil {
            throw PluginError(plugin: plugin.manifest.id, path: plugin.path,
                              reason: "wrote output that is not valid UTF-8, though format '\(format.id)' (\(format.mediaType)) is text")
        }
        return document
    }
}
