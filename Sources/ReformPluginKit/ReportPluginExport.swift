import CReformPlugin
import Foundation

/// Makes the C table of `reform_plugin.h` for a Swift `ReportPlugin`, so a Swift plugin needs
/// no C of its own.
public enum ReportPluginExport {
    /// The plugin's table, built on first use and kept for the life of the process.
    ///
    /// Call it from the one exported function:
    /// `@_cdecl("reform_plugin_v1") public func reformPluginV1() -> UnsafeRawPointer { ReportPluginExport.table(for: MyReport.self) }`
    public static func table<Plugin: ReportPlugin>(for plugin: Plugin.Type) -> UnsafeRawPointer {
        ExportedPlugin.lock.lock()
        defer { ExportedPlugin.lock.unlock() }
        if let table = ExportedPlugin.table { return UnsafeRawPointer(table) }
        ExportedPlugin.plugin = plugin
        let manifest = (try? JSONEncoder().encode(plugin.manifest)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let table = UnsafeMutablePointer<reform_plugin_table>.allocate(capacity: 1)
        table.initialize(to: reform_plugin_table(
            contract_version: REFORM_PLUGIN_CONTRACT_VERSION,
            table_size: UInt32(MemoryLayout<reform_plugin_table>.size),
            manifest_json: UnsafePointer(strdup(manifest)),
            render: renderThunk,
            release: releaseThunk
        ))
        ExportedPlugin.table = table
        return UnsafeRawPointer(table)
    }

    /// Renders a request with the exported plugin, turning every error into a message.
    static func render(_ bytes: UnsafeBufferPointer<UInt8>) -> (status: Int32, output: [UInt8]) {
        guard let plugin = ExportedPlugin.plugin else { return (2, Array("the plugin was not exported".utf8)) }
        do {
            // What the manifest does not read arrives empty; what the plugin says it never reads is passed over, not decoded.
            let unread = Set(RequestPart.all.filter { !plugin.manifest.reads($0) })
            let request = try ReportRequest.decode(bytes, skipping: plugin.unusedParts.union(unread))
            guard plugin.manifest.formats.contains(where: { $0.id == request.format }) else {
                let formats = plugin.manifest.formats.map(\.id).joined(separator: ", ")
                throw ReportRenderError("format '\(request.format)' is not one this plugin writes (\(formats))")
            }
            return (0, try plugin.render(request))
        } catch {
            return (1, Array(ReportRenderError.describe(error).utf8))
        }
    }
}

/// The one plugin a library exports, and its table.
private enum ExportedPlugin {
    nonisolated(unsafe) static var plugin: (any ReportPlugin.Type)?
    nonisolated(unsafe) static var table: UnsafeMutablePointer<reform_plugin_table>?
    static let lock = NSLock()
}

private let renderThunk: reform_plugin_render_fn = { request, length, output, outputLength in
    guard let output, let outputLength else { return 2 }
    // The host's bytes stay valid for the call, so they are read where they are.
    let (status, result) = ReportPluginExport.render(UnsafeBufferPointer(start: request, count: request == nil ? 0 : length))
    let buffer = malloc(max(result.count, 1))!.assumingMemoryBound(to: UInt8.self)
    result.withUnsafeBufferPointer { source in
        if let base = source.baseAddress { buffer.update(from: base, count: source.count) }
    }
    output.pointee = buffer
    outputLength.pointee = result.count
    return status
}

private let releaseThunk: reform_plugin_release_fn = { buffer, _ in
    free(buffer)
}
