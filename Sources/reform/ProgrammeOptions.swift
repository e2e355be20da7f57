import ArgumentParser
import ReformCore

/// The programme file argument that every command shares.
struct ProgrammeOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The programme file.", valueName: "file"))
    var file: String = "programme.yaml"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    /// Loads `file` for a command that has no `--strict`, printing errors as `load` does.
    static func loadQuietly(_ file: String) throws -> LoadedProgramme {
        try load(file, strict: false, showWarnings: false)
    }

    /// Loads and validates the file, printing every problem to standard error in `file:line:column:` form.
    ///
    /// - Parameter showWarnings: whether to print warnings when the file is valid.
    /// - Throws: `ExitCode(1)` when the file is invalid (or has warnings under `--strict`).
    func load(showWarnings: Bool = false) throws -> LoadedProgramme {
        try Self.load(file, strict: strict, showWarnings: showWarnings)
    }

    private static func load(_ file: String, strict: Bool, showWarnings: Bool) throws -> LoadedProgramme {
        let loaded: LoadedProgramme
        do {
            loaded = try ProgrammeLoader.load(path: file)
        } catch {
            Terminal.writeError(error.diagnostics.map { $0.formatted(file: error.file) }.joined(separator: "\n"))
            let count = error.diagnostics.errors.count
            Terminal.writeError("\(file): \(count) error\(count == 1 ? "" : "s"); nothing was loaded")
            throw ExitCode(ExitStatus.failure)
        }
        if (showWarnings || strict) && !loaded.warnings.isEmpty {
            Terminal.writeError(loaded.warnings.map { $0.formatted(file: file) }.joined(separator: "\n"))
        }
        if strict, !loaded.warnings.isEmpty {
            Terminal.writeError("\(file): \(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s") (failing because of --strict)")
            throw ExitCode(ExitStatus.failure)
        }
        ProcessLifetime.keep(loaded)
        return loaded
    }
}
