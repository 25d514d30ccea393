// swift-tools-version: 6.0
import PackageDescription

// Linux only: the output is written with Glibc's calls (flock, syncfs) and libcmark
// comes from Debian (libcmark-dev).
let staticCMark = Context.environment["UPKEEP_STATIC_CMARK"]

let package = Package(
    name: "Upkeep",
    products: [
        .executable(name: "upkeep", targets: ["UpkeepCLI"]),
        .library(name: "UpkeepKit", targets: ["UpkeepKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev (Scripts/install-deps installs it), its header in
        // /usr/include. It is linked by UpkeepKit: the shared library, or the static archive
        // UPKEEP_STATIC_CMARK names (Scripts/install), so the installed binary needs no libcmark.
        .systemLibrary(name: "CMark"),
        // libqrencode from Debian's libqrencode-dev, for the QR code on a statement's payment
        // slip. Debian has no static archive of it, so the installed binary needs the small
        // runtime package libqrencode4 (Scripts/install installs it).
        .systemLibrary(name: "QREncode"),
        // syncfs, which Swift's Glibc module does not declare: a build's output is on the disk
        // before it replaces the previous one.
        .target(name: "CFileSync"),
        .target(
            name: "UpkeepKit",
            dependencies: [
                "CMark",
                "QREncode",
                "CFileSync",
                .product(name: "Yams", package: "Yams"),
            ],
            linkerSettings: staticCMark.map { [.unsafeFlags([$0])] } ?? [.linkedLibrary("cmark")],
            plugins: ["EmbedDefaults", "ViewFields"]
        ),
        // Embeds content/ and templates/ into UpkeepKit for `upkeep init`.
        .plugin(name: "EmbedDefaults", capability: .buildTool(), dependencies: ["EmbedDefaultsTool"]),
        .executableTarget(name: "EmbedDefaultsTool"),
        // Generates the view models' field tables from their stored properties.
        .plugin(name: "ViewFields", capability: .buildTool(), dependencies: ["ViewFieldsTool"]),
        .executableTarget(name: "ViewFieldsTool"),
        .executableTarget(
            name: "UpkeepCLI",
            dependencies: [
                "UpkeepKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // swift-mustache is the reference renderer the tests compare Upkeep's own with.
        .testTarget(
            name: "UpkeepKitTests",
            dependencies: ["UpkeepKit", .product(name: "Mustache", package: "swift-mustache")]
        ),
    ]
)
