/// `A`, `A and B`, `A, B and C`
func inWords(_ items: [String]) -> String {
    items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
}

/// `public/index.html`: the plans and prices, from the same plans and price book that price
/// proposals, for anyone. See docs/templates.md.
public struct PricingPageView: PageView {
    public static let template = "pricing"
    public struct PlanColumn: TemplateView {
        public var name: String
        public var summary: String
        public var support: String
        public var perWorkstation: String
        public var perServer: String
        public var responseTime: String
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
        /// `$9.00 per device a month`, `$25.00 a month`
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
    public var remoteRate: String
    public var onsiteRate: String
    public var tripFee: String
    public var afterHours: String
    /// cmark HTML of `pages/faq.md` (nil without one).
    public var faqHTML: String?
    public var faqTitle: String?
    public var phone: String
    /// `tel:7405550142`
    public var phoneHref: String
    public var email: String
    public var addressLines: [String]
    /// Relative link to the public comparison sheet (nil without an example office).
    public var compareHref: String?

    static func make(_ books: Books, _ context: RenderContext) -> PricingPageView {
        let shop = books.shop
        let money = context.money
        let book = shop.priceBook
        let business = shop.business
        func list(_ parts: [String]) -> String { parts.joined(separator: "; ") }
        var factors: [Factor] = []
        let tiers = book.volumeTiers.sorted { $0.from < $1.from }.map { "\($0.from) or more workstations: \($0.discount.percentText) off" }
        factors.append(Factor(name: "Number of computers",
                              rule: tiers.isEmpty ? "The same price per workstation whatever the size of the office." : list(tiers) + " the per-workstation price."))
        var age = book.ageSurcharges.sorted { $0.olderThanYears < $1.olderThanYears }
            .map { "older than \($0.olderThanYears) years: \(money.format($0.perDevice)) a month each" }
        if let max = book.maxAgeYears { age.append("computers older than \(max) years cannot be covered") }
        factors.append(Factor(name: "Age of your computers", rule: age.isEmpty ? "No surcharge for older computers." : "Computers " + list(age) + "."))
        var often: [String] = []
        if book.onsiteVisitPrice > .zero { often.append("scheduled on-site visits \(money.format(book.onsiteVisitPrice)) each, spread evenly over the months") }
        often += book.callVolume.sorted { $0.moreThan < $1.moreThan }.map { "on unlimited plans, more than \($0.moreThan) calls a month: +\($0.surcharge.percentText)" }
        factors.append(Factor(name: "How often you need us", rule: often.isEmpty ? "No extra charge for visits or calls." : list(often).prefix(1).uppercased() + list(often).dropFirst() + "."))
        factors.append(Factor(name: "The services that matter to you", rule: "Add-ons below, priced per computer or per month; some plans include them."))
        factors.append(Factor(name: "A server", rule: "Each server has its own monthly price in every plan: servers take more care."))
        factors.append(Factor(name: "Maintenance only or unlimited support", rule: "Maintenance-only plans bill support calls by the hour; unlimited plans include them."))
        var terms = ["The minimum monthly fee is \(money.format(book.minimumMonthly))"]
        if book.onboarding.perDevice > .zero || book.onboarding.minimum > .zero {
            terms.append("onboarding is \(money.format(book.onboarding.perDevice)) per computer once, at least \(money.format(book.onboarding.minimum))")
        }
        terms += book.termDiscounts.sorted { $0.months < $1.months }.map { "\($0.months)-month agreements: \($0.discount.percentText) off" }
        factors.append(Factor(name: "Minimum, onboarding and agreement length", rule: list(terms) + "."))

        let addons = book.addons.map { addon in
            let per: String
            switch addon.per {
            case .flat: per = " a month"
            case .device: per = " per computer a month"
            case .workstation: per = " per workstation a month"
            case .server: per = " per server a month"
            }
            let including = shop.plans.filter { $0.includedAddons.contains { $0.value == addon.id.value } }.map(\.name)
            return AddonRow(name: addon.name, price: money.format(addon.price) + per, description: addon.description,
                            includedIn: including.isEmpty ? nil : "Included in " + inWords(including))
        }
        let examples = books.pricingExamples.map { example in
            ExampleRow(office: "\(example.workstations) workstations" + (example.servers == 0 ? "" : " and a server"),
                       totals: example.totals.map(money.format))
        }
        let faq = shop.page("faq")
        return PricingPageView(
            page: context.frame(title: "\(business.name): managed IT plans and prices", path: "index.html", tree: .public,
                                description: "Plans and prices for looking after your office's computers for a fixed monthly fee: \(shop.plans.map(\.name).joined(separator: ", "))."),
            aboutHTML: Markdown.html(business.about),
            plans: shop.plans.map { plan in
                PlanColumn(name: plan.name, summary: plan.summary, support: plan.support.label,
                           perWorkstation: money.format(plan.perWorkstation), perServer: money.format(plan.perServer),
                           responseTime: plan.responseTime, includes: plan.includes, excludes: plan.excludes,
                           hasIncludes: !plan.includes.isEmpty, hasExcludes: !plan.excludes.isEmpty,
                           descriptionHTML: Markdown.html(plan.description))
            },
            planNames: shop.plans.map(\.name), factors: factors, addons: addons, hasAddons: !addons.isEmpty, examples: examples,
            examplesNote: "A month, for new computers on a \(book.defaultTermMonths)-month agreement without add-ons or scheduled visits\(business.taxes.contains { $0.appliesTo.contains(.contract) } ? ", tax included" : "").",
            remoteRate: money.format(business.rates.remoteHourly), onsiteRate: money.format(business.rates.onsiteHourly),
            tripFee: money.format(business.rates.tripFee), afterHours: business.rates.afterHoursMultiplier.multiplierText,
            faqHTML: faq.map { Markdown.html($0.body) }, faqTitle: faq?.title,
            phone: business.phone, phoneHref: telephoneLink(business.phone),
            email: business.email, addressLines: business.address.lines,
            compareHref: books.example == nil ? nil : "compare/index.html")
    }
}
