import Foundation
import Testing
@testable import UpkeepKit

/// The pricing page's calculator in a real browser (Tests/Support/calculator.py; CI installs
/// chromium-driver and selenium), against `upkeep quote --office` for the same offices.
@Suite("The calculator in Chromium", .enabled(if: (Tool.available("chromedriver") && Tool.available("python3")
                                                 && (try? Tool.run("python3", ["-c", "import selenium"], stderr: true))?.isEmpty == true)
                                                || ProcessInfo.processInfo.environment["CI"] == "true"))
struct CalculatorTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// One office as the page's form takes it, and as an office file says it.
    struct Office: Encodable {
        /// Per age row of the form (`age-0`…): workstations and servers.
        var rows: [String: [Int]]
        var services: [String]
        var visits: Int
        var calls: Int
        var term: Int
        /// The office file: each row's devices in one or two groups of real purchase years
        /// anywhere in the row's bracket, its edges included.
        var file: String
    }

    /// Counts that cross the volume tiers (10, 20, 50) and the minimum fee, and ages at both
    /// edges of each age bracket (4 | 5, 7 | 8, 10 | 11).
    static func offices(_ count: Int) -> [Office] {
        var random = SplitMix(seed: 22)
        let brackets = [0...4, 5...7, 8...10, 11...14]
        let workstationCounts = [0, 0, 0, 1, 2, 5, 7, 8, 9, 10, 11, 19, 20, 21, 33, 49, 50, 51, 120]
        let addons = ["backup", "antivirus", "email-security", "dns-filter", "server-image"]
        return (0..<count).map { index in
            var rows: [String: [Int]] = [:]
            var workstations: [(Int, Int)] = [], servers: [(Int, Int)] = []
            for (row, ages) in brackets.enumerated() {
                // The first office of all is empty; the others have a few rows filled.
                let ws = index == 0 ? 0 : workstationCounts[random.next(workstationCounts.count)] / (row == 0 ? 1 : 1 + random.next(3))
                let sv = index == 0 || random.next(3) > 0 ? 0 : 1 + random.next(3)
                rows["age-\(row)"] = [ws, sv]
                for (n, into) in [(ws, 0), (sv, 1)] where n > 0 {
                    // At the bracket's edges often: its youngest and oldest ages.
                    let edge = [ages.lowerBound, ages.upperBound, ages.lowerBound + random.next(ages.count)]
                    let first = n > 1 && random.next(2) == 0 ? 1 + random.next(n - 1) : n
                    for (part, age) in [(first, edge[random.next(3)]), (n - first, edge[random.next(3)])] where part > 0 {
                        if into == 0 { workstations.append((part, 2026 - age)) } else { servers.append((part, 2026 - age)) }
                    }
                }
            }
            let services = addons.filter { _ in random.next(3) == 0 }
            let visits = [0, 0, 1, 4, 5, 12, 26][random.next(7)]
            let calls = [0, 1, 2, 4, 6, 7, 12, 13, 30][random.next(9)]
            let term = [12, 24, 36][random.next(3)]
            func groups(_ list: [(Int, Int)]) -> String {
                list.isEmpty ? " []\n" : "\n" + list.map { "  - count: \($0.0)\n    purchased: \($0.1)\n" }.joined()
            }
            let file = "---\nname: Office \(index)\nworkstations:\(groups(workstations))servers:\(groups(servers))"
                + "services: [\(services.joined(separator: ", "))]\nvisits_per_year: \(visits)\ncalls_per_month: \(calls)\nterm_months: \(term)\n---\n"
            return Office(rows: rows, services: services, visits: visits, calls: calls, term: term, file: file)
        }
    }

    /// `upkeep quote --all-plans`'s text as plans, each its rows (text, amount) and whether it is the recommended one.
    static func plans(in text: String) -> [(name: String, recommended: Bool, rows: [[String]])] {
        var plans: [(name: String, recommended: Bool, rows: [[String]])] = []
        // Amounts have no space but may have a no-break one: `1.234,50 €`.
        let row = /^(.*\S) {4,}([^ ]+)$/
        for line in text.split(separator: "\n") {
            if line.contains(", prices of ") {
                let name = line.split(separator: ": ", maxSplits: 1)[1].split(separator: " (")[0]
                plans.append((String(name), line.hasSuffix("; the recommended plan"), []))
            } else if let match = line.wholeMatch(of: row), !line.hasPrefix(" ") {
                plans[plans.count - 1].rows.append([String(match.1), String(match.2)])
            }
        }
        return plans
    }

    /// The businesses the calculator is tried on.
    enum Business: String, CaseIterable, CustomTestStringConvertible {
        /// The sample: its tax applies to charges only, so quotes have no tax lines.
        case sample
        /// The sample with its tax on contracts and labour too: tax lines, monthly and onboarding
        /// totals, and tax on the support calls a maintenance plan would bill.
        case taxed
        /// That, in German and euros: the page's words are German, `upkeep quote`'s English, so
        /// only the amounts (`1.234,50 €`), the rows and the recommendation are compared.
        case germanTaxed
        var testDescription: String { rawValue }
    }

    @Test("random offices, across tier and age boundaries: every line, total and recommendation as upkeep quote prints them",
          arguments: Business.allCases)
    func agreesWithQuote(_ business: Business) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        if business != .sample {
            try copy.edit("content/business.md", replacing: "applies_to: [charges]", with: "applies_to: [contract, labor, charges]")
            // The balance the owner asserted in October was with the tax on charges only.
            let october = try copy.read("content/ledger/2026-10.md")
            try copy.write("content/ledger/2026-10.md", october.replacingOccurrences(of: #"balances:\n(  - .*\n(    .*\n)*)+"#, with: "", options: .regularExpression))
        }
        if business == .germanTaxed {
            try copy.edit("content/business.md", replacing: "currency: USD\nlocale: en_US", with: "currency: EUR\nlocale: de_DE")
        }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let offices = Self.offices(business == .sample ? 200 : 100)
        let shop = try Pipeline.validate(root: copy.root).get().shop
        var expected: [[(name: String, recommended: Bool, rows: [[String]])]] = []
        for (index, office) in offices.enumerated() {
            try copy.write("offices/\(index).md", office.file)
            let text = try ClientDocuments.quote(office: copy.url("offices/\(index).md"), path: "offices/\(index).md", plans: .all,
                                                 root: copy.root, today: today)
            expected.append(Self.plans(in: text))
        }
        try copy.write("offices.json", String(decoding: try JSONEncoder().encode(offices), as: UTF8.self))
        // From file://, as a visitor who saved the page would open it.
        let output = try Tool.run("python3", [repositoryRoot.appendingPathComponent("Tests/Support/calculator.py").path,
                                              "file://" + copy.url("public/index.html").path, copy.url("offices.json").path], stderr: true)
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
        #expect((shown["console"] as? [String]) == [])
        let pages = try #require(shown["offices"] as? [[[String: Any]]])
        #expect(pages.count == offices.count)
        var lines = 0, recommended = Set<String>()
        for (index, (page, quote)) in zip(pages, expected).enumerated() {
            #expect(page.map { $0["plan"] as? String } == shop.plans.map(\.id.rawValue), "office \(index)")
            for (card, plan) in zip(page, quote) {
                var rows = card["rows"] as? [[String]] ?? [], wanted = plan.rows
                if business == .germanTaxed { (rows, wanted) = (rows.map { [$0[1]] }, wanted.map { [$0[1]] }) }
                #expect(rows == wanted, "office \(index), \(plan.name):\n\(offices[index].file)")
                #expect(card["recommended"] as? Bool == plan.recommended, "office \(index), \(plan.name)")
                lines += rows.count
                if plan.recommended { recommended.insert(plan.name) }
            }
        }
        // The offices reach every kind of line, and both kinds of plan are recommended to some office.
        #expect(lines > offices.count * 25)
        #expect(recommended.isSuperset(of: ["Essentials", "Business"]))
        let all = expected.flatMap { $0.flatMap(\.rows) }.map { $0[0] }
        if business != .sample {
            #expect(all.contains { $0.hasPrefix("Ohio sales tax 7.25% of ") } && all.contains("Monthly total") && all.contains("Onboarding total"))
            if business == .germanTaxed { #expect(expected[1][0].rows.contains { $0[1].hasSuffix("\u{A0}€") }) }
        }
        for kind in ["Volume discount, 10 or more", "Volume discount, 20 or more", "Volume discount, 50 or more", "older than 4 years",
                     "older than 7 years", "Frequent support", "scheduled on-site visit", "included in", "-month term",
                     "Minimum monthly fee applied", "Minimum onboarding fee applied", "Web filtering, flat monthly fee", "for 1 server"] {
            #expect(all.contains { $0.contains(kind) }, "no office had a line with \(kind)")
        }
    }
}
