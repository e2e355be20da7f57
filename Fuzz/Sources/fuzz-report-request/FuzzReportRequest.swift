import ReformPluginKit

/// Feeds arbitrary bytes to the plugin-request decoding that every Swift plugin runs, read
/// whole and with the large parts skipped unparsed: errors, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? ReportRequest.decode(bytes)
    _ = try? ReportRequest.decode(bytes, skipping: [.actions, .actionAssessments, .deadlines])
    return 0
}
