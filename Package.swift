// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Backstride",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "backstride", targets: ["backstride"]),
        .library(name: "BackstrideCore", targets: ["BackstrideCore"]),
        .library(name: "BackstrideRender", targets: ["BackstrideRender"]),
        .library(name: "BackstrideBatch", targets: ["BackstrideBatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(
            name: "BackstrideCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "BackstrideRender",
            dependencies: [
                "BackstrideCore", "CCairo",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "BackstrideBatch",
            dependencies: ["BackstrideCore", "BackstrideRender", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "BackstrideServer",
            dependencies: [
                "BackstrideCore", "BackstrideRender", "BackstrideBatch",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "backstride",
            dependencies: [
                "BackstrideCore", "BackstrideRender", "BackstrideBatch", "BackstrideServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "BackstrideCoreTests",
            dependencies: [
                "BackstrideCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BackstrideRenderTests",
            dependencies: [
                "BackstrideRender", "BackstrideCore", "BackstrideBatch",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "BackstrideServerTests",
            dependencies: [
                "BackstrideServer", "BackstrideCore", "BackstrideBatch",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
