import ReformPluginKit

/// A plugin found, loaded and checked: ready to render.
public protocol LoadedPlugin: Sendable {
    /// Its manifest.
    var manifest: PluginManifest { get }
    /// Where it is.
    var path: String { get }
    /// How it is loaded.
    var kind: PluginFileName.Kind { get }

    /// Renders one document from request bytes, within `timeout` seconds where the plugin runs out of process.
    func render(request: [UInt8], timeout: Double) throws(PluginError) -> [UInt8]
}
