import CReformPlugin
import Foundation
import ReformPluginKit
import ReformSystem

/// A plugin loaded in process from a shared library through `reform_plugin.h`.
///
/// Loaded with `RTLD_NOW | RTLD_LOCAL` and never unloaded (unloading Swift code is unsafe).
/// In-process code is trusted like any library: a plugin that crashes takes the process with
/// it, so untrusted reports should be executables.
public struct SharedLibraryPlugin: LoadedPlugin, @unchecked Sendable {
    public let manifest: PluginManifest
    public let path: String
    public var kind: PluginFileName.Kind { .sharedLibrary }
    private let table: UnsafePointer<reform_plugin_table>

    /// Loads the library at `path` and checks its table and manifest.
    public init(path: String, expectedID: String) throws(PluginError) {
        self.path = path
        func failure(_ reason: String) -> PluginError { PluginError(plugin: expectedID, path: path, reason: reason) }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw failure("cannot be loaded: \(dlerror().map { String(cString: $0) } ?? "unknown error")")
        }
        guard let symbol = dlsym(handle, REFORM_PLUGIN_ENTRY_SYMBOL) else {
            throw failure("does not export the symbol '\(REFORM_PLUGIN_ENTRY_SYMBOL)' (see reform_plugin.h)")
        }
        let entry = unsafeBitCast(symbol, to: reform_plugin_entry_fn.self)
        guard let table = entry() else { throw failure("its \(REFORM_PLUGIN_ENTRY_SYMBOL)() returned no table") }
        guard table.pointee.contract_version == REFORM_PLUGIN_CONTRACT_VERSION else {
            throw failure("speaks contract version \(table.pointee.contract_version); this tool speaks \(REFORM_PLUGIN_CONTRACT_VERSION)")
        }
        guard table.pointee.table_size >= UInt32(MemoryLayout<reform_plugin_table>.size) else {
            throw failure("its table is \(table.pointee.table_size) bytes, smaller than contract 1's \(MemoryLayout<reform_plugin_table>.size)")
        }
        guard table.pointee.render != nil, table.pointee.release != nil else { throw failure("its table has no render or release function") }
        guard let json = table.pointee.manifest_json else { throw failure("its table has no manifest") }
        self.manifest = try PluginManifestReader.read(Array(String(cString: json).utf8), expectedID: expectedID, path: path)
        self.table = table
    }

    public func render(request: [UInt8], timeout: Double) throws(PluginError) -> [UInt8] {
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = request.withUnsafeBufferPointer { buffer in
            table.pointee.render(buffer.baseAddress, buffer.count, &output, &length)
        }
        let bytes = output.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
        table.pointee.release(output, length)
        guard status == 0 else {
            throw PluginError(plugin: manifest.id, path: path, reason: "failed: \(String(decoding: bytes, as: UTF8.self))")
        }
        return bytes
    }
}

/// Reads and checks a manifest's JSON.
enum PluginManifestReader {
    static func read(_ bytes: [UInt8], expectedID: String, path: String) throws(PluginError) -> PluginManifest {
        let manifest: PluginManifest
        do {
            manifest = try JSONDecoder().decode(PluginManifest.self, from: Data(bytes))
        } catch {
            throw PluginError(plugin: expectedID, path: path, reason: "bad manifest: \(ReportRenderError.describe(error))")
        }
        if let problem = manifest.problem {
            throw PluginError(plugin: expectedID, path: path, reason: "bad manifest: \(problem)")
        }
        guard manifest.id == expectedID else {
            throw PluginError(plugin: expectedID, path: path, reason: "bad manifest: its id '\(manifest.id)' does not match its file name's '\(expectedID)'")
        }
        return manifest
    }
}
