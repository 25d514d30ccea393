import Foundation
import Mustache
@testable import UpkeepKit

/// The repository's own folder: the sample business lives at its root.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A scratch copy of the sample business (content/ and templates/) that a test may break.
struct SampleCopy {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    /// Replaces the one occurrence of `old` in a file; fails the test if it is not there exactly once.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        let parts = text.components(separatedBy: old)
        guard parts.count == 2 else { throw SampleError.notFoundOnce(old, path, parts.count - 1) }
        try write(path, parts.joined(separator: new))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The diagnostics `upkeep check --today 2026-11-29` prints for this copy, one string each, in file order.
    func check() -> [String] {
        switch Pipeline.check(root: root, today: Day(year: 2026, month: 11, day: 29)!) {
        case .success: return []
        case .failure(let error): return error.description.split(separator: "\n").map(String.init)
        }
    }
}

enum SampleError: Error {
    case notFoundOnce(String, String, Int)
}

/// Every file under `folder`, by relative path, with its bytes.
func snapshot(of folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path + "/"
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [:] }
    for case let url as URL in enumerator {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
    }
    return result
}

/// Both output trees under `root`, by path (`private/` files prefixed with `private/`).
func outputSnapshot(of root: URL) throws -> [String: Data] {
    try snapshot(of: root.appendingPathComponent("public"))
        .merging(try snapshot(of: root.appendingPathComponent("private")).mapKeys { "private/" + $0 }) { a, _ in a }
}

/// A small deterministic random number generator (SplitMix64), so a failing case can be found again.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 up to `bound`, not included.
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A view model as swift-mustache reads it: the tests' reference renderer sees the same fields,
/// through the same generated tables, as Upkeep's own.
struct Reference: MustacheParent {
    let view: any TemplateView
    init(_ view: any TemplateView) { self.view = view }

    func child(named name: String) -> Any? { view.field(name).flatMap(Self.value) }

    static func value(_ value: TemplateValue) -> Any? {
        switch value {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .view(let view): Reference(view)
        case .list(let items): items.map { Self.value($0) as Any }
        case .absent: nil
        }
    }

    /// The templates of the business folder at `root`, parsed by swift-mustache.
    static func library(root: URL) throws -> MustacheLibrary {
        let folder = root.appendingPathComponent("templates")
        var templates: [String: MustacheTemplate] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
        }
        return MustacheLibrary(templates: templates)
    }
}

extension Templates {
    /// The templates of the business folder at `root`, read and compiled as the build does.
    static func load(root: URL) -> Result<Templates, DiagnosticsError> { compile(TemplateSources.read(root: root)) }
}
