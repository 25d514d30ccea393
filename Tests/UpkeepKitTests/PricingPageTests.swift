import Foundation
import Testing
@testable import UpkeepKit

@Suite("The pricing page, pricebook.json and upkeep quote --office")
struct PricingPageTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    static let office = """
        ---
        name: A ten-person office
        workstations:
          - count: 10
            purchased: 2021
        servers:
          - purchased: 2019
        services: [backup, antivirus, dns-filter]
        calls_per_month: 4
        ---

        """

    @Test("quote --office prices the office on every plan; Business is recommended, Essentials' 4 calls cost more by the hour")
    func quoteOffice() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("office.md", Self.office)
        let text = try ClientDocuments.quote(office: copy.url("office.md"), path: "office.md", plans: .all, root: copy.root, today: today)
        let business = """
            A ten-person office: Business (unlimited support), 12-month term, prices of November 29, 2026; the recommended plan

            10 workstations × $60.00                                      $600.00
            Volume discount, 10 or more workstations: −5% of $600.00      −$30.00
            1 server × $175.00                                            $175.00
            11 devices older than 4 years × $8.00 age surcharge            $88.00
            Cloud backup for 11 devices × $9.00                            $99.00
            Managed antivirus: included in Business                         $0.00
            Web filtering, flat monthly fee                                $25.00
                                                                        ---------
            Monthly fee                                                   $957.00

            Onboarding 11 devices × $25.00                                $275.00
                                                                        ---------
            One-time onboarding fee                                       $275.00
                                                                        ---------
            First month: monthly total and onboarding                   $1,232.00

            """
        #expect(text.contains(business))
        #expect(text.hasPrefix("A ten-person office: Essentials (maintenance only), 12-month term, prices of November 29, 2026\n"))
        #expect(text.contains("\nA ten-person office: Premier (unlimited support), 12-month term, prices of November 29, 2026\n"))
        #expect(text.components(separatedBy: "prices of").count == 4)
        // The default is the recommended plan alone; --plan picks one.
        #expect(try ClientDocuments.quote(office: copy.url("office.md"), path: "office.md", plans: .recommended, root: copy.root, today: today) == business)
        let essentials = try ClientDocuments.quote(office: copy.url("office.md"), path: "office.md", plans: .plan("essentials"), root: copy.root, today: today)
        #expect(essentials.hasSuffix("First month: monthly total and onboarding                   $944.50\n"))
        // Without a name the file names the office; a client's own file prices as the client.
        try copy.write("bare.md", "---\nworkstations:\n  - count: 3\n    purchased: 2020\n---\n")
        #expect(try ClientDocuments.quote(office: copy.url("bare.md"), path: "bare.md", plans: .recommended, root: copy.root, today: today)
            .hasPrefix("The office in bare.md: Essentials (maintenance only), 12-month term, prices of November 29, 2026; the recommended plan\n\n3 workstations × $35.00 "))
        let asOffice = try ClientDocuments.quote(office: copy.url("content/clients/harbor-dental.md"), path: "harbor-dental.md", plans: .all,
                                                 root: copy.root, today: today)
        #expect(asOffice == (try ClientDocuments.quote("harbor-dental", plans: .all, root: copy.root, today: today)))
    }

    @Test("an office file's problems come out by file, line and column, all at once")
    func officeFileProblems() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("office.md", Self.office.replacingOccurrences(of: "dns-filter", with: "dns-filtr")
            .replacingOccurrences(of: "calls_per_month", with: "calls_a_month"))
        #expect {
            try ClientDocuments.quote(office: copy.url("office.md"), path: "office.md", plans: .all, root: copy.root, today: today)
        } throws: { error in
            let lines = (error as? DiagnosticsError)?.description.split(separator: "\n").map(String.init) ?? []
            return lines.count == 2
                && lines[0] == "office.md:8:31: error: the office refers to add-on 'dns-filtr', which the price book does not list (did you mean 'dns-filter'?); add-ons: backup, antivirus, email-security, dns-filter, server-image"
                && lines[1].hasPrefix("office.md:9:1: error: unknown key 'calls_a_month' in office (did you mean 'calls_per_month'?)")
        }
        #expect {
            try ClientDocuments.quote(office: copy.url("missing.md"), path: "missing.md", plans: .all, root: copy.root, today: today)
        } throws: { ($0 as? RequestError)?.description == "there is no office file 'missing.md'" }
        try copy.write("office.md", "name: no front matter\n")
        #expect(throws: DiagnosticsError.self) {
            try ClientDocuments.quote(office: copy.url("office.md"), path: "office.md", plans: .all, root: copy.root, today: today)
        }
    }

    @Test("pricebook.json holds the price book in minor units and millionths; the page carries the same bytes for file://")
    func priceBookFile() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let json = try copy.read("public/pricebook.json")
        let book = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(book["year"] as? Int == 2026)
        #expect(book["minimumMonthly"] as? Int == 25_000)
        #expect(book["maxAgeYears"] as? Int == 10)
        #expect(book["hoursPerCall"] as? Int == 100)
        #expect(book["remoteHourly"] as? Int == 8_500)
        let plans = try #require(book["plans"] as? [[String: Any]])
        #expect(plans.map { $0["id"] as? String } == ["essentials", "business", "premier"])
        #expect(plans[1]["perWorkstation"] as? Int == 6_000 && plans[1]["support"] as? String == "unlimited")
        let tiers = try #require(book["volumeTiers"] as? [[String: Int]])
        #expect(tiers.first == ["from": 10, "discount": 50_000])
        let taxes = try #require(book["taxes"] as? [[String: Any]])
        #expect(taxes.first?["rate"] as? Int == 72_500 && taxes.first?["appliesTo"] as? [String] == ["charges"])
        let page = try copy.read("public/index.html")
        #expect(page.contains("<script type=\"application/json\" id=\"pricebook\">\(json)</script>"))
        let script = try #require(try snapshot(of: copy.url("public")).keys.first { $0.hasPrefix("calculator-") })
        #expect(page.contains("<script src=\"\(script)\" defer></script>"))
    }

    @Test("the page opens with the starting price and why, marks one plan, and offers no add-on to a plan that includes it")
    func pageContent() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let page = try copy.read("public/index.html")
        // Essentials: 7 × $35.00 = $245.00 is under the $250.00 minimum, 8 × $35.00 = $280.00 is over.
        #expect(page.contains("<p class=\"hero-price\">From $250.00 a month</p>"))
        #expect(page.contains("<p class=\"lead\">Our minimum of $250.00 a month covers up to 7 workstations on Essentials; each one more adds $35.00.</p>"))
        #expect(page.components(separatedBy: "<section class=\"card featured\">").count == 2)
        #expect(page.contains("<section class=\"card featured\">\n  <p class=\"badge\">Most offices choose this</p>\n  <h3>Business</h3>"))
        // Antivirus is in every plan: no price, offered to none. Cloud backup is in Premier only.
        #expect(page.contains("<td><strong>Managed antivirus</strong></td><td data-label=\"Price\">Included in every plan</td><td class=\"yes\" data-label=\"Essentials\">Included</td><td class=\"yes\" data-label=\"Business\">Included</td><td class=\"yes\" data-label=\"Premier\">Included</td>"))
        #expect(page.contains("<td data-label=\"Price\">$9.00 per computer a month</td><td class=\"maybe\" data-label=\"Essentials\">Optional</td><td class=\"maybe\" data-label=\"Business\">Optional</td><td class=\"yes\" data-label=\"Premier\">Included</td>"))
        // A call to action on both public pages, with business.md's contact page; testimonials when written.
        for path in ["public/index.html", "public/compare/index.html"] {
            let html = try copy.read(path)
            #expect(html.contains("<a class=\"button\" href=\"tel:7405550142\">Call (740) 555-0142</a>"), "\(path)")
            #expect(html.contains("<a class=\"button\" href=\"https://northsidecare.example/contact\">Contact us online</a>"), "\(path)")
            #expect(html.contains("<link rel=\"icon\" href=\""), "\(path)")
        }
        #expect(page.contains("<h2>What our clients say</h2>"))
        // Everything reads without JavaScript: the form is shown by the script only.
        #expect(page.contains("<form class=\"office\" hidden>") && page.contains("<noscript>"))
        // The sample's starting office: the ages of the price book, newest first.
        #expect(page.contains(">Up to 4 years old</th>") && page.contains(">5 to 7 years old</th>") && page.contains(">8 to 10 years old</th>")
                && page.contains(">Over 10 years old (not covered)</th>"))
    }

    @Test("without recommended: true the example office's plan is marked; two plans that say it are an error")
    func featuredPlan() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/plans/business.md", replacing: "recommended: true\n", with: "")
        let shop = try Pipeline.validate(root: copy.root).get().shop
        // The sample's example office: 10 workstations, 2 calls a month, which Essentials covers for less.
        let office = try #require(shop.comparison.exampleOffice)
        let options = try #require(Proposal.options(for: office.asClient, in: shop, year: 2026))
        #expect(options.recommendation.planID == ID("essentials"))
        #expect(Books(shop, today: today).featuredPlan == ID("essentials"))
        try copy.edit("content/plans/premier.md", replacing: "order: 3\n", with: "order: 3\nrecommended: true\n")
        try copy.edit("content/plans/essentials.md", replacing: "order: 1\n", with: "order: 1\nrecommended: true\n")
        #expect(copy.check() == ["content/plans/premier.md:2:1: error: plans 'essentials' and 'premier' both say 'recommended: true'; the pricing page marks one plan as the one most offices choose"])
    }

    @Test("the page, its script and its stylesheet weigh less than 100 KB together")
    func size() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let files = try snapshot(of: copy.url("public"))
        let weight = files.filter { $0.key == "index.html" || $0.key.hasPrefix("calculator-") || $0.key.hasPrefix("style-") }.values.map(\.count).reduce(0, +)
        #expect(weight < 100_000, "\(weight) bytes")
        #expect(weight > 30_000)
    }
}
