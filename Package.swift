// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "paylink",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "paylink", targets: ["paylink"]),
        .executable(name: "paylink-server", targets: ["paylink-server"]),
        .library(name: "PayseraCheckout", targets: ["PayseraCheckout"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
    ],
    targets: [
        // No pkgConfig: its -D flags are dropped with a warning; shim.h asks for the wide API and the map links ncursesw and tinfo.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(
            name: "CQRencode", pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]),
        .target(
            name: "PayseraCheckout",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "PaylinkCore", dependencies: ["PayseraCheckout"]),
        .target(
            name: "PaylinkStore",
            dependencies: [
                "PayseraCheckout", "PaylinkCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]),
        .target(
            name: "PayseraSandbox",
            dependencies: [
                "PayseraCheckout", "PaylinkCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]),
        .target(
            name: "PaylinkService",
            dependencies: [
                "PayseraCheckout", "PaylinkCore", "PaylinkStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "PaylinkTUI",
            dependencies: [
                "CNcursesw", "CQRencode", "PayseraCheckout", "PaylinkCore", "PaylinkStore",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Themes")]),
        // The terminal program wired to the workflows: PaylinkService's session behind PaylinkTUI's requests, which cannot see it.
        .target(
            name: "PaylinkTerminal",
            dependencies: ["PayseraCheckout", "PaylinkCore", "PaylinkStore", "PaylinkService", "PaylinkTUI"]),
        // What both programs' command lines share: exit statuses, output lines, and the server commands' options.
        .target(
            name: "PaylinkCommandLine",
            dependencies: [
                "PaylinkCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "paylink",
            dependencies: [
                "PayseraCheckout", "PaylinkCore", "PaylinkStore", "PaylinkService", "PaylinkTUI", "PaylinkTerminal", "PaylinkCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["BuildCommit"]),
        // The server side, kept out of the front program so that it starts small: the sandbox and `listen`.
        .executableTarget(
            name: "paylink-server",
            dependencies: [
                "PaylinkCore", "PaylinkStore", "PaylinkService", "PayseraSandbox", "PaylinkCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .plugin(name: "BuildCommit", capability: .buildTool()),
        .executableTarget(name: "paylink-manual", dependencies: ["PaylinkTUI", "PaylinkCore"], path: "Tools/paylink-manual"),
        .executableTarget(name: "paylink-bench", dependencies: ["PaylinkStore", "PaylinkTUI", "PaylinkCore"], path: "Benchmarks/paylink-bench"),
        .executableTarget(
            name: "paylink-frame-bench", dependencies: ["PaylinkTUI", "PaylinkCore"], path: "Benchmarks/paylink-frame-bench"),
        .testTarget(name: "PayseraCheckoutTests", dependencies: ["PayseraCheckout", "PayseraSandbox", "TestSupport"]),
        .testTarget(
            name: "PaylinkCoreTests",
            dependencies: [
                "PaylinkCore", "PayseraSandbox", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "PaylinkStoreTests", dependencies: ["PaylinkStore", "TestSupport"]),
        .testTarget(
            name: "PayseraSandboxTests",
            dependencies: [
                "PayseraSandbox", "PayseraCheckout", "TestSupport", "SandboxTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "PaylinkTUITests", dependencies: ["PaylinkTUI", "PaylinkCore", "PaylinkStore", "PayseraCheckout", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "PaylinkServiceTests",
            dependencies: [
                "PaylinkService", "PaylinkCore", "PaylinkStore", "PayseraCheckout", "PayseraSandbox", "TestSupport", "SandboxTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(name: "EndToEndTests", dependencies: ["PayseraCheckout", "TestSupport"]),
        // What the tests share: a thread of its own per test, a port that refuses connections, seeded randomness, temporary folders, polling, captured logs.
        .target(name: "TestSupport", dependencies: [.product(name: "Logging", package: "swift-log")], path: "Tests/TestSupport"),
        // What the tests that serve a sandbox in their own process share: starting it and stopping it on every path.
        .target(
            name: "SandboxTestSupport",
            dependencies: ["PayseraSandbox", .product(name: "Logging", package: "swift-log")],
            path: "Tests/SandboxTestSupport"),
    ]
)
