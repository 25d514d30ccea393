import Foundation
import Testing
@testable import UpkeepKit

/// What each client is worth, receivables, open proposals, renewals and upsells, worked by hand
/// from the sample's ledger (rates: remote $85.00, on site $110.00, trip fee $45.00).
@Suite("The dashboard's figures")
struct DashboardTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    func summaries() throws -> (Books, [ID: ClientSummary]) {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let books = Books(shop, today: today)
        return (books, Dictionary(uniqueKeysWithValues: shop.clients.map { ($0.id, books.client($0).summary) }))
    }

    @Test("Corner Bakery, break/fix: three on-site visits, $547.50 for 3.75 h, $146.00 an hour; Essentials would cost more")
    func cornerBakery() throws {
        let (_, summaries) = try summaries()
        let bakery = try #require(summaries[ID("corner-bakery")])
        let w = bakery.worth
        // March 21: 1 h × $110.00 + $45.00 = $155.00; July 15: 1.5 h → $165.00 + $45.00 = $210.00;
        // October 13: 1.25 h → $137.50 + $45.00 = $182.50. Together $547.50 for 3.75 h.
        #expect(w.fees == .zero)
        #expect(w.billedWork.minorUnits == 547_50)
        #expect(w.billedHours.hundredths == 375 && w.coveredHours.hundredths == 0)
        #expect(w.charges.minorUnits == 68_00)
        #expect(w.effectiveRate?.minorUnits == 146_00)
        // Essentials for 5 workstations: 5 × $35.00 = $175.00, raised to the $250.00 minimum; 12 months $3,000.00.
        let upsell = try #require(bakery.upsell)
        #expect(upsell.planName == "Essentials" && upsell.planYear.minorUnits == 3_000_00 && upsell.spent.minorUnits == 547_50)
        #expect(!upsell.isCandidate && upsell.difference.minorUnits == -2_452_50)
    }

    @Test("Riverside Printing, on Essentials: fees $1,757.70, billed work $596.25, $362.15 an hour, covered work worth $127.50")
    func riverside() throws {
        let (_, summaries) = try summaries()
        let w = try #require(summaries[ID("riverside-printing")]).worth
        // Seven months of $251.10 (April to October).
        #expect(w.fees.minorUnits == 7 * 251_10)
        // May 12: 2 h on site $220.00 + $45.00; July 27: 1 h remote $85.00; September 23: 1.25 h on site
        // $137.50 + $45.00; October 20: 0.75 h remote $63.75. April 14's 1.5 h remote was covered: $127.50.
        #expect(w.billedWork.minorUnits == 265_00 + 85_00 + 182_50 + 63_75)
        #expect(w.billedHours.hundredths == 500 && w.coveredHours.hundredths == 150)
        #expect(w.coveredValue.minorUnits == 127_50)
        #expect(w.charges.minorUnits == 79_00)
        // ($1,757.70 + $596.25) ÷ 6.5 h = $362.1461… → $362.15.
        #expect(w.effectiveRate?.minorUnits == 362_15)
        #expect(summaries[ID("riverside-printing")]?.upsell == nil)
    }

    @Test("receivables add up the latest statements' aging; proposals, renewals in 180 days and the target rate's flag show")
    func dashboardPage() throws {
        let (books, summaries) = try summaries()
        let figures = DashboardFigures(books, summaries: summaries, totals: [:])
        // Corner Bakery $255.43, Miller $592.25, Oak Street $1,377.80 and Riverside's $314.85 are current;
        // Riverside's $433.60 is 1–30 days past due and $251.10 31–60.
        #expect(figures.receivables.current.minorUnits == 255_43 + 592_25 + 1_377_80 + 314_85)
        #expect(figures.receivables.days1to30.minorUnits == 433_60 && figures.receivables.days31to60.minorUnits == 251_10)
        #expect(figures.receivables.total.minorUnits == 3_225_03)
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/business.md", replacing: "target_hourly_rate: 95.00", with: "target_hourly_rate: 400.00")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/index.html")
        #expect(html.contains("Clients owe $3,225.03 in all, as their latest statements age it:"))
        #expect(html.contains("<a href=\"clients/harbor-dental/proposal.html\">P-49730</a></td><td data-label=\"Plan\" dir=\"auto\">Business</td><td class=\"num\" data-label=\"Monthly\">$1,096.30</td><td data-label=\"Valid until\">December 29, 2026</td>"))
        #expect(html.contains("<h2>Contracts renewing or ending in the next 180 days</h2>"))
        // Below $400.00 an hour: Corner Bakery ($146.00) and Riverside ($362.15); not Miller ($514.87).
        let flagged = html.components(separatedBy: "<tr class=\"below-target\"><td dir=\"auto\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(flagged == ["Corner Bakery", "Riverside Printing Co."])
        #expect(html.contains("Not yet: Essentials would cost $2,452.50 more a year"))
    }

    @Test("no table of the dashboard or of a quarterly review is cut off on a 1280 px screen or a 390 px phone, in English or German",
          .enabled(if: (Tool.available("chromium") && Tool.available("chromedriver")) || ProcessInfo.processInfo.environment["CI"] == "true"))
    func widths() throws {
        let english = try SampleCopy()
        defer { english.remove() }
        let german = try GermanSample()
        defer { german.remove() }
        for root in [english.root, german.root] {
            _ = try Pipeline.build(BuildSettings(root: root, today: today))
            let script = repositoryRoot.appendingPathComponent("Tests/Support/clipped.py").path
            for page in ["private/index.html", "private/clients/oak-street-clinic/review-2026-Q3.html"] {
                let output = try Tool.run("python3", [script, root.appendingPathComponent(page).path, "1280", "390"], stderr: true)
                #expect(output == "", "\(page): \(output)")
            }
        }
    }
}
