import ReformPluginKit

/// Feeds arbitrary bytes to the plugin-request decoding that every Swift plugin runs: errors, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ReportRequest.decode(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
