// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for ReformTracker, in their own package so that the main package's
/// `swift build` never tries to link executables that have no `main` (libFuzzer supplies it).
///
/// Build and run with `Fuzz/run.sh` (see there).
let package = Package(
    name: "ReformFuzz",
    // Named, so that the products are found whatever the checkout's folder is called.
    dependencies: [.package(name: "ReformTracker", path: "..")],
    targets: [
        .executableTarget(name: "fuzz-programme-loader", dependencies: [.product(name: "ReformCore", package: "ReformTracker")]),
        .executableTarget(name: "fuzz-update-csv", dependencies: [.product(name: "ReformCore", package: "ReformTracker"),
                                                               .product(name: "ReformApp", package: "ReformTracker")]),
        .executableTarget(name: "fuzz-report-request", dependencies: [.product(name: "ReformPluginKit", package: "ReformTracker")]),
        .executableTarget(name: "fuzz-plan-date", dependencies: [.product(name: "ReformModel", package: "ReformTracker")]),
    ]
)
