import Foundation
import Testing
@testable import UpkeepKit

/// A dashboard that still opens with thousands of clients: each table lists at most
/// `DashboardView.rowLimit` rows and says so; `exports/clients.csv` has every client.
@Suite("The dashboard of a large shop")
struct DashboardLimitTests {
    let english = Language.english(MoneyFormat(currency: Currency(code: "USD", minorDigits: 2), locale: "en-US"))

    @Test("past the limit, a table keeps its largest rows in their order, the earlier of equal ones, and says so")
    func largest() {
        // 300 rows: weights 0, 1, 2, 0, 1, 2, …
        let items = Array(0..<300)
        let (kept, note) = DashboardView.limited(items, largest: { Money(minorUnits: Int128($0 % 3)) }, english.labels.dashboard, english)
        #expect(kept.count == 250)
        #expect(kept == kept.sorted())
        // Every 2 and every 1 (200) and the 50 earliest 0s.
        #expect(kept.filter { $0 % 3 == 0 } == Array(stride(from: 0, to: 150, by: 3)))
        #expect(note.map { [$0.text, $0.before, $0.link.label, $0.link.href, $0.after] }
                == ["The 250 largest of 300.", "Every client is in ", "exports/clients.csv", "exports/clients.csv", "."])
        let (first, firstNote) = DashboardView.limited(items, english.labels.dashboard, english)
        #expect(first == Array(0..<250))
        #expect(firstNote?.text == "The first 250 of 300.")
        let (_, grouped) = DashboardView.limited(Array(0..<9812), english.labels.dashboard, english)
        #expect(grouped?.text == "The first 250 of 9,812.")
        let (all, none) = DashboardView.limited(Array(0..<250), largest: { Money(minorUnits: Int128($0)) }, english.labels.dashboard, english)
        #expect(all == Array(0..<250) && none == nil)
    }

    @Test("263 prospects: the dashboard lists 250 and their 250 largest proposals; clients.csv lists all 268 clients")
    func manyProspects() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let prospect = try copy.read("content/clients/lakeside-law.md")
        for number in 0..<260 {
            try copy.write("content/clients/more/prospect-\(number).md",
                           prospect.replacingOccurrences(of: "workstations:", with: "# \(number)\nworkstations:"))
        }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        let dashboard = try copy.read("private/index.html")
        #expect(dashboard.contains("<p class=\"small muted\">The first 250 of 263. Every client is in <a href=\"exports/clients.csv\">exports/clients.csv</a>.</p>"))
        #expect(dashboard.contains("<p class=\"small muted\">The 250 largest of 263. Every client is in <a href=\"exports/clients.csv\">exports/clients.csv</a>.</p>"))
        // Each table: Greenfield and Harbor (whose proposals are also larger), then 248 of the 261 Lakesides.
        #expect(dashboard.components(separatedBy: "<td dir=\"auto\">Lakeside Law Office</td>").count - 1 == 248 + 248)
        #expect(dashboard.components(separatedBy: "<td dir=\"auto\">Harbor Dental Group</td>").count - 1 == 2)
        let rows = try copy.read("private/exports/clients.csv").split(separator: "\n")
        #expect(rows.count == 1 + 268)
        #expect(rows.contains("miller-accounting,Miller & Sons Accounting,active,Essentials,11,0,2026-10,592.25,0.00,3340.88,520.63,2547.00,2,5.5"))
        #expect(rows.contains("prospect-7,Lakeside Law Office,prospect,,4,0,,,,,,,,"))
    }
}
