import Foundation
import ReformPluginHost
import ReformSystem

/// `reform-plugin-runner`: runs one report plugin in a process of its own, for a server that must
/// not load a plugin's code into itself (`reform serve`): a plugin that crashes, hangs or eats
/// memory then takes down only this process, which the server has started with a time limit.
///
///     reform-plugin-runner library PATH [--manifest]      a shared-library plugin: its manifest, or a
///                                                         document rendered from the request on stdin
///     reform-plugin-runner executable PATH [--manifest]   an executable plugin, run in place of this process
///
/// Before the plugin runs, this process lowers its priority (so that sign-ins and pages come first)
/// and bounds its memory (`PluginLimits`). A failure is a message on standard error and exit 1.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 || (arguments.count == 3 && arguments[2] == "--manifest"), ["library", "executable"].contains(arguments[0]) else {
    FileHandle.standardError.write(Data("usage: reform-plugin-runner library|executable PATH [--manifest]\n".utf8))
    exit(2)
}
let (kind, path, wantsManifest) = (arguments[0], arguments[1], arguments.count == 3)
PluginLimits.apply()

if kind == "executable" {
    let words: [String] = [path] + (wantsManifest ? ["--manifest"] : [])
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    execv(path, argv)
    FileHandle.standardError.write(Data("cannot be started: \(String(cString: strerror(errno)))\n".utf8))
    exit(1)
}

do {
    let plugin = try SharedLibraryPlugin(path: path, expectedID: PluginFileName.parse(URL(fileURLWithPath: path).lastPathComponent)?.id ?? "")
    if wantsManifest {
        FileHandle.standardOutput.write(try JSONEncoder().encode(plugin.manifest))
        exit(0)
    }
    let request = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    let document = try plugin.render(request: request, timeout: .infinity)
    FileHandle.standardOutput.write(Data(document))
    exit(0)
} catch {
    // The reason alone: the host names the plugin.
    FileHandle.standardError.write(Data(((error as? PluginError)?.reason ?? "\(error)").utf8))
    exit(1)
}
