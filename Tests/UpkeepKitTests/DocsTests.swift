import Foundation
import Testing
@testable import UpkeepKit

@Suite("Documentation")
struct DocsTests {
    /// The row of docs/content-format.md's Limits table that starts with `what`.
    static func limit(_ what: String) throws -> String {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Limits\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        return try #require(section.split(separator: "\n").first { $0.hasPrefix("| \(what) |") }.map(String.init), "no row '\(what)'")
    }

    @Test("the Limits table of docs/content-format.md says what ContentLimits enforces")
    func limitsTable() throws {
        #expect(try Self.limit("an amount").contains("at most \(DecimalText.format(ContentLimits.amount(minorDigits: 0), fractionDigits: 0)) and"))
        #expect(try Self.limit("an amount").contains("\(ContentLimits.amountWholeDigits) digits before the point"))
        #expect(try Self.limit("a whole number (devices, visits, calls, days, years, quantities)").contains("at most \(ContentLimits.count) |"))
        #expect(try Self.limit("hours").contains("at most \(ContentLimits.hours) on any value"))
        #expect(try Self.limit("a multiplier").contains("at most \(ContentLimits.multiplier) |"))
        #expect(try Self.limit("a term in months (`term_months`, a term discount's `months`)").contains("at most \(ContentLimits.termMonths) |"))
        #expect(try Self.limit("a date, and `--today` and `--month`").contains("from \(ContentLimits.days.lowerBound) to \(ContentLimits.days.upperBound) |"))
        #expect(try Self.limit("an id").contains("at most \(ContentLimits.idLength) characters"))
        #expect(try Self.limit("the logo").contains("at most \(ContentLimits.logoBytes) bytes"))
        #expect(try Self.limit("a ledger month's message, all its files joined").contains("at most \(ContentLimits.monthMessageBytes) bytes"))
        #expect(try Self.limit("a content file, a template").contains("at most \(ContentLoader.maximumFileSize >> 20) MiB"))
    }
}

@Suite("The README")
struct ReadmeTests {
    let readme = (try? String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    @Test("at most 150 lines, two set-up commands, and a commands table that renders as one table")
    func shape() throws {
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count <= 150)
        let setUp = try #require(readme.components(separatedBy: "## Set up").dropFirst().first?.components(separatedBy: "\n## ").first)
        #expect(setUp.components(separatedBy: "```sh\n").count - 1 == 2)
        let commands = try #require(readme.components(separatedBy: "## Commands\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        // A Markdown table is one run of lines, each with the same number of cells: a blank line
        // or a short row inside it would end the table and print the rest as text.
        let lines = commands.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("|") }
        let table = lines.prefix { $0.hasPrefix("|") }
        #expect(table.count >= 12)
        #expect(Set(table.map { $0.filter { $0 == "|" }.count }) == [3])
        #expect(table.dropFirst().first == "|---|---|")
        // Every command of the CLI has a row.
        for command in ["init", "check", "build", "quote", "proposal", "accept", "compare", "statement", "preview", "close", "reopen", "send", "serve"] {
            #expect(table.contains { $0.contains("`upkeep \(command)") }, "\(command)")
        }
        // Every link to docs/ leads to a file.
        for link in readme.components(separatedBy: "](docs/").dropFirst().map({ String($0.prefix { $0 != ")" }) }) {
            #expect(FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("docs/" + link).path), "docs/\(link)")
        }
    }
}
