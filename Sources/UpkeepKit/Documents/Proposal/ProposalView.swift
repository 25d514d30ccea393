/// Everything `templates/proposal.mustache` can use. See docs/templates.md.
public struct ProposalView: PageView {
    public static let template = "proposal"
    public struct ClientBlock: TemplateView {
        public var name: String
        public var contactName: String
        public var contactTitle: String?
        public var email: String?
        public var phone: String?
        public var addressLines: [String]
    }

    public struct DeviceRow: TemplateView {
        /// `Workstations` or `Server`
        public var kind: String
        public var label: String?
        public var count: Int
        public var purchased: Int
        /// `7 y`
        public var age: String
        /// How the price book treats the group: `Covered`, `Age surcharge $8.00 a month each`,
        /// `Not covered: older than 10 years`.
        public var note: String
        public var covered: Bool
    }

    public struct Environment: TemplateView {
        /// `12 workstations · 1 server · 4 scheduled visits a year · …`: the office in one line.
        public var summaryText: String
        public var devices: [DeviceRow]
        /// `1 workstation bought in 2014 is older than 10 years and cannot be covered.` (or nil)
        public var notCoveredText: String?
    }

    public struct Option: TemplateView {
        public var planID: String
        public var name: String
        public var summary: String
        /// `Unlimited support · response: 4 business hours`
        public var supportText: String
        public var monthlyTotal: String
        public var onboardingTotal: String
        public var firstMonthTotal: String
        /// What the plan is expected to cost a month, with support billed by the hour on
        /// maintenance-only plans.
        public var expectedMonthly: String
        /// `including about 5 calls × 1 h × $85.00 billed by the hour` (maintenance plans with calls).
        public var expectedNote: String?
        public var includes: [String]
        public var excludes: [String]
        public var recommended: Bool
    }

    /// What managed services buy, for the recommended plan (shown as the owner's
    /// `proposal_comparison` decides).
    public struct ComparisonSummary: TemplateView {
        /// The first 12 months, onboarding included: break/fix expected, the plan, and the
        /// difference in words (`Managed saves $…`, `Managed costs $… more`).
        public var breakFix: String
        public var managed: String
        public var difference: String
        /// The same in a bad year.
        public var badBreakFix: String
        public var badManaged: String
        public var badDifference: String
        /// `about 46 staff hours a year, against 14`: downtime with break/fix, then with the plan.
        public var downtime: String
        /// `$0 to $2,310`: the cheapest and dearest month of break/fix in a typical year.
        public var breakFixRange: String
        /// The plan's monthly total, the same every month.
        public var managedMonthly: String
        /// Where the plan costs less, in a sentence (absent when it does not, under `always`).
        public var saving: String?
        /// The 36-month verdict: said plainly under `always`, without arguing against the plan otherwise.
        public var headline: String
        /// Relative link to the full comparison sheet.
        public var link: String
    }

    /// An optional add-on the client can tick when signing.
    public struct AddonChoice: TemplateView {
        public var name: String
        /// `+$23.75 a month`
        public var effect: String
    }

    public var page: PageFrame
    public var labels: ProposalLabels
    /// `Managed IT services for Harbor Dental`
    public var heading: String
    public var number: String
    public var date: String
    public var validUntil: String
    /// Replaced by the page's fingerprint after rendering.
    public var fingerprint: String
    public var client: ClientBlock
    public var coverLetterHTML: String
    /// Who signs the letter and, for the shop, the acceptance: `owner` in business.md (nil
    /// without one: the letter is signed by the shop).
    public var signerName: String?
    public var signerTitle: String?
    public var shopName: String
    public var environment: Environment
    public var options: [Option]
    public var recommendedName: String
    /// `Why we recommend Business.`
    public var whyText: String
    public var recommendedReason: String
    /// `Business, item by item`, `What Business buys`, `Optional add-ons for Business`
    public var itemByItemText: String
    public var whatItBuysText: String
    public var optionalAddonsText: String
    /// `Harbor Dental accepts this proposal for …`, `For Harbor Dental`, `For Northside Computer Care`
    public var acceptsText: String
    public var forClientText: String
    public var forShopText: String
    /// `Business: $540.00 a month without add-ons, $612.75 with all of them.`
    public var withWithoutText: String
    public var comparison: ComparisonSummary?
    /// The recommended plan's monthly fee, line by line, with its tax.
    public var breakdown: [QuoteBreakdown.Row]
    /// Its one-time onboarding, apart.
    public var setup: [QuoteBreakdown.Row]
    /// The first month: monthly total and onboarding.
    public var firstMonth: QuoteBreakdown.Row
    public var addonChoices: [AddonChoice]
    public var hasAddonChoices: Bool
    public var hasTerms: Bool
    public var termsTitle: String
    public var termsHTML: String
    /// Plan names, for the acceptance block's check boxes.
    public var planNames: [String]

    static func make(_ proposal: Proposal, _ shop: Shop, _ context: RenderContext) -> ProposalView {
        let client = proposal.client
        let language = context.languages.of(client)
        let words = language.labels.proposal, priceWords = language.labels.priceLines, money = language.money
        let fill = Placeholders.fill
        let recommended = proposal.recommended
        let book = shop.priceBook

        func row(_ group: DeviceGroup, kind: String) -> DeviceRow {
            let age = group.age(in: proposal.date.year)
            var note = words.covered
            var covered = true
            if let max = book.maxAgeYears, book.isTooOld(age) {
                note = fill(words.notCoveredOlder, ["years": String(max)])
                covered = false
            } else if let bracket = book.ageSurcharge(forAge: age), bracket.perDevice > .zero {
                note = fill(words.ageSurchargeEach, ["price": money.format(bracket.perDevice)])
            }
            return DeviceRow(kind: kind, label: group.label, count: group.count, purchased: group.purchased,
                             age: fill(words.ageYears, ["age": String(age)]), note: note, covered: covered)
        }
        let notCovered = recommended.notCoveredWorkstations.map { ($0, priceWords.workstation, priceWords.workstations) }
            + recommended.notCoveredServers.map { ($0, priceWords.server, priceWords.servers) }
        var notCoveredText: String?
        if !notCovered.isEmpty {
            let list = notCovered.map { group, one, many in
                fill(words.boughtIn, ["devices": language.count(group.count, one, many), "year": String(group.purchased)])
            }.joined(separator: words.and)
            let single = notCovered.reduce(0, { $0 + $1.0.count }) == 1
            notCoveredText = fill(single ? words.notCoveredOne : words.notCoveredMany, ["list": list, "years": String(book.maxAgeYears ?? 0)])
        }

        let rec = proposal.recommendation
        let rate = shop.business.rates.remoteHourly
        let callCost = rec.hoursPerCall.cost(at: rate)
        let calls = language.count(rec.callsPerMonth, priceWords.call, priceWords.calls)
        let options = zip(shop.plans, proposal.quotes).map { plan, quote in
            Option(planID: plan.id.rawValue, name: plan.name, summary: plan.summary,
                   supportText: fill(words.response, ["support": support(plan.support, words), "time": plan.responseTime]),
                   monthlyTotal: money.format(quote.monthlyTotal),
                   onboardingTotal: money.format(quote.onboardingTotal), firstMonthTotal: money.format(quote.firstMonthTotal),
                   expectedMonthly: money.format(rec.expectedMonthly[plan.id] ?? quote.monthlyTotal),
                   expectedNote: plan.support == .maintenance && rec.callsPerMonth > 0
                       ? fill(words.expectedNote, ["calls": calls, "hours": language.hours(rec.hoursPerCall), "rate": money.format(rate)])
                       : nil,
                   includes: plan.includes, excludes: plan.excludes, recommended: plan.id == rec.planID)
        }
        let reason: String
        if let shopReason = rec.shopReason {
            reason = shopReason
        } else if rec.callsPerMonth > 0 && shop.plans.contains(where: { $0.support == .maintenance }) {
            reason = fill(words.reasonCalls, ["amount": money.format(rec.expectedMonthly[rec.planID]!), "calls": calls,
                                              "hours": language.hours(rec.hoursPerCall), "callCost": money.format(callCost)])
        } else {
            reason = fill(words.reasonLowest, ["amount": money.format(rec.expectedMonthly[rec.planID]!)])
        }
        var office = [language.count(client.workstationCount, priceWords.workstation, words.officeWorkstations),
                      client.serverCount == 0 ? words.noServer : language.count(client.serverCount, priceWords.server, priceWords.servers),
                      fill(words.officeVisits, ["count": String(client.visitsPerYear)]),
                      fill(words.officeCalls, ["count": String(client.callsPerMonth)]),
                      fill(words.officeTerm, ["months": String(client.termMonths ?? book.defaultTermMonths)])]
        if !client.services.isEmpty {
            office.append(fill(words.officeAskedFor, ["services": client.services.compactMap { book.addon($0.value)?.name }.joined(separator: ", ")]))
        }
        let terms = shop.page("terms")
        let breakdown = QuoteBreakdown(recommended, language: language)
        let owner = shop.business.owner
        let plan = recommended.planName
        return ProposalView(
            page: context.frame(title: fill(words.pageTitle, ["number": proposal.number, "client": client.name]),
                                path: ClientFolder.proposal(client.id), tree: .private,
                                printFooter: fill(words.printFooter, ["number": proposal.number, "fingerprint": Fingerprint.placeholder]),
                                standalone: true, language: language),
            labels: words, heading: fill(words.heading, ["client": client.name]),
            number: proposal.number, date: language.long(proposal.date), validUntil: language.long(proposal.validUntil),
            fingerprint: Fingerprint.placeholder,
            client: ClientBlock(name: client.name, contactName: client.contact.name, contactTitle: client.contact.title,
                                email: client.contact.email, phone: client.contact.phone,
                                addressLines: client.billingAddress?.lines ?? []),
            coverLetterHTML: Markdown.html(client.body),
            signerName: owner?.name, signerTitle: owner?.title, shopName: shop.business.name,
            environment: Environment(
                summaryText: office.joined(separator: " · "),
                devices: client.workstations.map { row($0, kind: words.kindWorkstations) } + client.servers.map { row($0, kind: words.kindServer) },
                notCoveredText: notCoveredText),
            options: options, recommendedName: plan, whyText: fill(words.why, ["plan": plan]), recommendedReason: reason,
            itemByItemText: fill(words.itemByItem, ["plan": plan]), whatItBuysText: fill(words.whatItBuys, ["plan": plan]),
            optionalAddonsText: fill(words.optionalAddons, ["plan": plan]),
            acceptsText: fill(words.accepts, ["client": client.name]), forClientText: fill(words.forParty, ["party": client.name]),
            forShopText: fill(words.forParty, ["party": shop.business.name]),
            withWithoutText: fill(words.withWithout, ["plan": plan, "without": money.format(recommended.monthlyTotal),
                                                      "with": money.format(proposal.monthlyTotalWithAddons)]),
            comparison: proposal.showsComparison ? summary(proposal, language) : nil,
            breakdown: breakdown.monthly, setup: breakdown.setup, firstMonth: breakdown.firstMonth,
            addonChoices: proposal.optionalAddons.map { AddonChoice(name: $0.addon.name, effect: fill(words.addonEffect, ["amount": money.format($0.monthlyEffect)])) },
            hasAddonChoices: !proposal.optionalAddons.isEmpty,
            hasTerms: terms != nil, termsTitle: terms?.title ?? "", termsHTML: terms.map { context.shared.html($0.body) } ?? "",
            planNames: shop.plans.map(\.name))
    }

    /// `Maintenance only`, `Unlimited support`
    static func support(_ support: SupportKind, _ words: ProposalLabels) -> String {
        support == .maintenance ? words.supportMaintenance : words.supportUnlimited
    }

    /// The comparison's figures for the recommended plan, and its words.
    static func summary(_ proposal: Proposal, _ language: Language) -> ComparisonSummary {
        let c = proposal.comparison
        let words = language.labels.proposal, money = language.money, fill = Placeholders.fill
        let plan = proposal.recommended.planName
        let expected = c.firstYear(), bad = c.firstYear(bad: true)
        let saving: String?
        switch c.savesIn {
        case .expected(let amount)?: saving = fill(words.savingExpected, ["plan": plan, "amount": money.format(amount)])
        case .bad(let amount)?: saving = fill(words.savingBad, ["plan": plan, "amount": money.format(amount)])
        case nil: saving = nil
        }
        let hours = c.downtimeHours
        let range = c.breakFixMonthRange
        return ComparisonSummary(
            breakFix: money.format(expected.breakFix), managed: money.format(expected.managed),
            difference: ComparisonView.difference(expected.breakFix, expected.managed, language),
            badBreakFix: money.format(bad.breakFix), badManaged: money.format(bad.managed),
            badDifference: ComparisonView.difference(bad.breakFix, bad.managed, language),
            downtime: fill(words.downtimeText, ["breakFix": String(hours.breakFix), "managed": String(hours.managed)]),
            breakFixRange: fill(words.range, ["low": money.format(range.low), "high": money.format(range.high)]),
            managedMonthly: money.format(proposal.recommended.monthlyTotal), saving: saving,
            headline: ComparisonView.verdict(c, language, plainly: proposal.comparisonPolicy == .always).headline,
            link: ClientFolder.comparisonName)
    }
}
