import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import UpkeepKit

@Suite("The break/fix comparison")
struct ComparisonTests {
    let today = Day(year: 2026, month: 11, day: 29)!
    typealias F = PricingFixture

    /// The sample shop with round assumptions, so figures can be worked out by hand.
    func shop(_ edit: (inout ComparisonSettings) -> Void = { _ in }) throws -> Shop {
        var shop = try Pipeline.validate(root: repositoryRoot).get().shop
        var settings = ComparisonSettings.defaults
        settings.incidentRates = [IncidentRate(fromYears: 0, incidents: Quantity(hundredths: 100)),
                                  IncidentRate(fromYears: 4, incidents: Quantity(hundredths: 200)),
                                  IncidentRate(fromYears: 7, incidents: Quantity(hundredths: 300))]
        settings.hoursPerIncident = Hours(hundredths: 150)
        settings.onsiteShare = .percent(40)
        settings.afterHoursShare = .percent(10)
        settings.staffAffected = Quantity(hundredths: 200)
        settings.hoursDown = Hours(hundredths: 400)
        settings.staffHourCost = F.usd(40)
        settings.preventedShare = .percent(50)
        edit(&settings)
        shop.comparison = settings
        shop.ledger = []
        shop.contracts = []
        return shop  // rates: remote $85, on site $110, ×1.5 after hours, $45 trip fee
    }

    func client(_ groups: [(count: Int, year: Int)] = [(4, 2026), (2, 2021), (1, 2018)]) -> Client {
        var client = try! Pipeline.validate(root: repositoryRoot).get().shop.client(ID("corner-bakery"))!
        client.workstations = F.devices(groups)
        client.servers = []
        return client
    }

    func quote(monthly: Money, onboarding: Money, support: SupportKind = .unlimited) -> Quote {
        Quote(planID: ID("plan"), planName: "Plan", support: support, monthly: [], monthlyFee: monthly, monthlyTax: [],
              monthlyTotal: monthly, onboarding: [], onboardingFee: onboarding, onboardingTax: [], onboardingTotal: onboarding,
              firstMonthTotal: monthly + onboarding, coveredWorkstations: 0, coveredServers: 0,
              notCoveredWorkstations: [], notCoveredServers: [], year: 2026)
    }

    func compare(_ shop: Shop, _ client: Client, _ quote: Quote) -> Comparison {
        BreakFixModel.compare(client: client, quote: quote, ledger: shop.ledger, shop: shop, today: today)
    }

    @Test("age brackets, remote and on-site, trip fees, after hours, downtime")
    func breakFixByHand() throws {
        // 4 new × 1 + 2 five-year-old × 2 + 1 eight-year-old × 3 = 11 incidents.
        // Remote: 11 × 60% × 1.5 h × $85 = $841.50; on site: 11 × 40% × 1.5 h × $110 = $726.00;
        // trips: 11 × 40% × $45 = $198.00; after hours: 10% × $1,567.50 × 0.5 = $78.375 → $78.38;
        // downtime: 11 × 2 staff × 4 h × $40 = $3,520.00.
        let c = compare(try shop(), client(), quote(monthly: F.usd(300), onboarding: F.usd(200)))
        #expect(c.basis.incidentsPerYear == Quantity(hundredths: 1100))
        #expect(c.basis.brackets.map(\.devices) == [4, 2, 1])
        #expect(c.breakFix.map(\.amount.minorUnits) == [84150, 72600, 19800, 7838, 352_000])
        #expect(c.breakFixYearly.minorUnits == 536_388)
        // Managed: the fee, and downtime for the 5.5 incidents not prevented (labour is covered).
        #expect(c.residualIncidents == Quantity(hundredths: 550))
        #expect(c.managed.map(\.amount.minorUnits) == [360_000, 176_000])
        #expect(c.breakFixTotal(months: 36).minorUnits == 1_609_164)
        #expect(c.managedTotal(months: 36).minorUnits == 20000 + 3 * 536_000)
        #expect(c.typicalYearMonths.sum() == c.breakFixYearly)
        #expect(c.typicalYearIncidents == 11)
    }

    @Test func variationsOfTheAssumptions() throws {
        let q = quote(monthly: F.usd(300), onboarding: F.usd(200), support: .maintenance)
        // Everything remote, nothing after hours, no downtime cost: one line.
        let remoteOnly = compare(try shop { $0.onsiteShare = .zero; $0.afterHoursShare = .zero; $0.staffHourCost = .zero }, client(), q)
        #expect(remoteOnly.breakFix.map(\.amount.minorUnits) == [140_250])   // 11 × 1.5 h × $85
        // On a maintenance-only plan the incidents not prevented are billed: 5.5 × 1.5 h × $85.
        #expect(remoteOnly.managed.map(\.amount.minorUnits) == [360_000, 70125])
        // All hardware new against all old.
        let new = compare(try shop(), client([(7, 2026)]), q), old = compare(try shop(), client([(7, 2015)]), q)
        #expect(new.basis.incidentsPerYear == Quantity(hundredths: 700))
        #expect(old.basis.incidentsPerYear == Quantity(hundredths: 2100))
    }

    func ledger(_ month: String, _ entries: [(day: String, hours: Int, place: WorkEntry.Place, after: Bool)]) -> LedgerMonth {
        let here = F.here
        return LedgerMonth(month: Month(month)!, work: entries.map {
            WorkEntry(client: Located(ID("corner-bakery"), at: here), date: Located(try! Day.parse($0.day).get(), at: here),
                      hours: Hours(hundredths: $0.hours), place: $0.place, afterHours: $0.after, billing: .auto, summary: "")
        }, charges: [], payments: [], credits: [], balances: [], message: "", location: here)
    }

    @Test("history replaces the assumptions")
    func history() throws {
        var shop = try shop()
        shop.ledger = [ledger("2025-11", []), ledger("2026-03", [("2026-03-02", 100, .remote, false), ("2026-03-20", 100, .remote, false)]),
                       ledger("2026-08", [("2026-08-10", 200, .onsite, true), ("2026-08-11", 150, .onsite, false)]),
                       ledger("2025-11", [("2025-11-29", 800, .onsite, false)])]  // a year and a day ago: outside
        shop.ledger.sort { $0.month < $1.month }
        let c = compare(shop, client(), quote(monthly: F.usd(300), onboarding: F.usd(200)))
        #expect(c.basis.historyEntries == 4)
        #expect(c.basis.historyDays == 365)
        #expect(c.basis.incidentsPerYear == Quantity(hundredths: 400))
        #expect(c.basis.hoursPerIncident == Hours(hundredths: 138))   // 5.5 h ÷ 4 = 1.375 → 1.38
        #expect(c.basis.onsiteShare == .percent(50))
        #expect(c.basis.afterHoursShare == .percent(25))

        // Work done under a contract is counted as it would have been without prevention.
        shop.contracts = try Pipeline.validate(root: repositoryRoot).get().shop.contracts.filter { $0.id == ID("miller-accounting") }
        shop.contracts[0].client = Located(ID("corner-bakery"), at: F.here)
        let managed = compare(shop, client(), quote(monthly: F.usd(300), onboarding: F.usd(200)))
        #expect(managed.basis.entriesUnderContract == 4)   // all after 2026-02-01
        #expect(managed.basis.incidentsPerYear == Quantity(hundredths: 800))

        // A ledger shorter than a year is scaled up to one: 2 entries in 60 days → 2 × 365 ÷ 60.
        shop.contracts = []
        shop.ledger = [ledger("2026-10", [("2026-10-05", 100, .remote, false)]), ledger("2026-11", [("2026-11-02", 100, .remote, false)])]
        let short = compare(shop, client(), quote(monthly: F.usd(300), onboarding: F.usd(200)))
        #expect(short.basis.historyDays == 60)
        #expect(short.basis.incidentsPerYear == Quantity(hundredths: 1217))
    }

    @Test func breakEven() throws {
        // Without downtime, break/fix is $1,843.88 a year (the figures above). Managed at $100 a
        // month after $300 onboarding: 300 + 100m ≤ 1843.88 × m ÷ 12 first holds at m = 6
        // ($900.00 ≤ $921.94; at 5, $800.00 > $768.28).
        let shop = try shop { $0.staffHourCost = .zero }
        let c = compare(shop, client(), quote(monthly: F.usd(100), onboarding: F.usd(300)))
        #expect(c.breakFixYearly.minorUnits == 184_388)
        #expect(c.breakEvenMonth == 6)
        #expect(compare(shop, client(), quote(monthly: F.usd(100), onboarding: .zero)).breakEvenMonth == 1)
        #expect(compare(shop, client(), quote(monthly: F.usd(200), onboarding: F.usd(300))).breakEvenMonth == nil)
    }

    @Test("the chart is well-formed SVG whose points are the computed series")
    func chart() throws {
        let shop = try shop()
        let c = compare(shop, client(), quote(monthly: F.usd(300), onboarding: F.usd(200)))
        let context = try Pipeline.validate(root: repositoryRoot).get().renderContext(today: today)
        let view = ComparisonView.make(c, subject: "Test", path: "clients/test/comparison.html", tree: .private, policy: .always, shop: shop,
                                       context: context, language: context.languages.business)
        let parser = XMLParser(data: Data(view.chartSVG.utf8))
        let collector = PolylineCollector()
        parser.delegate = collector
        #expect(parser.parse(), "the SVG must be well-formed XML")
        #expect(collector.lines.keys.sorted() == ["Break/fix, bad year", "Break/fix, expected", "Break/fix, quiet year", "Managed: Plan"])
        let chart = CostChart(months: 36, series: [.init(label: "", values: [c.breakFixTotal(months: 36, year: .percent(200))], style: "")])
        // Expected values worked out independently: a year's cost × months ÷ 12.
        let expected: [String: (Int) -> Double] = [
            "Break/fix, expected": { Double(536_388 * $0) / 12 },
            "Break/fix, bad year": { Double(536_388 * $0 * 2) / 12 },
            "Break/fix, quiet year": { Double(536_388 * $0) / 24 },
            "Managed: Plan": { $0 == 0 ? 0 : Double(20000) + Double(536_000 * $0) / 12 },
        ]
        for (label, points) in collector.lines {
            #expect(points.count == 37)
            for (month, point) in points.enumerated() {
                #expect(abs(point.x - chart.x(month)) < 0.06)
                let value = Double(chart.maximum.minorUnits) * (1 - (point.y - CostChart.top) / chart.plotHeight)
                #expect(abs(value - expected[label]!(month)) <= Double(chart.maximum.minorUnits) / chart.plotHeight * 0.06 + 1,
                        "\(label), month \(month)")
            }
        }
        #expect(view.chartSVG.contains(">$40,000</text>"))
    }

    @Test func sheetsAreWrittenAndThePublicOneHasNoClientData() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let clients = try FileManager.default.contentsOfDirectory(atPath: copy.url("private/clients").path)
        let shop = try Pipeline.validate(root: copy.root).get().shop
        #expect(Set(clients) == Set(shop.clients.map(\.id.rawValue)))
        for client in clients {
            #expect(FileManager.default.fileExists(atPath: copy.url("private/clients/\(client)/comparison.html").path), "\(client)")
        }
        let publicSheet = try copy.read("public/compare/index.html")
        #expect(publicSheet.contains("A ten-person office"))
        for client in shop.clients {
            let words = [client.name, client.contact.name] + (client.billingAddress?.lines ?? []) + [client.contact.email, client.contact.phone].compactMap { $0 }
            // The shop's own address shares its town line with its clients: that is not client data.
            for word in words where !shop.business.address.lines.contains(word) {
                #expect(!publicSheet.contains(word) && !publicSheet.contains(word.replacingOccurrences(of: "&", with: "&amp;")), "\(word) leaked")
            }
        }
        // The proposal's summary is this client's 12-month comparison, and links the full sheet.
        let proposal = try copy.read("private/clients/harbor-dental/proposal.html")
        let sheet = try copy.read("private/clients/harbor-dental/comparison.html")
        #expect(proposal.contains(#"<a href="comparison.html">comparison sheet</a>"#))
        let firstYear = matches(#"<tr><td>12 months</td><td class="num">(.*?)</td><td class="num">(.*?)</td>"#, in: sheet).first
        let summary = matches(#"<tr><td>An expected year</td><td class="num">(.*?)</td><td class="num">(.*?)</td>"#, in: proposal).first
        #expect(firstYear != nil && firstYear == summary)
    }
}

final class PolylineCollector: NSObject, XMLParserDelegate {
    var lines: [String: [(x: Double, y: Double)]] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard name == "polyline", let label = attributes["data-label"], let points = attributes["points"] else { return }
        lines[label] = points.split(separator: " ").map { pair in
            let xy = pair.split(separator: ",").map { Double($0)! }
            return (xy[0], xy[1])
        }
    }
}
