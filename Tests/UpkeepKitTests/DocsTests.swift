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
