// swift-tools-version: 6.0
import PackageDescription

/// Benchmark helpers that need packages the main package does not: Yams, what a Swift project
/// would use by default, decoding the same files into equivalent Codable types. Kept apart so
/// its dependencies never slow the main package's builds or CI. Run everything with Benchmarks/run.sh.
let package = Package(
    name: "ReformBenchmarks",
    dependencies: [.package(url: "https://github.com/jpsim/Yams", exact: "6.2.2")],
    targets: [.executableTarget(name: "yams-decode", dependencies: ["Yams"])]
)
