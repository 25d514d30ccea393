/// `label` as HTML: its text escaped, each `{name}` replaced by the HTML given for it.
func filledHTML(_ label: String, _ values: KeyValuePairs<String, String>) -> String {
    Placeholders.fill(escapeXML(label), values)
}

/// `<a href="tel:7405550142">(740) 555-0142</a>`
func linkHTML(_ text: String, _ href: String) -> String { "<a href=\"\(escapeXML(href))\">\(escapeXML(text))</a>" }

/// `public/index.html`: the plans and prices, from the same plans and price book that price
/// proposals, for anyone; with a calculator that prices a visitor's office. See docs/pricing-page.md.
public struct PricingPageView: PageView {
    public static let template = "pricing"
    public struct PlanCard: TemplateView {
        public var name: String
        public var summary: String
        /// The plan most offices choose, marked.
        public var featured: Bool
        /// `Unlimited support · response: 4 business hours`
        public var supportText: String
        /// `<strong>$60.00</strong> per workstation a month` (insert with `{{{perWorkstationHTML}}}`).
        public var perWorkstationHTML: String
        /// `$175.00 per server a month`
        public var perServer: String
        /// `Minimum $250.00 a month for the whole office` (nil without a minimum).
        public var minimum: String?
        public var includes: [String]
        public var excludes: [String]
        // Stored, not computed: templates read fields by reflection, which sees stored properties only.
        public var hasIncludes: Bool
        public var hasExcludes: Bool
        /// cmark HTML of the plan's Markdown description.
        public var descriptionHTML: String
    }
    public struct AddonRow: TemplateView {
        public struct Cell: TemplateView {
            /// `Included` or `Optional`.
            public var text: String
            /// The plan's name, for the cell's label on a phone.
            public var plan: String
            public var included: Bool
        }
        public var name: String
        /// Nil when the price book gives none.
        public var description: String?
        /// `$9.00 per computer a month`, or `Included in every plan` (then offered to none).
        public var price: String
        /// One per plan, in plan order.
        public var cells: [Cell]
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
    public var site: SiteFrame
    /// `From $250.00 a month` (nil without plans).
    public var heroPrice: String?
    /// `Our minimum of $250.00 a month covers up to 7 workstations on Essentials; …`
    public var heroWhy: String?
    /// cmark HTML of `business.md`'s body.
    public var aboutHTML: String
    public var plans: [PlanCard]
    public var planNames: [String]
    public var examples: [ExampleRow]
    /// `A month, for new computers on a 12-month agreement … An office that would cost less pays the minimum, $250.00 a month.`
    public var examplesNote: String
    public var calculator: CalculatorView
    public var factors: [Factor]
    public var addons: [AddonRow]
    public var hasAddons: Bool
    /// `Remote help $85.00 an hour; on site …`
    public var ratesText: String
    /// Relative link to the public comparison sheet (nil without an example office).
    public var compareHref: String?
    /// cmark HTML of `pages/testimonials.md` (nil without one).
    public var testimonialsHTML: String?
    public var testimonialsTitle: String?
    /// cmark HTML of `pages/faq.md` (nil without one).
    public var faqHTML: String?
    public var faqTitle: String?

    static func make(_ books: Books, _ context: RenderContext) -> PricingPageView {
        let shop = books.shop, business = shop.business
        let language = context.languages.business
        let words = language.labels.site, money = language.money, fill = Placeholders.fill
        let book = shop.priceBook
        let contractTaxed = business.taxes.contains { $0.appliesTo.contains(.contract) }
        let frame = context.frame(title: fill(words.pageTitle, ["shop": business.name]), path: "index.html", tree: .public,
                                  description: fill(words.description, ["plans": shop.plans.map(\.name).joined(separator: ", ")]), wide: true)
        var heroWhy: String?
        if let start = books.startingPrice {
            heroWhy = start.minimumCovers > 0
                ? fill(words.heroWhy, ["minimum": money.format(book.minimumMonthly), "count": String(start.minimumCovers),
                                       "plan": start.planName, "price": money.format(start.perWorkstation)])
                : fill(words.heroPerComputer, ["price": money.format(start.perWorkstation), "plan": start.planName])
        }
        let examples = books.pricingExamples.map { example in
            ExampleRow(office: fill(example.servers == 0 ? words.officeWorkstations : words.officeWithServer, ["count": String(example.workstations)]),
                       totals: example.totals.map(money.format))
        }
        let faq = shop.page("faq"), testimonials = shop.page("testimonials")
        let rates = business.rates
        let addons = addonRows(shop, words: words, money: money)
        return PricingPageView(
            page: frame, labels: words, site: SiteFrame(shop, frame: frame, context: context, home: ""),
            heroPrice: books.startingPrice.map { fill(contractTaxed ? words.heroPriceBeforeTax : words.heroPrice, ["price": money.format($0.monthlyFee)]) },
            heroWhy: heroWhy,
            aboutHTML: Markdown.html(business.about),
            plans: shop.plans.map { plan in
                PlanCard(name: plan.name, summary: plan.summary, featured: plan.id == books.featuredPlan,
                         supportText: fill(language.labels.proposal.response, ["support": ProposalView.support(plan.support, language.labels.proposal),
                                                                                "time": plan.responseTime]),
                         perWorkstationHTML: filledHTML(words.perWorkstation, ["price": "<strong>\(escapeXML(money.format(plan.perWorkstation)))</strong>"]),
                         perServer: fill(words.perServer, ["price": money.format(plan.perServer)]),
                         minimum: book.minimumMonthly > .zero ? fill(words.planMinimum, ["amount": money.format(book.minimumMonthly)]) : nil,
                         includes: plan.includes, excludes: plan.excludes,
                         hasIncludes: !plan.includes.isEmpty, hasExcludes: !plan.excludes.isEmpty,
                         descriptionHTML: Markdown.html(plan.description))
            },
            planNames: shop.plans.map(\.name), examples: examples,
            examplesNote: fill(contractTaxed ? words.examplesNoteTax : words.examplesNote, ["months": String(book.defaultTermMonths)])
                + (book.minimumMonthly > .zero ? " " + fill(words.examplesMinimum, ["amount": money.format(book.minimumMonthly)]) : ""),
            calculator: CalculatorView.make(shop, language: language, priceBookJSON: PriceBookFile(shop, year: books.today.year).json),
            factors: factors(book, language: language), addons: addons, hasAddons: !addons.isEmpty,
            ratesText: fill(words.rates, ["remote": money.format(rates.remoteHourly), "onsite": money.format(rates.onsiteHourly),
                                          "trip": money.format(rates.tripFee), "multiplier": language.multiplier(rates.afterHoursMultiplier)]),
            compareHref: books.example == nil ? nil : "compare/index.html",
            testimonialsHTML: testimonials.map { Markdown.html($0.body) }, testimonialsTitle: testimonials?.title,
            faqHTML: faq.map { Markdown.html($0.body) }, faqTitle: faq?.title)
    }
}
