import Foundation
import Testing
@testable import UpkeepKit

/// Replays the corpus the fuzzers (Scripts/fuzz) have built up: every input that once reached
/// new code must still pass the same checks.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    func corpus(_ target: String) throws -> [Data] {
        let folder = repositoryRoot.appendingPathComponent("Fuzz/Corpus/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
    }

    @Test func frontMatter() throws {
        let inputs = try corpus("front-matter")
        #expect(inputs.count >= 3)
        for input in inputs { checkFrontMatterSplit(String(decoding: input, as: UTF8.self)) }
    }

    @Test func contentFiles() throws {
        let inputs = try corpus("content")
        #expect(inputs.count >= 5)
        for input in inputs { checkContentFile(String(decoding: input, as: UTF8.self)) }
    }

    @Test func numbersAndDates() throws {
        let inputs = try corpus("numbers")
        #expect(inputs.count >= 4)
        for input in inputs { checkNumbersAndDates(String(decoding: input, as: UTF8.self)) }
    }
}
