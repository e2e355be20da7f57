/// A report written in Swift: one type conforming to this protocol, exported with one line.
///
/// ```swift
/// struct Summary: ReportPlugin {
///     static let manifest = PluginManifest(id: "summary", name: "Summary", version: "1.0.0",
///         description: "A one-page summary", formats: [.init(id: "markdown", mediaType: "text/markdown", extension: "md")])
///
///     static func render(_ request: ReportRequest) throws -> [UInt8] {
///         Array("# \(request.programme.info.title)\n".utf8)
///     }
/// }
///
/// @_cdecl("reform_plugin_v1")
/// public func reformPluginV1() -> UnsafeRawPointer { ReportPluginExport.table(for: Summary.self) }
/// ```
///
/// Build it as a dynamic library product named `reform-report-<id>`, so that SwiftPM writes
/// `libreform-report-<id>.so` where `reform` finds it.
public protocol ReportPlugin {
    /// What the plugin is and which formats it writes.
    static var manifest: PluginManifest { get }

    /// Renders the document for `request.format`. Throw `ReportRenderError` (or any error) to fail with a message.
    static func render(_ request: ReportRequest) throws -> [UInt8]

    /// Large parts of the request this plugin never reads; they reach `render` as empty lists,
    /// and reading a large request skips them. None by default.
    static var unusedParts: Set<RequestPart> { get }
}

extension ReportPlugin {
    /// A plugin reads the whole request unless it says otherwise.
    public static var unusedParts: Set<RequestPart> { [] }
}
