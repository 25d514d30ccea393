import Foundation
import Testing
@testable import UpkeepKit

/// The worked examples of docs/money.md, computed: each figure the page quotes is what the
/// program gives, and the page quotes it.
@Suite("Money rules, as docs/money.md writes them")
struct MoneyRulesTests {
    let today = Day(year: 2026, month: 11, day: 29)!
    let money = MoneyFormat(currency: .usd, locale: "en_US")
    let page = (try? String(contentsOf: repositoryRoot.appendingPathComponent("docs/money.md"), encoding: .utf8)) ?? ""

    /// `figure` is on the page, in bold, and equals `amount`.
    func documented(_ figure: String, _ amount: Money) {
        #expect(money.format(amount) == figure.replacingOccurrences(of: "−", with: "−"))
        #expect(page.contains("**\(figure)**"), "docs/money.md should quote \(figure)")
    }

    func line(_ statement: Statement, _ prefix: String) -> StatementLine? {
        statement.recurring.first { if case .recurring(let price, _, _, _, _, _) = $0.item { Language.english(money).text(price).hasPrefix(prefix) } else { false } }
    }

    @Test("1. partial coverage: the newest devices are covered, and the statement says so; more than listed is priced as new and flagged")
    func partialCoverage() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/contracts/riverside-printing.md", replacing: "discount: 10%", with: "discount: 10%\nworkstations: 5")
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let october = try #require(Books(shop, today: today).statements(of: shop.client(ID("riverside-printing"))!).statements.last)
        documented("$24.00", try #require(line(october, "3 devices older than 4 years × $8.00")).amount)
        documented("$30.00", try #require(line(october, "2 devices older than 7 years × $15.00")).amount)
        #expect(october.partialCoverage == [PartialCoverage(kind: .workstations, covered: 5, listed: 6)])
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let sentence = "Your contract covers 5 of the 6 workstations you have: the newest 5."
        #expect(try copy.read("private/clients/riverside-printing/statement-2026-10.html").contains(sentence))
        #expect(page.contains(sentence))
        try copy.edit("content/contracts/riverside-printing.md", replacing: "workstations: 5", with: "workstations: 7")
        #expect(copy.check() == [])
        let more = try Pipeline.validate(root: copy.root).get().shop
        let books = Books(more, today: today)
        let riverside = try #require(more.client(ID("riverside-printing")))
        #expect(books.statements(of: riverside).statements.last?.partialCoverage == [PartialCoverage(kind: .workstations, covered: 7, listed: 6)])
        let flags = MonthPreview(Month("2026-10")!, books: books, language: .english(books.money)).flags.map(\.text)
        #expect(flags.contains("the contract covers 7 workstations, but content/clients/riverside-printing.md lists 6: the other 1 are priced as new; list them with the year they were bought"))
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let more7 = "Your contract covers 7 workstations; we have 6 on record, and price the other 1 as new."
        #expect(try copy.read("private/clients/riverside-printing/statement-2026-10.html").contains(more7))
        #expect(page.contains(more7))
    }

    @Test("2. part months: each line as priced, × days ÷ days in the month, rounded line by line")
    func partMonths() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let march = try #require(Books(shop, today: today).statements(of: shop.client(ID("oak-street-clinic"))!).statements.first)
        #expect(march.month == Month("2026-03")!)
        documented("−$24.68", try #require(line(march, "Volume discount")).amount)
        documented("−$40.09", try #require(line(march, "24-month term")).amount)
        #expect(page.contains("**−$45.00**"))
        documented("$22.73", Money(minorUnits: 45_45).scaled((15, 30)))
    }

    @Test("3. credit balances: payments settle the oldest items first, the rest is credit, aged at zero")
    func creditsAndAging() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/ledger/2026-04.md", replacing: "    amount: 155.00\n    method: card", with: "    amount: 100.00\n    method: card")
        try copy.edit("content/ledger/2026-08.md", replacing: "    amount: 210.00\n    method: card", with: "    amount: 300.00\n    method: card")
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let statements = Books(shop, today: today).statements(of: shop.client(ID("corner-bakery"))!).statements
        func of(_ month: String) -> Statement { statements.first { $0.month == Month(month)! }! }
        documented("$55.00", of("2026-04").amountDue)
        documented("$210.00", of("2026-07").newCharges + of("2026-07").tax)
        documented("−$35.00", of("2026-08").amountDue)
        #expect(of("2026-08").aging == Aging())
        documented("$220.43", of("2026-10").amountDue)
        #expect(of("2026-10").aging.current == of("2026-10").amountDue)
        #expect(Books(shop, today: today).statements(of: shop.client(ID("corner-bakery"))!).problems.isEmpty)
    }

    @Test("4. a device's age counts in the statement month's year: a surcharge begins in January")
    func deviceAge() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let statements = Books(shop, today: Day(year: 2027, month: 2, day: 1)!).statements(of: shop.client(ID("oak-street-clinic"))!).statements
        let december = try #require(statements.first { $0.month == Month("2026-12")! })
        let january = try #require(statements.first { $0.month == Month("2027-01")! })
        #expect(line(december, "16 devices older than 4 years") == nil)
        documented("$128.00", try #require(line(january, "16 devices older than 4 years × $8.00 age surcharge")).amount)
    }

    @Test("5. a balance assertion counts each period's fee from the period's first day")
    func assertionsInPeriods() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let statements = Books(shop, today: today).statements(of: shop.client(ID("miller-accounting"))!).statements
        documented("$164.27", StatementChecks.balance(on: Day(year: 2026, month: 9, day: 14)!, in: statements))
        documented("$412.13", StatementChecks.balance(on: Day(year: 2026, month: 9, day: 15)!, in: statements))
    }

    @Test("6. the recommendation: the lowest expected monthly cost, calls billed by the hour on maintenance plans")
    func recommendation() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let proposal = try #require(Books(shop, today: today).proposal(for: shop.client(ID("greenfield-vet"))!))
        let expected = proposal.recommendation.expectedMonthly
        documented("$2,414.22", expected[ID("essentials")]!)
        documented("$2,012.84", expected[ID("business")]!)
        documented("$2,493.08", expected[ID("premier")]!)
        #expect(proposal.recommendation.planID == ID("business") && proposal.recommendation.shopReason == nil)
        // Labour taxed at 10 % adds 10 % of the $1,190.00 of calls; two plans at the same cost go to the first.
        let taxed = Recommendation.choose(for: proposal.client, quotes: proposal.quotes, priceBook: shop.priceBook, rates: shop.business.rates,
                                          taxes: [Tax(name: "Labour tax", rate: Ratio(perMillion: 100_000), appliesTo: [.labor])])!
        #expect(taxed.expectedMonthly[ID("essentials")] == Money(minorUnits: 2_533_22))
        var tied = proposal.quotes
        tied[2].monthlyTotal = tied[1].monthlyTotal
        tied[2].support = .unlimited
        #expect(Recommendation.choose(for: proposal.client, quotes: [tied[2], tied[1]], priceBook: shop.priceBook, rates: shop.business.rates, taxes: [])!.planID == ID("premier"))
    }
}

extension MoneyRulesTests {
    @Test("7. late fees: on what is late beyond the grace days, never on a fee, raised to the minimum, untaxed")
    func lateFees() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/business.md", replacing: "\nrates:",
                      with: "\nlate_fee: {percent_per_month: 1.5%, grace_days: 10, minimum: 5.00, cap: 50.00}\nrates:")
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let riverside = try #require(shop.client(ID("riverside-printing")))
        let statements = Books(shop, today: Day(year: 2026, month: 12, day: 1)!).statements(of: riverside).statements
        let october = try #require(statements.first { $0.month == Month("2026-10")! })
        let november = try #require(statements.first { $0.month == Month("2026-11")! })
        documented("$3.77", Money(minorUnits: 251_10).applying(Ratio(perMillion: 15_000)))
        documented("$5.00", october.lateFee)
        documented("$10.27", november.lateFee)
        #expect(november.tax == .zero)
    }
}
