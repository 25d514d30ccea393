import Foundation
import Testing
@testable import UpkeepKit

/// Listing the business folder, however many files it holds.
@Suite("Walking content/")
struct FolderWalkTests {
    @Test("10 folders of 1,000 clients are listed whole, in name order")
    func manyFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var expected: [String] = []
        for folder in 0..<10 {
            let path = "content/clients/" + String(format: "%03d", folder)
            try FileManager.default.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true)
            expected.append(path)
            for number in 0..<1000 {
                let file = path + "/client-" + String(format: "%06d", folder * 1000 + number) + ".md"
                #expect(FileManager.default.createFile(atPath: root.appendingPathComponent(file).path, contents: nil))
                expected.append(file)
            }
        }
        let entries = FolderWalk.entries("content", in: root)
        #expect(entries.map(\.path) == ["content/clients"] + expected)
        #expect(entries.dropFirst().allSatisfy { $0.kind == ($0.path.hasSuffix(".md") ? .file(size: 0) : .folder) })
    }
}
