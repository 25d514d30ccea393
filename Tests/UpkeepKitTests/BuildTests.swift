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
        let before = try snapshot(of: copy.url("public")).merging(try snapshot(of: copy.url("private")).mapKeys { "private/" + $0 }) { a, _ in a }
        let second = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true))
        #expect(!second.upToDate)
        let after = try snapshot(of: copy.url("public")).merging(try snapshot(of: copy.url("private")).mapKeys { "private/" + $0 }) { a, _ in a }
        #expect(first.filesWritten == before.count)
        #expect(before.keys.contains("index.html"))
        #expect(before.keys.contains("private/index.html"))
        #expect(before == after)
        // Nothing is left beside the trees but the previous build's, kept to be written over next time.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: copy.root.path).sorted()
        #expect(leftovers == [".upkeep-spare-private", ".upkeep-spare-public", "content", "private", "public", "templates"])
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
        #expect(!FileManager.default.fileExists(atPath: copy.url("private/proposals/lakeside-law.html").path))
        #expect(!FileManager.default.fileExists(atPath: copy.url("private/comparisons/lakeside-law.html").path))
        #expect(FileManager.default.fileExists(atPath: copy.url("private/proposals/harbor-dental.html").path))
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
        #expect(try snapshot(of: copy.url("private")) == privateBefore)
    }

    @Test func todayChangesOnlyWhatDependsOnIt() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/index.html")
        #expect(html.contains("As of November 29, 2026."))
        #expect(html.contains("<td>Miller &amp; Sons Accounting</td>"))
        let site = try copy.read("public/index.html")
        #expect(site.contains("<ul class=\"included\"><li>24/7 monitoring of every covered computer</li>"))
        #expect(site.contains("<strong>$60.00</strong> per workstation a month"))
    }
}

extension Dictionary {
    func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
