import Testing
@testable import UpkeepKit

/// A small price book with round numbers, so each expected figure can be checked by hand.
enum PricingFixture {
    static let here = SourceLocation(path: "test", line: 1, column: 1)
    static func pct(_ p: Int) -> Ratio { .percent(p) }
    static func usd(_ dollars: Int, _ cents: Int = 0) -> Money { Money(minorUnits: Int128(dollars * 100 + cents)) }

    static let book = PriceBook(
        volumeTiers: [VolumeTier(from: 10, discount: pct(5), location: here), VolumeTier(from: 20, discount: pct(10), location: here)],
        ageSurcharges: [AgeSurcharge(olderThanYears: 4, perDevice: usd(8), location: here),
                        AgeSurcharge(olderThanYears: 7, perDevice: usd(15), location: here)],
        maxAgeYears: 10, onsiteVisitPrice: usd(95),
        callVolume: [CallVolumeSurcharge(moreThan: 6, surcharge: pct(10), location: here),
                     CallVolumeSurcharge(moreThan: 12, surcharge: pct(20), location: here)],
        hoursPerCall: Hours(hundredths: 100),
        addons: [addon("backup", "Cloud backup", usd(9), .device), addon("antivirus", "Managed antivirus", usd(4), .device),
                 addon("email", "E-mail security", usd(3), .workstation), addon("dns", "Web filtering", usd(25), .flat),
                 addon("image", "Server image backup", usd(45), .server)],
        minimumMonthly: usd(250), onboarding: Onboarding(perDevice: usd(25), minimum: usd(150)),
        termDiscounts: [TermDiscount(months: 24, discount: pct(5), location: here),
                        TermDiscount(months: 36, discount: pct(8), location: here)],
        defaultTermMonths: 12)

    static func addon(_ id: String, _ name: String, _ price: Money, _ per: Addon.Per) -> Addon {
        Addon(id: Located(ID(id), at: here), name: name, price: price, per: per, description: "")
    }

    static func plan(_ id: String, _ support: SupportKind, _ ws: Money, _ server: Money, including: [String] = []) -> Plan {
        Plan(id: ID(id), name: id.capitalized, summary: "", support: support, perWorkstation: ws, perServer: server,
             responseTime: "", includes: [], excludes: [], includedAddons: including.map { Located(ID($0), at: here) },
             order: 0, recommended: false, description: "", location: here)
    }

    static let maintenance = plan("maintenance", .maintenance, usd(35), usd(125))
    static let unlimited = plan("unlimited", .unlimited, usd(60), usd(175), including: ["antivirus"])

    static func devices(_ groups: [(count: Int, year: Int)]) -> [DeviceGroup] {
        groups.map { DeviceGroup(count: $0.count, purchased: $0.year, label: nil, location: here) }
    }
}

@Suite("The pricing engine")
struct PriceEngineTests {
    typealias F = PricingFixture

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var plan: Plan = F.maintenance
        var workstations: [(count: Int, year: Int)] = []
        var servers: [(count: Int, year: Int)] = []
        var services: [String] = []
        var visits = 0
        var calls = 0
        var term = 12
        var discount: Ratio?
        /// The monthly lines' amounts in cents, in order, and the monthly fee.
        var lines: [Int]
        var fee: Int
        var testDescription: String { name }
    }

    @Test("one factor at a time, and together", arguments: [
        // Number of computers: volume tiers at their boundaries.
        Case(name: "9 workstations: below the first tier", workstations: [(9, 2026)], lines: [31500], fee: 31500),
        Case(name: "10 workstations: first tier, 5%", workstations: [(10, 2026)], lines: [35000, -1750], fee: 33250),
        Case(name: "19 workstations: still 5%", workstations: [(19, 2026)], lines: [66500, -3325], fee: 63175),
        Case(name: "20 workstations: second tier, 10%", workstations: [(20, 2026)], lines: [70000, -7000], fee: 63000),
        // Whether they have a server.
        Case(name: "8 workstations and a server", workstations: [(8, 2026)], servers: [(1, 2025)], lines: [28000, 12500], fee: 40500),
        // Age of computers: strictly older than the bracket; the highest bracket per device.
        Case(name: "4 years old is not older than 4", workstations: [(8, 2022)], lines: [28000], fee: 28000),
        Case(name: "mixed ages", workstations: [(4, 2026), (3, 2021), (1, 2018)], lines: [28000, 2400, 1500], fee: 31900),
        Case(name: "all hardware old", workstations: [(6, 2017)], lines: [21000, 9000], fee: 30000),
        Case(name: "all hardware new", workstations: [(6, 2026)], lines: [21000, 4000], fee: 25000),
        Case(name: "too old to cover", workstations: [(6, 2026), (2, 2015)], lines: [21000, 4000], fee: 25000),
        Case(name: "an old server takes the surcharge too", workstations: [(8, 2026)], servers: [(1, 2018)], lines: [28000, 12500, 1500], fee: 42000),
        // How often they need service: calls (unlimited plans only) and scheduled visits.
        Case(name: "8 calls on unlimited: +10%", plan: F.unlimited, workstations: [(8, 2026)], calls: 8, lines: [48000, 4800], fee: 52800),
        Case(name: "13 calls on unlimited: +20%", plan: F.unlimited, workstations: [(8, 2026)], calls: 13, lines: [48000, 9600], fee: 57600),
        Case(name: "6 calls is not more than 6", plan: F.unlimited, workstations: [(8, 2026)], calls: 6, lines: [48000], fee: 48000),
        Case(name: "calls on maintenance are billed hourly, not surcharged", workstations: [(8, 2026)], calls: 13, lines: [28000], fee: 28000),
        Case(name: "monthly visits", workstations: [(8, 2026)], visits: 12, lines: [28000, 9500], fee: 37500),
        Case(name: "quarterly visits round to the cent", workstations: [(8, 2026)], visits: 4, lines: [28000, 3167], fee: 31167),
        // Which services matter to them; an add-on the plan includes shows at no charge.
        Case(name: "add-ons of every kind", plan: F.unlimited, workstations: [(8, 2026)], servers: [(1, 2026)],
             services: ["backup", "email", "dns", "image", "antivirus"],
             lines: [48000, 17500, 8100, 2400, 2500, 4500, 0], fee: 83000),
        Case(name: "a server add-on without a server is left out", workstations: [(8, 2026)], services: ["image"], lines: [28000], fee: 28000),
        // Maintenance only vs unlimited, same office.
        Case(name: "maintenance only", workstations: [(12, 2026)], lines: [42000, -2100], fee: 39900),
        Case(name: "unlimited", plan: F.unlimited, workstations: [(12, 2026)], lines: [72000, -3600], fee: 68400),
        // Term discounts, the agreed discount after them, rounding of half cents away from zero.
        Case(name: "24 months: 5% of $332.50 is $16.625, rounded to $16.63", workstations: [(10, 2026)], term: 24,
             lines: [35000, -1750, -1663], fee: 31587),
        Case(name: "23 months: no term discount", workstations: [(10, 2026)], term: 23, lines: [35000, -1750], fee: 33250),
        Case(name: "36 months: 8%", workstations: [(8, 2026)], term: 36, lines: [28000, -2240], fee: 25760),
        Case(name: "agreed discount after the term discount", workstations: [(10, 2026)], term: 24, discount: .percent(10),
             lines: [35000, -1750, -1663, -3159], fee: 28428),
        // Minimum monthly fee, after discounts.
        Case(name: "small office: minimum fee", workstations: [(5, 2026)], lines: [17500, 7500], fee: 25000),
        Case(name: "minimum after a term discount", workstations: [(5, 2026)], term: 36, lines: [17500, -1400, 8900], fee: 25000),
        Case(name: "no devices at all: the minimum", lines: [25000], fee: 25000),
        // Everything at once: 11 workstations (one too old), a server, ages, calls, visits, add-ons, 24 months.
        Case(name: "all six factors together", plan: F.unlimited, workstations: [(7, 2025), (3, 2020), (1, 2014)],
             servers: [(1, 2021)], services: ["backup", "antivirus"], visits: 12, calls: 7, term: 24,
             // 10 covered ws × 60 = 600 (the 2014 one is 12 years old); −5% = −30; server 175;
             // 4 devices older than 4 years (3 ws of 2020, the 2021 server) × 8 = 32; subtotal 777, +10% = 77.70;
             // 12 visits × 95 ÷ 12 = 95; backup for 11 devices × 9 = 99; antivirus included;
             // 1048.70 − 5% (52.435 → 52.44) = 996.26
             lines: [60000, -3000, 17500, 3200, 7770, 9500, 9900, 0, -5244], fee: 99626),
    ])
    func monthlyFee(_ c: Case) {
        let office = OfficeProfile(workstations: F.devices(c.workstations), servers: F.devices(c.servers),
                                   services: c.services.map(ID.init), visitsPerYear: c.visits, callsPerMonth: c.calls,
                                   termMonths: c.term, discount: c.discount)
        let quote = PriceEngine.quote(plan: c.plan, for: office, priceBook: F.book, taxes: [], year: 2026)
        #expect(quote.monthly.map { Int($0.amount.minorUnits) } == c.lines)
        #expect(quote.monthlyFee.minorUnits == c.fee)
        #expect(quote.monthly.map(\.amount).sum() == quote.monthlyFee)
    }

    @Test func onboardingTaxAndFirstMonth() {
        let tax = Tax(name: "Sales tax", rate: Ratio(perMillion: 72_500), appliesTo: [.contract])
        let office = OfficeProfile(workstations: F.devices([(8, 2026)]), servers: F.devices([(1, 2026)]), services: [],
                                   visitsPerYear: 12, callsPerMonth: 0, termMonths: 12)
        let quote = PriceEngine.quote(plan: F.maintenance, for: office, priceBook: F.book, taxes: [tax], year: 2026)
        #expect(quote.monthlyFee == F.usd(500))                 // 280 + 125 + 95
        #expect(quote.monthlyTax.map(\.amount) == [F.usd(36, 25)])   // 7.25% of 500.00
        #expect(quote.monthlyTotal == F.usd(536, 25))
        #expect(quote.onboarding.map(\.amount) == [F.usd(225)])    // 9 devices × 25
        #expect(quote.onboardingTax.map(\.amount) == [F.usd(16, 31)]) // 7.25% of 225.00 = 16.3125
        #expect(quote.firstMonthTotal == F.usd(536, 25) + F.usd(241, 31))

        let small = OfficeProfile(workstations: F.devices([(4, 2026)]), servers: [], services: [], visitsPerYear: 0,
                                  callsPerMonth: 0, termMonths: 12)
        let smallQuote = PriceEngine.quote(plan: F.maintenance, for: small, priceBook: F.book, taxes: [], year: 2026)
        #expect(smallQuote.onboarding.map(\.amount) == [F.usd(100), F.usd(50)])
        #expect(smallQuote.onboardingFee == F.usd(150))
        // A tax on charges only does not touch the contract.
        let chargesOnly = Tax(name: "Parts tax", rate: .percent(7), appliesTo: [.charges])
        #expect(PriceEngine.quote(plan: F.maintenance, for: small, priceBook: F.book, taxes: [chargesOnly], year: 2026).monthlyTax.isEmpty)
    }

    @Test func linesExplainThemselves() {
        let money = MoneyFormat(currency: .usd, locale: "en_US")
        let office = OfficeProfile(workstations: F.devices([(9, 2025), (3, 2020)]), servers: F.devices([(1, 2024)]),
                                   services: ["backup", "antivirus", "dns"].map(ID.init), visitsPerYear: 12, callsPerMonth: 8,
                                   termMonths: 24)
        let quote = PriceEngine.quote(plan: F.unlimited, for: office, priceBook: F.book, taxes: [], year: 2026)
        #expect(quote.monthly.map { Language.english(money).text($0) } == [
            "12 workstations × $60.00",
            "Volume discount, 10 or more workstations: −5% of $720.00",
            "1 server × $175.00",
            "3 devices older than 4 years × $8.00 age surcharge",
            "Frequent support: 8 calls a month (more than 6): +10% of $883.00",
            "12 scheduled on-site visits a year × $95.00 ÷ 12",
            "Cloud backup for 13 devices × $9.00",
            "Managed antivirus: included in Unlimited",
            "Web filtering, flat monthly fee",
            "24-month term: −5% of $1,208.30",
        ])
    }
}
