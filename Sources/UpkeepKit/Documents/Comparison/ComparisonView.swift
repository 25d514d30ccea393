/// Everything `templates/comparison.mustache` can use. See docs/templates.md.
public struct ComparisonView: PageView {
    public static let template = "comparison"
    public struct Row: TemplateView {
        public var text: String
        public var amount: String
    }
    public struct Total: TemplateView {
        /// `12 months`
        public var period: String
        public var breakFix: String
        public var managed: String
        /// `Managed saves $1,234.56` or `Managed costs $1,234.56 more`
        public var difference: String
    }
    public struct Assumption: TemplateView {
        public var name: String
        public var value: String
        /// `your last 12 months` or `assumption`
        public var source: String
    }
    public struct Month: TemplateView {
        public var month: Int
        public var breakFix: String
        public var managed: String
    }

    public var page: PageFrame
    /// The client's name, or the example office's.
    public var subject: String
    /// True on the public sheet (no client data).
    public var isPublic: Bool
    public var planName: String
    public var planSupport: String
    /// The honest one-line verdict over 36 months, whichever way it goes.
    public var headline: String
    public var totals: [Total]
    /// `Managed services pay for themselves in month 7.`, or that they do not within ten years.
    public var breakEven: String
    public var usesHistory: Bool
    /// `From 14 work entries of the last 12 months.` (when `usesHistory`)
    public var historyNote: String?
    public var assumptions: [Assumption]
    public var breakFix: [Row]
    public var breakFixYearly: String
    public var managed: [Row]
    public var managedYearly: String
    public var onboarding: String
    /// The 12 months of a typical year, break/fix lumpy, managed flat after onboarding.
    public var months: [Month]
    public var typicalYearIncidents: Int
    public var quietYear: String
    public var typicalYear: String
    public var badYear: String
    public var managedQuietYear: String
    public var managedBadYear: String
    /// The cumulative-cost chart, inline SVG (insert with `{{{chartSVG}}}`).
    public var chartSVG: String
    public var narrativeHTML: String

    /// The totals over 12, 24 and 36 months, the 36-month verdict and the break-even sentence:
    /// what the sheet opens with and what a proposal's summary quotes.
    /// `plainly`: the owner's `proposal_comparison` is `always`, so a verdict against managed
    /// services says so; otherwise it gives the same figures without arguing against the offer.
    static func verdict(_ c: Comparison, _ money: MoneyFormat, plainly: Bool) -> (totals: [Total], headline: String, breakEven: String) {
        let totals = [12, 24, 36].map { months in
            let bf = c.breakFixTotal(months: months), managed = c.managedTotal(months: months)
            let difference = managed <= bf ? "Managed saves \(money.format(bf - managed))" : "Managed costs \(money.format(managed - bf)) more"
            return Total(period: "\(months) months", breakFix: money.format(bf), managed: money.format(managed), difference: difference)
        }
        let bf36 = c.breakFixTotal(months: 36), managed36 = c.managedTotal(months: 36)
        let headline: String
        if managed36 <= bf36 {
            headline = "Over three years, \(c.quote.planName) would cost about \(money.format(bf36 - managed36)) less than paying for repairs as things break, and the same every month."
        } else if plainly {
            headline = "Over three years, \(c.quote.planName) would cost about \(money.format(managed36 - bf36)) more than paying for repairs as things break. What the difference buys is a fixed monthly bill and fewer interruptions, not a saving."
        } else {
            headline = "Over three years, \(c.quote.planName) would cost \(money.format(managed36)) against an expected \(money.format(bf36)) for repairs as things break; in return the monthly fee is fixed, and fewer things break."
        }
        let breakEven: String
        switch c.breakEvenMonth {
        case 1?: breakEven = "Managed services cost less from the first month."
        case let month? where month <= 36: breakEven = "Managed services have paid for their onboarding and cost less in total from month \(month) on."
        case let month?: breakEven = "Managed services would cost less in total only after \(month) months."
        case nil: breakEven = "At these figures managed services never cost less in total than break/fix."
        }
        return (totals, headline, breakEven)
    }

    static func historyNote(_ basis: IncidentBasis, _ settings: ComparisonSettings) -> String? {
        guard basis.fromHistory else { return nil }
        let n = basis.historyEntries, k = basis.entriesUnderContract
        let period = basis.historyDays >= 365 ? "the last 12 months" : "the last \(basis.historyDays) days (all the ledger has)"
        var note = "Incidents, hours, on-site and after-hours shares come from your \(n) work entr\(n == 1 ? "y" : "ies") of \(period); the other figures are assumptions."
        var count = "\(n)"
        if k > 0 {
            note += " \(k) of them came while our contract was already preventing \(settings.preventedShare.percentText) of incidents, so without it they count as \(k) ÷ (1 − \(settings.preventedShare.percentText))."
            count = k == n ? "\(k) ÷ (1 − \(settings.preventedShare.percentText))" : "\(n - k) + \(k) ÷ (1 − \(settings.preventedShare.percentText))"
        }
        if basis.historyDays < 365 {
            note += " Incidents a year: \(count) × 365 ÷ \(basis.historyDays) = \(basis.incidentsPerYear.text)."
        } else if k > 0 {
            note += " Incidents a year: \(count) = \(basis.incidentsPerYear.text)."
        }
        return note
    }

    /// `policy`: the `proposal_comparison` that applies (the client's, else the business's),
    /// which decides how a verdict against managed services is worded.
    public static func make(_ c: Comparison, subject: String, path: String, tree: Tree, policy: ComparisonPolicy, shop: Shop,
                            context: RenderContext) -> ComparisonView {
        let money = context.money
        let settings = shop.comparison
        let rows = { (lines: [CostLine]) in lines.map { Row(text: $0.text(money), amount: money.format($0.amount)) } }
        let (totals, headline, breakEven) = verdict(c, money, plainly: policy == .always)
        let basis = c.basis
        let source = basis.fromHistory ? "your last 12 months" : "assumption"
        var assumptions: [Assumption] = []
        if basis.fromHistory {
            assumptions.append(Assumption(name: "Incidents a year", value: basis.incidentsPerYear.text, source: source))
        } else {
            for bracket in basis.brackets {
                let ages = bracket.toYears.map { "\(bracket.fromYears)–\($0) years old" } ?? "\(bracket.fromYears) years and older"
                assumptions.append(Assumption(name: "Incidents a year per device \(ages)",
                                              value: "\(bracket.rate.text) × \(bracket.devices) device\(bracket.devices == 1 ? "" : "s")",
                                              source: "assumption"))
            }
            assumptions.append(Assumption(name: "Incidents a year", value: basis.incidentsPerYear.text, source: "assumption"))
        }
        let rates = shop.business.rates
        assumptions += [
            Assumption(name: "Hours per incident", value: basis.hoursPerIncident.text, source: source),
            Assumption(name: "Share fixed on site", value: basis.onsiteShare.percentText, source: source),
            Assumption(name: "Share after hours", value: basis.afterHoursShare.percentText, source: source),
            Assumption(name: "Remote rate / on-site rate / trip fee", value: "\(money.format(rates.remoteHourly)) / \(money.format(rates.onsiteHourly)) / \(money.format(rates.tripFee))", source: "our rates"),
            Assumption(name: "After-hours multiplier", value: rates.afterHoursMultiplier.multiplierText, source: "our rates"),
            Assumption(name: "Downtime per incident", value: "\(settings.staffAffected.text) staff × \(settings.hoursDown.text) h × \(money.format(settings.staffHourCost)) a staff hour", source: "assumption"),
            Assumption(name: "Incidents managed services prevent", value: settings.preventedShare.percentText, source: "assumption"),
            Assumption(name: "A quiet year / a bad year", value: "\(settings.quietYear.percentText) / \(settings.badYear.percentText) of the expected incidents", source: "assumption"),
        ]
        var months: [Month] = []
        for month in 1...12 {
            months.append(Month(month: month, breakFix: money.format(c.typicalYearMonths[month - 1]),
                                managed: money.format(c.managedTotal(months: month) - c.managedTotal(months: month - 1))))
        }
        let chart = CostChart(months: 36, series: [
            .init(label: "Managed: \(c.quote.planName)", values: (0...36).map { c.managedTotal(months: $0) }, style: "solid"),
            .init(label: "Break/fix, bad year", values: (0...36).map { c.breakFixTotal(months: $0, year: c.badYear) }, style: "dotted"),
            .init(label: "Break/fix, expected", values: (0...36).map { c.breakFixTotal(months: $0) }, style: "dashed"),
            .init(label: "Break/fix, quiet year", values: (0...36).map { c.breakFixTotal(months: $0, year: c.quietYear) }, style: "dotted"),
        ])
        return ComparisonView(
            page: context.frame(title: "Break/fix or managed services: \(subject)", path: path, tree: tree,
                                description: "What computer support costs \(subject) a year: paying as things break, or a fixed monthly fee."),
            subject: subject, isPublic: tree == .public, planName: c.quote.planName, planSupport: c.quote.support.label,
            headline: headline, totals: totals, breakEven: breakEven, usesHistory: basis.fromHistory,
            historyNote: historyNote(basis, settings),
            assumptions: assumptions, breakFix: rows(c.breakFix), breakFixYearly: money.format(c.breakFixYearly),
            managed: rows(c.managed), managedYearly: money.format(c.managedYearly), onboarding: money.format(c.onboarding),
            months: months, typicalYearIncidents: c.typicalYearIncidents,
            quietYear: money.format(c.breakFixTotal(months: 12, year: c.quietYear)),
            typicalYear: money.format(c.breakFixYearly),
            badYear: money.format(c.breakFixTotal(months: 12, year: c.badYear)),
            managedQuietYear: money.format(c.managedTotal(months: 12, year: c.quietYear) - c.onboarding),
            managedBadYear: money.format(c.managedTotal(months: 12, year: c.badYear) - c.onboarding),
            chartSVG: chart.svg(money: money, title: "Total cost over 36 months, break/fix against \(c.quote.planName)"),
            narrativeHTML: context.shared.html(settings.narrative))
    }
}
