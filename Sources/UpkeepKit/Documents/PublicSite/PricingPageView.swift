/// `A`, `A and B`, `A, B and C`, with `and` in the page's language (` and `, ` und `).
func inWords(_ items: [String], and: String) -> String {
    items.count <= 2 ? items.joined(separator: and) : items.dropLast().joined(separator: ", ") + and + items.last!
}

/// `label` as HTML: its text escaped, each `{name}` replaced by the HTML given for it.
func filledHTML(_ label: String, _ values: KeyValuePairs<String, String>) -> String {
    var html = escapeXML(label)
    for (name, value) in values { html = html.replacingOccurrences(of: "{\(name)}", with: value) }
    return html
}

/// `<a href="tel:7405550142">(740) 555-0142</a>`
func linkHTML(_ text: String, _ href: String) -> String { "<a href=\"\(escapeXML(href))\">\(escapeXML(text))</a>" }

/// `public/index.html`: the plans and prices, from the same plans and price book that price
/// proposals, for anyone. See docs/templates.md.
public struct PricingPageView: PageView {
    public static let template = "pricing"
    public struct PlanColumn: TemplateView {
        public var name: String
        public var summary: String
        /// `Unlimited support · response: 4 business hours`
        public var supportText: String
        /// `<strong>$60.00</strong> per workstation a month` (insert with `{{{perWorkstationHTML}}}`).
        public var perWorkstationHTML: String
        /// `$175.00 per server a month`
        public var perServer: String
        public var includes: [String]
        public var excludes: [String]
        // Stored, not computed: templates read fields by reflection, which sees stored properties only.
        public var hasIncludes: Bool
        public var hasExcludes: Bool
        /// cmark HTML of the plan's Markdown description.
        public var descriptionHTML: String
    }
    public struct AddonRow: TemplateView {
        public var name: String
        /// `$9.00 per computer a month`, `$25.00 a month`
        public var price: String
        public var description: String
        /// `Included in Premier` (nil when no plan includes it).
        public var includedIn: String?
    }
    public struct ExampleRow: TemplateView {
        /// `10 workstations and a server`
        public var office: String
        /// The monthly total of each plan, in plan order.
        public var totals: [String]
    }
    public struct Factor: TemplateView {
        /// `Number of computers`
        public var name: String
        /// How it changes the price, from the price book.
        public var rule: String
    }

    public var page: PageFrame
    public var labels: SiteLabels
    /// `Call <a href="tel:…">(740) 555-0142</a> or write to <a href="mailto:…">…</a> for …` (insert with `{{{ctaHTML}}}`).
    public var ctaHTML: String
    /// `Remote help $85.00 an hour; on site …`
    public var ratesText: String
    /// cmark HTML of `business.md`'s body.
    public var aboutHTML: String
    public var plans: [PlanColumn]
    public var planNames: [String]
    public var factors: [Factor]
    public var addons: [AddonRow]
    public var hasAddons: Bool
    public var examples: [ExampleRow]
    /// `12-month agreement, no add-ons, computers under 4 years old`
    public var examplesNote: String
    /// cmark HTML of `pages/faq.md` (nil without one).
    public var faqHTML: String?
    public var faqTitle: String?
    public var addressLines: [String]
    /// The phone number and the e-mail address, each a link (insert with `{{{contactHTML}}}`).
    public var contactHTML: String
    /// Relative link to the public comparison sheet (nil without an example office).
    public var compareHref: String?

    static func make(_ books: Books, _ context: RenderContext) -> PricingPageView {
        let shop = books.shop
        let language = context.languages.business
        let words = language.labels.site, money = language.money, fill = Placeholders.fill
        let book = shop.priceBook
        let business = shop.business
        func list(_ parts: [String]) -> String { parts.joined(separator: "; ") }
        var factors: [Factor] = []
        let tiers = book.volumeTiers.sorted { $0.from < $1.from }.map { fill(words.volumeTier, ["from": String($0.from), "rate": language.percent($0.discount)]) }
        factors.append(Factor(name: words.factorComputers, rule: tiers.isEmpty ? words.noVolumeTiers : fill(words.volumeTiers, ["tiers": list(tiers)])))
        var age = book.ageSurcharges.sorted { $0.olderThanYears < $1.olderThanYears }
            .map { fill(words.ageBracket, ["years": String($0.olderThanYears), "price": money.format($0.perDevice)]) }
        if let max = book.maxAgeYears { age.append(fill(words.ageMax, ["years": String(max)])) }
        factors.append(Factor(name: words.factorAge, rule: age.isEmpty ? words.noAgeSurcharge : fill(words.ageRule, ["rules": list(age)])))
        var often: [String] = []
        if book.onsiteVisitPrice > .zero { often.append(fill(words.visitsRule, ["price": money.format(book.onsiteVisitPrice)])) }
        often += book.callVolume.sorted { $0.moreThan < $1.moreThan }.map {
            fill(words.callsRule, ["calls": String($0.moreThan), "rate": language.percent($0.surcharge)])
        }
        factors.append(Factor(name: words.factorOften, rule: often.isEmpty ? words.noOftenCharge : list(often).prefix(1).uppercased() + list(often).dropFirst() + "."))
        factors.append(Factor(name: words.factorServices, rule: words.servicesRule))
        factors.append(Factor(name: words.factorServer, rule: words.serverRule))
        factors.append(Factor(name: words.factorSupport, rule: words.supportRule))
        var terms = [fill(words.minimumRule, ["amount": money.format(book.minimumMonthly)])]
        if book.onboarding.perDevice > .zero || book.onboarding.minimum > .zero {
            terms.append(fill(words.onboardingRule, ["price": money.format(book.onboarding.perDevice), "minimum": money.format(book.onboarding.minimum)]))
        }
        terms += book.termDiscounts.sorted { $0.months < $1.months }.map { fill(words.termRule, ["months": String($0.months), "rate": language.percent($0.discount)]) }
        factors.append(Factor(name: words.factorTerms, rule: list(terms) + "."))

        let addons = book.addons.map { addon in
            let per: String
            switch addon.per {
            case .flat: per = words.perMonth
            case .device: per = words.perComputerMonth
            case .workstation: per = words.perWorkstationMonth
            case .server: per = words.perServerMonth
            }
            let including = shop.plans.filter { $0.includedAddons.contains { $0.value == addon.id.value } }.map(\.name)
            return AddonRow(name: addon.name, price: fill(per, ["price": money.format(addon.price)]), description: addon.description,
                            includedIn: including.isEmpty ? nil : fill(words.includedIn, ["plans": inWords(including, and: words.and)]))
        }
        let examples = books.pricingExamples.map { example in
            ExampleRow(office: fill(example.servers == 0 ? words.officeWorkstations : words.officeWithServer, ["count": String(example.workstations)]),
                       totals: example.totals.map(money.format))
        }
        let faq = shop.page("faq")
        let rates = business.rates
        let contact: KeyValuePairs<String, String> = ["phone": linkHTML(business.phone, telephoneLink(business.phone)),
                                                      "email": linkHTML(business.email, "mailto:" + business.email)]
        return PricingPageView(
            page: context.frame(title: fill(words.pageTitle, ["shop": business.name]), path: "index.html", tree: .public,
                                description: fill(words.description, ["plans": shop.plans.map(\.name).joined(separator: ", ")])),
            labels: words, ctaHTML: filledHTML(words.callToAction, contact),
            ratesText: fill(words.rates, ["remote": money.format(rates.remoteHourly), "onsite": money.format(rates.onsiteHourly),
                                          "trip": money.format(rates.tripFee), "multiplier": language.multiplier(rates.afterHoursMultiplier)]),
            aboutHTML: Markdown.html(business.about),
            plans: shop.plans.map { plan in
                PlanColumn(name: plan.name, summary: plan.summary,
                           supportText: fill(language.labels.proposal.response, ["support": ProposalView.support(plan.support, language.labels.proposal),
                                                                                  "time": plan.responseTime]),
                           perWorkstationHTML: filledHTML(words.perWorkstation, ["price": "<strong>\(escapeXML(money.format(plan.perWorkstation)))</strong>"]),
                           perServer: fill(words.perServer, ["price": money.format(plan.perServer)]),
                           includes: plan.includes, excludes: plan.excludes,
                           hasIncludes: !plan.includes.isEmpty, hasExcludes: !plan.excludes.isEmpty,
                           descriptionHTML: Markdown.html(plan.description))
            },
            planNames: shop.plans.map(\.name), factors: factors, addons: addons, hasAddons: !addons.isEmpty, examples: examples,
            examplesNote: fill(business.taxes.contains { $0.appliesTo.contains(.contract) } ? words.examplesNoteTax : words.examplesNote,
                               ["months": String(book.defaultTermMonths)]),
            faqHTML: faq.map { Markdown.html($0.body) }, faqTitle: faq?.title,
            addressLines: business.address.lines, contactHTML: filledHTML("{phone} · {email}", contact),
            compareHref: books.example == nil ? nil : "compare/index.html")
    }
}
