// swift-tools-version: 6.0
import PackageDescription

/// Benchmark helpers, kept apart so that they never slow the main package's builds or CI:
/// `yams-decode`, what a Swift project would use by default (Yams' decoder into equivalent
/// Codable types), and `phases`, which times each phase of a report in one process. Run the
/// suite with Benchmarks/run.sh.
let package = Package(
    name: "ReformBenchmarks",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(name: "ReformTracker", path: ".."),
    ],
    targets: [
        .executableTarget(name: "yams-decode", dependencies: ["Yams"]),
        .executableTarget(name: "phases", dependencies: [
            .product(name: "ReformCore", package: "ReformTracker"),
            .product(name: "ReformModel", package: "ReformTracker"),
            .product(name: "ReformPluginKit", package: "ReformTracker"),
        ]),
    ]
)
