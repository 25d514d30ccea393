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
        public var age: Int
        /// How the price book treats the group: `Covered`, `Age surcharge $8.00 a month each`,
        /// `Not covered: older than 10 years`.
        public var note: String
        public var covered: Bool
    }

    public struct Environment: TemplateView {
        public var workstations: Int
        public var servers: Int
        /// `1 server` or `No server`
        public var serverText: String
        public var devices: [DeviceRow]
        /// Names of the add-ons the client asked for, joined: `Cloud backup, E-mail security` (nil if none).
        public var servicesText: String?
        public var visitsPerYear: Int
        public var callsPerMonth: Int
        public var termMonths: Int
        /// `1 workstation bought in 2014 is older than 10 years and cannot be covered.` (or nil)
        public var notCoveredText: String?
    }

    public struct Option: TemplateView {
        public var planID: String
        public var name: String
        public var summary: String
        public var support: String
        public var responseTime: String
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
    public var recommendedReason: String
    public var comparison: ComparisonSummary?
    /// The recommended plan's monthly fee, line by line, with its tax.
    public var breakdown: [QuoteBreakdown.Row]
    /// Its one-time onboarding, apart.
    public var setup: [QuoteBreakdown.Row]
    /// The first month: monthly total and onboarding.
    public var firstMonth: QuoteBreakdown.Row
    public var addonChoices: [AddonChoice]
    public var hasAddonChoices: Bool
    /// The recommended plan's monthly total, without and with every optional add-on.
    public var monthlyWithout: String
    public var monthlyWith: String
    public var hasTerms: Bool
    public var termsTitle: String
    public var termsHTML: String
    /// Plan names, for the acceptance block's check boxes.
    public var planNames: [String]

    static func make(_ proposal: Proposal, _ shop: Shop, _ context: RenderContext) -> ProposalView {
        let money = context.money
        let client = proposal.client
        let recommended = proposal.recommended
        let book = shop.priceBook

        let brackets = book.ageSurcharges.sorted { $0.olderThanYears > $1.olderThanYears }
        func row(_ group: DeviceGroup, kind: String) -> DeviceRow {
            let age = group.age(in: proposal.date.year)
            var note = "Covered"
            var covered = true
            if let max = book.maxAgeYears, age > max {
                note = "Not covered: older than \(max) years"
                covered = false
            } else if let bracket = brackets.first(where: { age > $0.olderThanYears }), bracket.perDevice > .zero {
                note = "Age surcharge \(money.format(bracket.perDevice)) a month each"
            }
            return DeviceRow(kind: kind, label: group.label, count: group.count, purchased: group.purchased, age: age,
                             note: note, covered: covered)
        }
        let notCovered = recommended.notCoveredWorkstations.map { ($0, "workstation") } + recommended.notCoveredServers.map { ($0, "server") }
        var notCoveredText: String?
        if !notCovered.isEmpty {
            let list = notCovered.map { group, kind in
                "\(group.count) \(kind)\(group.count == 1 ? "" : "s") bought in \(group.purchased)"
            }.joined(separator: " and ")
            let (verb, pronoun) = notCovered.reduce(0, { $0 + $1.0.count }) == 1 ? ("is", "it") : ("are", "them")
            notCoveredText = "\(list) \(verb) older than \(book.maxAgeYears ?? 0) years and cannot be covered; we recommend replacing \(pronoun). Until then, work on \(pronoun) is billed at our hourly rates."
        }

        let rec = proposal.recommendation
        let callCost = rec.hoursPerCall.cost(at: shop.business.rates.remoteHourly)
        let options = zip(shop.plans, proposal.quotes).map { plan, quote in
            Option(planID: plan.id.rawValue, name: plan.name, summary: plan.summary, support: plan.support.label,
                   responseTime: plan.responseTime, monthlyTotal: money.format(quote.monthlyTotal),
                   onboardingTotal: money.format(quote.onboardingTotal), firstMonthTotal: money.format(quote.firstMonthTotal),
                   expectedMonthly: money.format(rec.expectedMonthly[plan.id] ?? quote.monthlyTotal),
                   expectedNote: plan.support == .maintenance && rec.callsPerMonth > 0
                       ? "including about \(rec.callsPerMonth) call\(rec.callsPerMonth == 1 ? "" : "s") a month × \(rec.hoursPerCall.text) h × \(money.format(shop.business.rates.remoteHourly)) billed by the hour"
                       : nil,
                   includes: plan.includes, excludes: plan.excludes, recommended: plan.id == rec.planID)
        }
        let reason: String
        if let shopReason = rec.shopReason {
            reason = shopReason
        } else if rec.callsPerMonth > 0 && shop.plans.contains(where: { $0.support == .maintenance }) {
            reason = "It has the lowest expected monthly cost for your office, \(money.format(rec.expectedMonthly[rec.planID]!)), counting about \(rec.callsPerMonth) support call\(rec.callsPerMonth == 1 ? "" : "s") a month at \(rec.hoursPerCall.text) h each (\(money.format(callCost)) a call), which maintenance-only plans bill by the hour."
        } else {
            reason = "It has the lowest monthly cost for your office, \(money.format(rec.expectedMonthly[rec.planID]!))."
        }
        let terms = shop.page("terms")
        let breakdown = QuoteBreakdown(recommended, money: money)
        let owner = shop.business.owner
        return ProposalView(
            page: context.frame(title: "Proposal \(proposal.number) for \(client.name)", path: ClientFolder.proposal(client.id), tree: .private,
                                printFooter: "Proposal \(proposal.number) · fingerprint \(Fingerprint.placeholder)", standalone: true),
            number: proposal.number, date: proposal.date.longText, validUntil: proposal.validUntil.longText,
            fingerprint: Fingerprint.placeholder,
            client: ClientBlock(name: client.name, contactName: client.contact.name, contactTitle: client.contact.title,
                                email: client.contact.email, phone: client.contact.phone,
                                addressLines: client.billingAddress?.lines ?? []),
            coverLetterHTML: Markdown.html(client.body),
            signerName: owner?.name, signerTitle: owner?.title, shopName: shop.business.name,
            environment: Environment(
                workstations: client.workstationCount, servers: client.serverCount,
                serverText: client.serverCount == 0 ? "No server" : "\(client.serverCount) server\(client.serverCount == 1 ? "" : "s")",
                devices: client.workstations.map { row($0, kind: "Workstations") } + client.servers.map { row($0, kind: "Server") },
                servicesText: client.services.isEmpty ? nil : client.services.compactMap { book.addon($0.value)?.name }.joined(separator: ", "),
                visitsPerYear: client.visitsPerYear,
                callsPerMonth: client.callsPerMonth, termMonths: client.termMonths ?? book.defaultTermMonths,
                notCoveredText: notCoveredText),
            options: options, recommendedName: recommended.planName, recommendedReason: reason,
            comparison: proposal.showsComparison ? summary(proposal, money) : nil,
            breakdown: breakdown.monthly, setup: breakdown.setup, firstMonth: breakdown.firstMonth,
            addonChoices: proposal.optionalAddons.map { AddonChoice(name: $0.addon.name, effect: "+" + money.format($0.monthlyEffect) + " a month") },
            hasAddonChoices: !proposal.optionalAddons.isEmpty,
            monthlyWithout: money.format(recommended.monthlyTotal), monthlyWith: money.format(proposal.monthlyTotalWithAddons),
            hasTerms: terms != nil, termsTitle: terms?.title ?? "", termsHTML: terms.map { context.shared.html($0.body) } ?? "",
            planNames: shop.plans.map(\.name))
    }

    /// The comparison's figures for the recommended plan, and its words.
    static func summary(_ proposal: Proposal, _ money: MoneyFormat) -> ComparisonSummary {
        let c = proposal.comparison
        let plan = proposal.recommended.planName
        func difference(_ year: (breakFix: Money, managed: Money)) -> String {
            year.managed <= year.breakFix ? "Managed saves \(money.format(year.breakFix - year.managed))"
                : "Managed costs \(money.format(year.managed - year.breakFix)) more"
        }
        let expected = c.firstYear(), bad = c.firstYear(bad: true)
        let saving: String?
        switch c.savesIn {
        case .expected(let amount)?: saving = "In an expected first year, \(plan) costs \(money.format(amount)) less than paying for repairs as things break."
        case .bad(let amount)?: saving = "In a bad year, \(plan) costs \(money.format(amount)) less than paying for repairs as things break, and the fee stays the same."
        case nil: saving = nil
        }
        let hours = c.downtimeHours
        let range = c.breakFixMonthRange
        return ComparisonSummary(
            breakFix: money.format(expected.breakFix), managed: money.format(expected.managed), difference: difference(expected),
            badBreakFix: money.format(bad.breakFix), badManaged: money.format(bad.managed), badDifference: difference(bad),
            downtime: "about \(hours.breakFix) staff hours a year, against \(hours.managed)",
            breakFixRange: "\(money.format(range.low)) to \(money.format(range.high))",
            managedMonthly: money.format(proposal.recommended.monthlyTotal), saving: saving,
            headline: ComparisonView.verdict(c, money, plainly: proposal.comparisonPolicy == .always).headline,
            link: ClientFolder.comparisonName)
    }
}
