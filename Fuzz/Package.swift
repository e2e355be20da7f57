// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for ReformTracker, in their own package so that the main package's
/// `swift build` never tries to link executables that have no `main` (libFuzzer supplies it).
///
/// Build and run with `Fuzz/run.sh` (see there).
let package = Package(
    name: "ReformFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "fuzz-programme-loader", dependencies: [.product(name: "ReformCore", package: "main")]),
        .executableTarget(name: "fuzz-update-csv", dependencies: [.product(name: "ReformCore", package: "main")]),
        .executableTarget(name: "fuzz-report-request", dependencies: [.product(name: "ReformPluginKit", package: "main")]),
    ]
)
