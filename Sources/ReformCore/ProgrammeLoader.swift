import ReformModel
import ReformSystem

/// Reads and validates programme files (format 1).
///
/// Every problem in a file is found in one run and reported in file order, each with the line
/// and column where it is, so a programme manager can fix them all at once.
public enum ProgrammeLoader {
    /// Loads the file at `path`, naming it as `displayName` (by default, the path as given) in diagnostics.
    ///
    /// - Throws: `ProgrammeLoadError` listing every error (and warning) when the file is invalid or unreadable.
    public static func load(path: String, displayName: String? = nil, limits: LoaderLimits = .standard) throws(ProgrammeLoadError) -> LoadedProgramme {
        let name = displayName ?? path
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path: path, limit: limits.maxFileBytes)
        } catch {
            throw ProgrammeLoadError(file: name, diagnostics: [Diagnostic(.error, at: .startOfFile, error.message)])
        }
        let loaded = Result { () throws(ProgrammeLoadError) in try parse(bytes: bytes, file: name, limits: limits) }
        Parallel.release(consume bytes)
        return try loaded.get()
    }

    /// Parses and validates programme text already in memory.
    ///
    /// - Throws: `ProgrammeLoadError` listing every error (and warning) when the text is invalid.
    public static func parse(bytes: [UInt8], file: String, limits: LoaderLimits = .standard) throws(ProgrammeLoadError) -> LoadedProgramme {
        guard bytes.count <= limits.maxFileBytes else {
            throw ProgrammeLoadError(file: file, diagnostics: [Diagnostic(.error, at: .startOfFile,
                "the file is \(bytes.count) bytes, more than the limit of \(limits.maxFileBytes) bytes")])
        }
        var diagnostics: [Diagnostic] = []
        let programme: Programme? = bytes.withUnsafeBufferPointer { buffer in
            let reader = PipelinedYAMLReader(bytes: buffer, limits: limits)
            // The parsing thread reads `buffer`: it must have stopped before the buffer goes.
            defer { reader.finish() }
            let decoder = ProgrammeDecoder(reader: reader, limits: limits)
            var programme: Programme?
            do {
                programme = try decoder.decodeDocument()
            } catch let stop as YAMLSyntaxError {
                decoder.error(stop.position, stop.message)
                diagnostics = decoder.diagnostics
                return nil
            } catch {
                decoder.error(.startOfFile, "\(error)")
            }
            diagnostics = decoder.diagnostics
            if let programme {
                let budget = max(1, limits.maxErrors - diagnostics.errors.count)
                diagnostics += ProgrammeValidator(programme: programme, sites: decoder.sites)
                    .validate(maxErrors: budget, maxFeedingActions: limits.maxFeedingActions)
            }
            // The positions of every node are needed no more.
            Parallel.release(consume decoder)
            return programme
        }
        guard let programme, diagnostics.errors.isEmpty else {
            throw ProgrammeLoadError(file: file, diagnostics: diagnostics)
        }
        return LoadedProgramme(programme: programme, warnings: diagnostics.sortedByPosition())
    }

    /// Parses programme text given as a string (for tests and tools that generate programmes).
    public static func parse(_ text: String, file: String = "programme.yaml", limits: LoaderLimits = .standard) throws(ProgrammeLoadError) -> LoadedProgramme {
        try parse(bytes: Array(text.utf8), file: file, limits: limits)
    }
}
