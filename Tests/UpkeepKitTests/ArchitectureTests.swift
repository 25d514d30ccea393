import Foundation
import Testing

/// The shape of `Sources/UpkeepKit`: small files, and folders whose dependencies run one way.
@Suite("Architecture")
struct ArchitectureTests {
    let library = repositoryRoot.appendingPathComponent("Sources/UpkeepKit")

    /// Every Swift file of the library, by path relative to it, with its text.
    func sources() throws -> [(path: String, text: String)] {
        let walker = try #require(FileManager.default.enumerator(atPath: library.path))
        return try walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: library.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test("no source file is over 300 lines")
    func smallFiles() throws {
        for (path, text) in try sources() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            #expect(lines <= 300, "\(path) has \(lines) lines")
        }
    }

    /// Which top-level folder declares each top-level type, and which folders each folder's
    /// code names: no two folders may name each other's types.
    @Test("no two folders depend on each other")
    func oneWayFolders() throws {
        let files = try sources()
        let declaration = try Regex(#"(?m)^(?:public |internal |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol|actor) ([A-Za-z_]\w*)"#)
        var owner: [String: String] = [:]
        for (path, text) in files {
            for match in text.matches(of: declaration) { owner[String(match.output[1].substring!)] = String(path.prefix { $0 != "/" }) }
        }
        var uses: [String: [String: Set<String>]] = [:]
        let word = try Regex(#"[A-Za-z_]\w*"#)
        for (path, text) in files {
            let folder = String(path.prefix { $0 != "/" })
            // Code only: comments and string literals name types in passing.
            let code = text.split(separator: "\n").map { line in
                line.components(separatedBy: "//")[0]
            }.joined(separator: "\n").replacing(try Regex(#""(\\.|[^"\\\n])*""#), with: "\"\"")
            for match in code.matches(of: word) {
                let name = String(code[match.range])
                if let other = owner[name], other != folder { uses[folder, default: [:]][other, default: []].insert(name) }
            }
        }
        for (folder, targets) in uses {
            for (other, names) in targets where folder < other {
                if let back = uses[other]?[folder] {
                    Issue.record("\(folder) and \(other) depend on each other: \(folder) uses \(names.sorted()), \(other) uses \(back.sorted())")
                }
            }
        }
        #expect(uses.count >= 10)
    }
}
