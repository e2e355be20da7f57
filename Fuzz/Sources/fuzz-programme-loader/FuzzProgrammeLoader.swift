import ReformCore

/// Feeds arbitrary bytes to the programme loader: it must report errors, never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgrammeLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let loaded = try ProgrammeLoader.parse(bytes: bytes, file: "fuzz.yaml", limits: LoaderLimits(maxFileBytes: 1 << 20))
        _ = loaded.programme.actions.count
    } catch {
        precondition(!error.diagnostics.isEmpty, "an invalid file must come with at least one diagnostic")
    }
    return 0
}
