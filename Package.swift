// swift-tools-version: 6.0
import PackageDescription

/// ReformTracker: tracks a local authority's implementation of the children's social care reform.
///
/// Dependencies point one way (docs/architecture.md): ReformModel <- ReformCore, ReformRecord,
/// ReformPluginKit; ReformRecord <- ReformStore; ReformPluginKit <- ReformPluginHost; ReformCore,
/// ReformStore, ReformPluginHost <- ReformApp <- reform (the CLI) and ReformWeb (`reform serve`).
/// The front ends never see the store: each use case takes the record as ReformApp's `Record`.
/// Plugins see only ReformModel and ReformPluginKit.
/// ReformModel has no dependencies and does no I/O; ReformSystem is the one shim over the C library.
/// Report plugins carry their own copy of ReformModel and ReformPluginKit. -Bsymbolic makes a
/// plugin bind to its own copy even in a host that exports the same symbols (a test binary
/// does), so two builds of one type can never meet.
let pluginLinking: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "-Bsymbolic"], .when(platforms: [.linux]))]

let package = Package(
    name: "ReformTracker",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reform", targets: ["reform"]),
        .executable(name: "reform-plugin-runner", targets: ["reform-plugin-runner"]),
        .library(name: "ReformModel", targets: ["ReformModel"]),
        .library(name: "ReformCore", targets: ["ReformCore"]),
        .library(name: "ReformStore", targets: ["ReformStore"]),
        .library(name: "ReformApp", targets: ["ReformApp"]),
        .library(name: "ReformWeb", targets: ["ReformWeb"]),
        .library(name: "ReformPluginKit", targets: ["ReformPluginKit"]),
        .library(name: "reform-report-summary", type: .dynamic, targets: ["SummaryReport"]),
        .library(name: "reform-report-committee-update", type: .dynamic, targets: ["CommitteeUpdateReport"]),
        .library(name: "reform-report-cost-burden", type: .dynamic, targets: ["CostBurdenReport"]),
        .library(name: "reform-report-action-plan", type: .dynamic, targets: ["ActionPlanReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The web front end (`reform serve`): the server, bcrypt for passwords, and logging.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // NIOConcurrencyHelpers' locks and NIOHTTPTypes' request parts, already built for hummingbird and postgres-nio.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras", exact: "1.35.2"),
        // The PostgreSQL client's pool runs as a service (already built for hummingbird and postgres-nio).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        // The record on PostgreSQL, for a council team sharing one database (`--db postgres://…`).
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Excel workbooks for the reports finance and programme officers open in Excel.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        .target(name: "ReformModel"),
        .target(name: "ReformMail", dependencies: ["CCurl"]),
        // The few system calls Swift's C library modules do not offer alike everywhere, in C.
        .target(name: "CReformSystem"),
        .target(name: "ReformSystem", dependencies: ["CReformSystem"]),
        .target(name: "ReformCore", dependencies: ["ReformModel", "ReformSystem", "CYAML"]),
        // The record's value types: what the store keeps and the front ends show, without the store.
        .target(name: "ReformRecord", dependencies: ["ReformModel"]),
        .target(name: "ReformStore", dependencies: [
            "ReformModel", "ReformRecord", "ReformSystem",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "CReformPlugin"),
        .target(name: "ReformPluginKit", dependencies: ["ReformModel", "CReformPlugin"]),
        .target(name: "ReformPluginHost", dependencies: ["ReformModel", "ReformPluginKit", "ReformSystem", "CReformPlugin"]),
        .target(name: "ReformApp", dependencies: [
            "ReformCore", "ReformRecord", "ReformStore", "ReformPluginHost", "ReformSystem", "ReformMail",
            // Passwords are bcrypt hashes, made and checked by the use cases every front end shares.
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        ]),
        // Embeds ReformWeb's Templates folder in its code at build time (BuildTools/).
        .executableTarget(name: "embed-files", path: "BuildTools/embed-files"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-files"], path: "BuildTools/EmbedTemplates"),
        .target(name: "ReformWeb", dependencies: [
            "ReformApp", "ReformModel", "ReformRecord", "ReformPluginKit", "ReformPluginHost",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        ], exclude: ["Templates"], plugins: ["EmbedTemplates"]),
        .target(name: "SummaryReport", dependencies: ["ReformPluginKit"], path: "Plugins/Summary", linkerSettings: pluginLinking),
        .target(name: "ReportDocument", dependencies: ["ReformPluginKit", "ZIPFoundation"], path: "Plugins/ReportDocument"),
        .target(name: "CommitteeUpdateReport", dependencies: ["ReportDocument", .product(name: "Mustache", package: "swift-mustache")],
                path: "Plugins/CommitteeUpdate", linkerSettings: pluginLinking),
        .target(name: "Workbook", dependencies: ["ReformModel", "CXLSXWriter"], path: "Plugins/Workbook"),
        .target(name: "CostBurdenReport", dependencies: ["ReportDocument", "Workbook"], path: "Plugins/CostBurden", linkerSettings: pluginLinking),
        .target(name: "ActionPlanReport", dependencies: ["ReformPluginKit", "Workbook"], path: "Plugins/ActionPlan", linkerSettings: pluginLinking),
        // Runs one report plugin in a process of its own, for `reform serve` (ReformPluginHost's PluginIsolation).
        .executableTarget(name: "reform-plugin-runner", dependencies: ["ReformPluginHost", "ReformSystem"]),
        .executableTarget(
            name: "reform",
            dependencies: [
                "ReformApp",
                "ReformModel",
                "ReformRecord",
                "ReformPluginHost",
                "ReformPluginKit",
                "ReformSystem",
                "ReformWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReformModelTests", dependencies: ["ReformModel"]),
        .testTarget(name: "ReformCoreTests", dependencies: ["ReformCore"]),
        // What the test suites share: the kinds of store each runs against, and the test PostgreSQL server.
        .target(name: "ReformTestSupport", dependencies: ["ReformRecord", "ReformStore", "ReformSystem", .product(name: "PostgresNIO", package: "postgres-nio")],
                path: "Tests/ReformTestSupport"),
        .testTarget(name: "ReformStoreTests", dependencies: ["ReformRecord", "ReformStore", "ReformTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ReformAppTests", dependencies: ["ReformApp", "ReformCore", "ReformRecord", "ReformStore", "ReformMail", "ReformTestSupport"]),
        .testTarget(name: "ReformPluginTests", dependencies: ["ReformPluginKit", "ReformPluginHost", "ReformCore", "ReportDocument", "ReformTestSupport"]),
        .testTarget(name: "ReformCLITests", dependencies: ["reform", "ReformTestSupport"]),
        .testTarget(name: "ReformWebTests", dependencies: [
            "ReformWeb", "ReformApp", "ReformRecord", "ReformStore", "ReformTestSupport", "reform-plugin-runner",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        ]),
    ]
)
