import Foundation
import Testing
@testable import UpkeepKit

/// Quarterly reviews, their figures worked by hand from the sample's ledger and price book
/// (rates: remote $85.00, on site $110.00, trip fee $45.00, after hours × 1.5; age surcharges
/// $8.00 past 4 years, $15.00 past 7; nothing older than 10 years covered).
@Suite("Quarterly reviews")
struct ReviewTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    func review(_ client: String, _ quarter: String) throws -> QuarterlyReview {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let books = Books(shop, today: today)
        let found = try #require(shop.client(ID(client)))
        return try #require(books.client(found).reviews.first { $0.quarter == Quarter(quarter)! })
    }

    @Test("Oak Street, 2026-Q3: four visits, 7.5 h, one after hours, $986.25 of covered work against $4,166.70 of fees")
    func oakStreet() throws {
        let r = try review("oak-street-clinic", "2026-Q3")
        // July 8, August 5 and September 9: 2 h on site, $220.00 + $45.00 each; August 29 (a Saturday):
        // 1.5 h remote × $85.00 × 1.5 = $191.25. All covered by Business.
        #expect(r.months.map(\.worth.incidents) == [1, 2, 1])
        #expect(r.months.map(\.worth.coveredValue.minorUnits) == [265_00, 265_00 + 191_25, 265_00])
        #expect(r.total.hours.hundredths == 750 && r.total.afterHours == 1)
        #expect(r.total.coveredValue.minorUnits == 986_25 && r.total.billedWork == .zero)
        #expect(r.total.fees.minorUnits == 3 * 1_388_90)
        // Fifteen workstations and the EHR server from 2022: 4 years old in 2026, 5 next year, past
        // the 4-year boundary: $8.00 a month each, $120.00 and $8.00 saved by replacing them.
        #expect(r.devices.map { ($0.age, $0.surchargeNow.minorUnits, $0.surchargeNextYear.minorUnits, $0.savingPerMonth.minorUnits) }
            .elementsEqual([(4, 0, 8_00, 120_00), (4, 0, 8_00, 8_00)], by: ==))
        #expect(r.devices.allSatisfy { $0.passesBoundary })
    }

    @Test("Riverside, 2026-Q3: two billed calls, 2.25 h, $267.50; the 2017 computers stay at $15.00 and stay covered")
    func riverside() throws {
        let r = try review("riverside-printing", "2026-Q3")
        // July 27: 1 h remote, $85.00; September 23: 1.25 h on site, $137.50 + $45.00. Essentials covers neither.
        #expect(r.total.incidents == 2 && r.total.hours.hundredths == 225)
        #expect(r.total.billedWork.minorUnits == 85_00 + 182_50 && r.total.coveredValue == .zero)
        #expect(r.total.fees.minorUnits == 3 * 251_10)
        // 2017: 9 years old, 10 next year: still covered (not older than 10), $15.00 both years.
        let old = try #require(r.devices.first)
        #expect(old.group.purchased == 2017 && old.age == 9 && !old.leavesCoverageNextYear && !old.outOfCoverage && !old.passesBoundary)
        #expect(r.devices.map(\.savingPerMonth).sum().minorUnits == 3 * 15_00 + 3 * 8_00)
    }

    @Test("a build writes a review for every quarter a contract was in force, through the last complete one; upkeep review writes one")
    func written() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        var found: [String] = []
        for client in try FileManager.default.contentsOfDirectory(atPath: copy.url("private/clients").path).sorted() {
            for file in try FileManager.default.contentsOfDirectory(atPath: copy.url("private/clients/\(client)").path).sorted()
            where file.hasPrefix("review-") { found.append("\(client)/\(file)") }
        }
        #expect(found == ["miller-accounting/review-2026-Q1.html", "miller-accounting/review-2026-Q2.html", "miller-accounting/review-2026-Q3.html",
                          "oak-street-clinic/review-2026-Q1.html", "oak-street-clinic/review-2026-Q2.html", "oak-street-clinic/review-2026-Q3.html",
                          "riverside-printing/review-2026-Q2.html", "riverside-printing/review-2026-Q3.html",
                          "sunset-realty/review-2026-Q1.html", "sunset-realty/review-2026-Q2.html"])
        let html = try copy.read("private/clients/oak-street-clinic/review-2026-Q3.html")
        #expect(html.contains("Your fees for the quarter came to $4,166.70. The work your plan covered would have cost $986.25 at our hourly rates, trip fees included."))
        #expect(html.contains("Replacing the computers that carry a surcharge next year would save $128.00 a month."))
        let built = try Data(contentsOf: copy.url("private/clients/oak-street-clinic/review-2026-Q3.html"))
        try FileManager.default.removeItem(at: copy.url("private/clients/oak-street-clinic/review-2026-Q3.html"))
        let url = try ClientDocuments.writeReview("oak-street-clinic", quarter: Quarter("2026-Q3")!, root: copy.root, today: today)
        #expect(try Data(contentsOf: url) == built)
        for (client, quarter, message) in [
            ("oak-street-clinic", "2026-Q4", "2026-Q4 is not complete on 2026-11-29: a review covers a whole quarter"),
            ("riverside-printing", "2026-Q1", "riverside-printing had no contract in force in 2026-Q1; it has reviews for 2026-Q2, 2026-Q3"),
        ] {
            let error = #expect(throws: RequestError.self) {
                try ClientDocuments.writeReview(client, quarter: Quarter(quarter)!, root: copy.root, today: today)
            }
            #expect(error?.description == message)
        }
    }
}
