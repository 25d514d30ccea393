import Foundation
import Testing
@testable import UpkeepKit

@Suite("Statements")
struct StatementTests {
    typealias F = PricingFixture
    let money = MoneyFormat(currency: .usd, locale: "en_US")

    @Test("account numbers are five digits up to 45,000 clients, then six, always distinct (100,000 clients hung)")
    func accountNumbers() {
        func ids(_ count: Int) -> [ID] { (0..<count).map { ID("client-\($0)") } }
        for count in [30, 45_000, 45_001, 100_000] {
            let clients = ids(count)
            let numbers = StableNumbers(ids: clients, salt: "account")
            let assigned = clients.map { numbers[$0] }
            let range = count <= 45_000 ? 10_000...99_999 : 100_000...999_999
            #expect(assigned.allSatisfy(range.contains), "\(count) clients")
            #expect(Set(assigned).count == count, "\(count) clients")
        }
        // A small shop's numbers are what they always were: from the salted id's hash alone.
        #expect(StableNumbers(ids: ids(30), salt: "account")[ID("client-7")] == 10_000 + Int(Fingerprint.hash("accountclient-7") % 90_000))
    }

    @Test("Markdown shared by many pages (each month's message) is remembered per text: every month keeps its own")
    func sharedMarkdown() {
        let shared = SharedMarkdown()
        let messages = ["Closed on **July 4**.", "New _opening hours_ from August.", "", "Closed on **July 4**."]
        for message in messages + messages.reversed() {
            #expect(shared.html(message) == Markdown.html(message))
        }
        #expect(shared.html(messages[0]) == "<p>Closed on <strong>July 4</strong>.</p>\n")
    }

    /// The sample shop with a one-line plan ($22.00 per workstation, no minimum, no tiers, no
    /// tax), so each prorated line can be checked by hand.
    func shop(plan: Plan = F.plan("flat", .maintenance, F.usd(22), .zero)) throws -> Shop {
        var shop = try Pipeline.validate(root: repositoryRoot).get().shop
        shop.priceBook = PriceBook(volumeTiers: [], ageSurcharges: [], maxAgeYears: nil, onsiteVisitPrice: .zero, callVolume: [],
                                   hoursPerCall: Hours(hundredths: 100), addons: [], minimumMonthly: .zero,
                                   onboarding: Onboarding(perDevice: .zero, minimum: .zero), termDiscounts: [], defaultTermMonths: 12)
        shop.plans = [plan]
        shop.business.taxes = []
        shop.ledger = []
        shop.contracts = []
        var client = shop.client(ID("corner-bakery"))!
        client.workstations = F.devices([(1, 2026)])
        shop.clients = [client]
        return shop
    }

    func contract(start: String, end: String? = nil, changes: [ContractChange] = []) -> Contract {
        Contract(id: ID("c"), client: Located(ID("corner-bakery"), at: F.here), start: try! Day.parse(start).get(), termMonths: 12,
                 end: end.map { try! Day.parse($0).get() },
                 terms: ContractTerms(plan: Located(ID("flat"), at: F.here), workstations: Located(1, at: F.here), servers: Located(0, at: F.here), addons: [], visitsPerYear: 0, discount: nil),
                 changes: changes, notes: "", location: F.here)
    }

    @Test("proration by days in the month, start day included", arguments: [
        ("2026-03-01", nil, "2026-03", [2200]),             // the whole month
        ("2026-03-15", nil, "2026-03", [1206]),             // 22 × 17/31 = 12.0645 → $12.06
        ("2026-03-31", nil, "2026-03", [71]),               // the last day: 22 × 1/31 = 0.7097 → $0.71
        ("2026-02-15", nil, "2026-02", [1100]),             // 22 × 14/28
        ("2028-02-15", nil, "2028-02", [1138]),             // leap year: 22 × 15/29 = 11.379 → $11.38
        ("2028-01-01", "2028-02-29", "2028-02", [2200]),    // ends on the leap day: whole month
        ("2026-01-01", "2026-03-01", "2026-03", [71]),      // ends on the 1st: one day
        ("2026-01-01", "2026-02-28", "2026-03", [Int]()),   // ended before the month
    ] as [(String, String?, String, [Int])])
    func proration(start: String, end: String?, month: String, expected: [Int]) throws {
        var shop = try shop()
        shop.contracts = [contract(start: start, end: end)]
        let lines = StatementEngine.recurringLines(shop.contracts[0], client: shop.clients[0], month: Month(month)!, shop: shop)
        #expect(lines.map { Int($0.amount.minorUnits) } == expected)
    }

    @Test func aMidMonthChangeSplitsTheMonth() throws {
        var shop = try shop()
        let change = ContractChange(from: Located(try Day.parse("2026-09-15").get(), at: F.here), plan: nil, workstations: Located(4, at: F.here),
                                    servers: nil, addons: nil, visitsPerYear: nil, discount: nil, note: nil)
        shop.contracts = [contract(start: "2026-01-01", changes: [change])]
        let lines = StatementEngine.recurringLines(shop.contracts[0], client: shop.clients[0], month: Month("2026-09")!, shop: shop)
        // 1 × 22 × 14/30 = 10.2667 → $10.27; 4 × 22 = 88 × 16/30 = 46.9333 → $46.93
        #expect(lines.map(\.amount.minorUnits) == [1027, 4693])
        let view = StatementView.make(StatementEngine.statements(for: shop, through: Month("2026-09")!)[ID("corner-bakery")]!.last!,
                                      client: shop.clients[0], context: try Pipeline.validate(root: repositoryRoot).get().renderContext(today: Day(year: 2026, month: 10, day: 1)!))
        #expect(view.sections[0].rows.map(\.text) == ["Flat: 1 workstation × $22.00 × 14/30 days (Sep 1–14)",
                                                      "Flat: 4 workstations × $22.00 × 16/30 days (Sep 15–30)"])
        #expect(view.prorationNote == StatementLabels.english.prorationRule)
    }

    @Test("aging buckets at their boundaries", arguments: [
        (0, "current"), (-5, "current"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"),
        (61, "61-90"), (90, "61-90"), (91, "over 90"), (400, "over 90"),
    ])
    func aging(daysPastDue: Int, bucket: String) {
        var aging = Aging()
        let due = Day(year: 2026, month: 6, day: 30)!
        aging.add(F.usd(10), due: due, asAt: due.adding(days: daysPastDue))
        let buckets = ["current": aging.current, "1-30": aging.days1to30, "31-60": aging.days31to60,
                       "61-90": aging.days61to90, "over 90": aging.over90]
        #expect(buckets.filter { $0.value != .zero }.map(\.key) == [bucket])
    }

    func work(_ day: String, hours: Int, _ place: WorkEntry.Place, after: Bool = false, billing: WorkEntry.Billing = .auto) -> WorkEntry {
        WorkEntry(client: Located(ID("corner-bakery"), at: F.here), date: Located(try! Day.parse(day).get(), at: F.here),
                  hours: Hours(hundredths: hours), place: place, afterHours: after, billing: billing, summary: "Fix")
    }

    @Test("covered or billable, by plan kind; rates, trip fee and after hours")
    func coveredAndBillable() throws {
        let unlimited = try shop(plan: F.plan("flat", .unlimited, F.usd(22), .zero))
        let maintenance = try shop()
        let contracts = [contract(start: "2026-01-01")]
        func amount(_ shop: Shop, _ entry: WorkEntry, under: [Contract]) -> Int {
            Int(StatementEngine.workLine(entry, contracts: under, shop: shop).amount.minorUnits)
        }
        // No contract: break/fix, everything billed. 1.5 h × $85 = $127.50; 2 h × $110 + $45 = $265.00;
        // 1 h × $85 × 1.5 after hours = $127.50.
        #expect(amount(maintenance, work("2026-05-04", hours: 150, .remote), under: []) == 12750)
        #expect(amount(maintenance, work("2026-05-04", hours: 200, .onsite), under: []) == 26500)
        #expect(amount(maintenance, work("2026-05-04", hours: 100, .remote, after: true), under: []) == 12750)
        // Maintenance only bills support; unlimited covers it.
        #expect(amount(maintenance, work("2026-05-04", hours: 150, .remote), under: contracts) == 12750)
        #expect(amount(unlimited, work("2026-05-04", hours: 150, .remote), under: contracts) == 0)
        // Before the contract started, even an unlimited client is billed.
        #expect(amount(unlimited, work("2025-12-31", hours: 150, .remote), under: contracts) == 12750)
        // The ledger entry can override the plan either way.
        #expect(amount(unlimited, work("2026-05-04", hours: 150, .remote, billing: .billable), under: contracts) == 12750)
        #expect(amount(maintenance, work("2026-05-04", hours: 150, .remote, billing: .covered), under: contracts) == 0)
        // Covered work shows its value.
        let line = StatementEngine.workLine(work("2026-05-04", hours: 200, .onsite), contracts: contracts, shop: unlimited)
        guard case .work(_, _, _, let labour, let trip, true, "Flat") = line.item else {
            Issue.record("expected covered work")
            return
        }
        #expect(labour + trip == F.usd(265))
    }

    @Test("a year of the sample: balances carry, the checks hold, hledger's figures are ours")
    func sampleYear() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let statements = StatementEngine.statements(for: shop, through: Month("2026-10")!)
        #expect(statements.values.map(\.count).reduce(0, +) == 36)
        for (_, list) in statements {
            #expect(StatementChecks.violations(list, money: money).isEmpty)
            for (before, after) in zip(list, list.dropFirst()) { #expect(after.previousBalance == before.amountDue) }
        }
        let riverside = statements[ID("riverside-printing")]!.last!
        #expect(riverside.amountDue == Money(minorUnits: 99955))
        // August's charges (due September 30) are 31 days late on October 31, September's 1 day.
        #expect(riverside.aging == Aging(current: Money(minorUnits: 31485), days1to30: Money(minorUnits: 43360),
                                         days31to60: Money(minorUnits: 25110), days61to90: .zero, over90: .zero))
        let march = statements[ID("oak-street-clinic")]!.first!
        #expect(march.month == Month("2026-03")! && march.usesProration)
    }

    @Test("an inconsistent ledger stops the build and names both figures")
    func balanceAssertion() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/ledger/2026-10.md", replacing: "    balance: 592.25", with: "    balance: 600.00")
        do {
            _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
            Issue.record("the build must fail")
        } catch let error as DiagnosticsError {
            #expect(error.description == "content/ledger/2026-10.md:47:11: error: the balance of miller-accounting at the end of 2026-10-09 is $592.25 by the statements, but the ledger asserts $600.00")
        }
        #expect(!FileManager.default.fileExists(atPath: copy.url("private").path))
    }

    @Test func theChecksCatchAStatementThatDoesNotAddUp() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        var list = StatementEngine.statements(for: shop, through: Month("2026-10")!)[ID("miller-accounting")]!
        list[3].previousBalance += Money(minorUnits: 1)
        #expect(StatementChecks.violations(list, money: money) == [
            "statement 71621-2605 for miller-accounting, May 2026: the previous balance $394.51 is not the last statement's amount due $394.50",
            "statement 71621-2605 for miller-accounting, May 2026: the aged balance $352.00 is not the amount due $352.01",
            "statement 71621-2606 for miller-accounting, June 2026: the previous balance $352.00 is not the last statement's amount due $352.01",
        ])
    }

    @Test("a payment larger than the balance becomes a credit, carried until used")
    func creditBalance() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/ledger/2026-11.md", replacing: "    amount: 255.43", with: "    amount: 300.00")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2027, month: 1, day: 4)!))
        let november = try copy.read("private/clients/corner-bakery/statement-2026-11.html")
        #expect(november.contains("Credit balance: nothing to pay</th><td class=\"num\">$44.57 CR</td>"))
        let december = try copy.read("private/clients/corner-bakery/statement-2026-12.html")
        #expect(december.contains("<tr><th>Previous balance</th><td class=\"num\">−$44.57</td></tr>"))
        #expect(december.contains("$44.57 CR"))
    }

    /// The September statement of Miller & Sons, byte for byte: proration of a mid-month change,
    /// covered and billable work, hardware with tax, a payment. `UPKEEP_UPDATE_GOLDEN=1` rewrites it.
    @Test func goldenStatement() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        let html = try copy.read("private/clients/miller-accounting/statement-2026-09.html")
        let golden = repositoryRoot.appendingPathComponent("Tests/Golden/statement-miller-accounting-2026-09.html")
        if ProcessInfo.processInfo.environment["UPKEEP_UPDATE_GOLDEN"] == "1" { try Data(html.utf8).write(to: golden) }
        #expect(html == (try String(contentsOf: golden, encoding: .utf8)), "run UPKEEP_UPDATE_GOLDEN=1 swift test and review the diff")
    }

    @Test func exports() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        #expect(try copy.read("private/exports/statements-2026-10.csv") == """
            number,account,client,name,date,due_date,previous_balance,new_charges,late_fee,tax,payments,credits,amount_due,past_due
            66312-2610,66312,corner-bakery,Corner Bakery,2026-10-31,2026-11-30,0.00,250.50,0.00,4.93,0.00,0.00,255.43,0.00
            71621-2610,71621,miller-accounting,Miller & Sons Accounting,2026-10-31,2026-11-30,3143.79,592.25,0.00,0.00,3143.79,0.00,592.25,0.00
            89370-2610,89370,oak-street-clinic,Oak Street Family Clinic,2026-10-31,2026-11-30,1377.80,1388.90,0.00,0.00,1388.90,0.00,1377.80,0.00
            69953-2610,69953,riverside-printing,Riverside Printing Co.,2026-10-31,2026-11-30,684.70,314.85,0.00,0.00,0.00,0.00,999.55,684.70

            """)
        #expect(!FileManager.default.fileExists(atPath: copy.url("private/exports/statements-2026-11.csv").path))
    }

    @Test("hledger reads our journal and agrees with every latest statement",
          .enabled(if: Tool.available("hledger") || ProcessInfo.processInfo.environment["CI"] == "true"))
    func hledger() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        let output = try Tool.run("hledger", ["-f", copy.url("private/exports/ledger.journal").path, "balance",
                                              "assets:receivable", "--flat", "--empty", "-O", "csv"])
        var balances: [String: String] = [:]
        for row in output.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            balances[cells[0]] = cells[1]
        }
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let statements = StatementEngine.statements(for: shop, through: Month("2026-10")!)
        #expect(Set(balances.keys) == Set(statements.keys.map { "assets:receivable:\($0)" } + ["total"]))
        for (id, list) in statements {
            // hledger writes a zero balance as a bare 0.
            let expected = list.last!.amountDue == .zero ? "0" : money.plain(list.last!.amountDue) + " USD"
            #expect(balances["assets:receivable:\(id)"] == expected, "\(id)")
        }
        #expect(balances["assets:receivable:riverside-printing"] == "999.55 USD")
    }
}

/// External programs the tests use when they are installed (CI installs them).
enum Tool {
    static func available(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    /// Runs a program and returns what it printed (and its errors, with `stderr`).
    static func run(_ name: String, _ arguments: [String], stderr: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        if stderr { process.standardError = pipe }
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
