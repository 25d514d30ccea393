import Foundation
import Testing
@testable import UpkeepKit

@Suite("Building the output trees")
struct BuildTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    @Test func twoBuildsAreByteIdentical() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let first = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let before = try outputSnapshot(of: copy.root)
        let second = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true))
        #expect(!second.upToDate)
        let after = try outputSnapshot(of: copy.root)
        #expect(first.filesWritten == before.count)
        #expect(before.keys.contains("index.html"))
        #expect(before.keys.contains("private/index.html"))
        #expect(before == after)
        // Nothing is left beside the trees but the previous build's, kept to be written over next time,
        // the lock, and the records of the proposals written (for upkeep accept).
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: copy.root.path).sorted()
        #expect(leftovers == [".upkeep-lock", ".upkeep-proposals", ".upkeep-spare-private", ".upkeep-spare-public", "content", "private", "public", "templates"])
    }

    @Test("a build with nothing changed leaves the output as it is; any change rebuilds")
    func upToDate() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let before = try snapshot(of: copy.url("private"))
        #expect(try Pipeline.build(BuildSettings(root: copy.root, today: today)).upToDate)
        #expect(try snapshot(of: copy.url("private")) == before)
        // Another day, a changed file or a changed template is a change.
        #expect(try !Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 30)!)).upToDate)
        try copy.edit("templates/footer.mustache", replacing: "<footer", with: "<footer id=\"f\"")
        #expect(try !Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 30)!)).upToDate)
        // A client removed takes its pages with it, though the folder written over held them.
        try FileManager.default.removeItem(at: copy.url("content/clients/lakeside-law.md"))
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 30)!))
        #expect(!FileManager.default.fileExists(atPath: copy.url("private/clients/lakeside-law/proposal.html").path))
        #expect(!FileManager.default.fileExists(atPath: copy.url("private/clients/lakeside-law/comparison.html").path))
        #expect(FileManager.default.fileExists(atPath: copy.url("private/clients/harbor-dental/proposal.html").path))
    }

    @Test("a deleted public/ is built again, not replaced by an older build's")
    func deletedTreeIsRebuilt() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        try copy.edit("content/business.md", replacing: "\nname: Northside Computer Care", with: "\nname: Northside Care")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        try FileManager.default.removeItem(at: copy.url("public"))
        #expect(try !Pipeline.build(BuildSettings(root: copy.root, today: today)).upToDate)
        #expect(try copy.read("public/index.html").contains("<meta property=\"og:site_name\" content=\"Northside Care\">"))
    }

    @Test("a failed build leaves the previous output byte for byte as it was")
    func failedBuildKeepsPreviousOutput() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let publicBefore = try snapshot(of: copy.url("public"))
        let privateBefore = try snapshot(of: copy.url("private"))

        try copy.edit("content/clients/harbor-dental.md", replacing: "\nworkstations:", with: "\nworkstaions:")
        #expect(throws: DiagnosticsError.self) {
            try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2027, month: 1, day: 1)!))
        }
        #expect(try snapshot(of: copy.url("public")) == publicBefore)
        #expect(try snapshot(of: copy.url("private")) == privateBefore)
        #expect(!FileManager.default.fileExists(atPath: copy.url(".upkeep-staging").path))
    }

    @Test("a swap interrupted between its renames is put right by the next build")
    func recoversAnInterruptedSwap() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let privateBefore = try snapshot(of: copy.url("private"))
        // As if killed after moving private/ aside and before moving the new one in.
        try FileManager.default.moveItem(at: copy.url("private"), to: copy.url(".upkeep-spare-private"))
        try copy.edit("content/clients/harbor-dental.md", replacing: "\nworkstations:", with: "\nworkstaions:")
        #expect(throws: DiagnosticsError.self) {
            try Pipeline.build(BuildSettings(root: copy.root, today: today))
        }
        // The pages come back; the record of the inputs does not, so the next build is a full one.
        #expect(try snapshot(of: copy.url("private")) == privateBefore.filter { $0.key != BuildInputs.recordPath })
    }

    @Test func todayChangesOnlyWhatDependsOnIt() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/index.html")
        #expect(html.contains("As of November 29, 2026."))
        #expect(html.contains("<td dir=\"auto\">Miller &amp; Sons Accounting</td>"))
        let site = try copy.read("public/index.html")
        #expect(site.contains("<ul class=\"included\"><li>24/7 monitoring of every covered computer</li>"))
        #expect(site.contains("<strong>$60.00</strong> per workstation a month"))
    }

    @Test("a page is written over a file only where it differs, and the file ends where the page does")
    func replacesContents() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var changedLate = large
        changedLate[150_000] ^= 1
        let cases: [(old: [UInt8]?, new: [UInt8])] = [
            (nil, Array("new".utf8)), ([], Array("new".utf8)), (Array("same".utf8), Array("same".utf8)),
            (Array("longer text".utf8), Array("short".utf8)), (Array("short".utf8), Array("longer text".utf8)),
            (Array("abcdef".utf8), Array("abXdef".utf8)), (Array("abc".utf8), []),
            (large, large), (large, changedLate), (changedLate + [1, 2, 3], large), (Array(large.prefix(70_000)), large),
        ]
        for (index, (old, new)) in cases.enumerated() {
            let path = folder.appendingPathComponent("\(index)").path
            if let old { FileManager.default.createFile(atPath: path, contents: Data(old)) }
            let before = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
            if old == new { Thread.sleep(forTimeInterval: 0.01) }
            try PlainFile.replaceContents(of: path, with: new)
            #expect(FileManager.default.contents(atPath: path) == Data(new), "case \(index)")
            if old == new {
                #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before, "case \(index) was written")
            }
        }
    }
}

extension Dictionary {
    func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}

@Suite("Killed builds")
struct KillTests {
    /// The `upkeep` program `swift test` built beside the tests.
    static var upkeep: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("upkeep")
    }

    @Test("a build killed at any moment leaves both trees from one build, never a mix, never missing",
          .enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.upkeep.path) || ProcessInfo.processInfo.environment["CI"] == "true"))
    func sigkill() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let old = Day(year: 2026, month: 11, day: 29)!, new = Day(year: 2026, month: 12, day: 3)!
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: old))
        // The record of the inputs names the program that built, which differs between the two.
        func trees(_ root: SampleCopy) throws -> ([String: Data], [String: Data]) {
            (try snapshot(of: root.url("public")),
             try snapshot(of: root.url("private")).filter { $0.key != BuildInputs.recordPath && $0.key != ClientReuse.recordPath })
        }
        let oldTrees = try trees(copy)
        // The trees a complete build for the new day writes, made in another folder.
        let reference = try SampleCopy()
        defer { reference.remove() }
        _ = try Pipeline.build(BuildSettings(root: reference.root, today: new))
        let newTrees = try trees(reference)

        var outcomes: Set<String> = []
        for delay in [0.02, 0.1, 0.25, 0.4, 0.6, 0.8, 1.0, 1.5] {
            let process = Process()
            process.executableURL = Self.upkeep
            process.arguments = ["build", "--root", copy.root.path, "--today", "2026-12-03", "--force"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try OutputFolder.recover(in: copy.root)   // what every later build does first
            let now = try trees(copy)
            if now.0 == oldTrees.0 && now.1 == oldTrees.1 {
                outcomes.insert("old")
            } else if now.0 == newTrees.0 && now.1 == newTrees.1 {
                outcomes.insert("new")
                // Back to the old day for the next round.
                _ = try Pipeline.build(BuildSettings(root: copy.root, today: old))
            } else {
                Issue.record("killed after \(delay) s, the trees are neither the old build's nor the new one's")
            }
        }
        #expect(outcomes.contains("old"))
    }
}
