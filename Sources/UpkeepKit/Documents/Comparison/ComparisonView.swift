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
    public var labels: ComparisonLabels
    /// `Harbor Dental: paying for repairs as things break, against Business (Unlimited support). …`
    public var lead: String
    /// `Managed: Business`
    public var managedPlanText: String
    /// The paragraph over the table of a year month by month.
    public var monthByMonthText: String
    /// The client's name, or the example office's.
    public var subject: String
    /// True on the public sheet (no client data).
    public var isPublic: Bool
    /// The public site's header and call to action (nil on a client's sheet).
    public var site: SiteFrame?
    public var planName: String
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
    /// The cumulative-cost chart, inline SVG (insert with `{{{chartSVG}}}`).
    public var chartSVG: String
    public var narrativeHTML: String

    /// The totals over 12, 24 and 36 months, the 36-month verdict and the break-even sentence:
    /// what the sheet opens with and what a proposal's summary quotes.
    /// `plainly`: the owner's `proposal_comparison` is `always`, so a verdict against managed
    /// services says so; otherwise it gives the same figures without arguing against the offer.
    static func verdict(_ c: Comparison, _ language: Language, plainly: Bool) -> (totals: [Total], headline: String, breakEven: String) {
        let words = language.labels.comparison, money = language.money, fill = Placeholders.fill
        let totals = [12, 24, 36].map { months in
            let bf = c.breakFixTotal(months: months), managed = c.managedTotal(months: months)
            return Total(period: fill(words.months, ["months": String(months)]), breakFix: money.format(bf), managed: money.format(managed),
                         difference: difference(bf, managed, language))
        }
        let bf36 = c.breakFixTotal(months: 36), managed36 = c.managedTotal(months: 36)
        let plan = c.quote.planName
        let headline: String
        if managed36 <= bf36 {
            headline = fill(words.headlineSaves, ["plan": plan, "amount": money.format(bf36 - managed36)])
        } else if plainly {
            headline = fill(words.headlinePlainly, ["plan": plan, "amount": money.format(managed36 - bf36)])
        } else {
            headline = fill(words.headlineFixed, ["plan": plan, "managed": money.format(managed36), "breakFix": money.format(bf36)])
        }
        let breakEven: String
        switch c.breakEvenMonth {
        case 1?: breakEven = words.breakEvenFirst
        case let month? where month <= 36: breakEven = fill(words.breakEvenMonth, ["month": String(month)])
        case let month?: breakEven = fill(words.breakEvenLater, ["months": String(month)])
        case nil: breakEven = words.breakEvenNever
        }
        return (totals, headline, breakEven)
    }

    /// `Managed saves $1,234.56` or `Managed costs $1,234.56 more`
    static func difference(_ breakFix: Money, _ managed: Money, _ language: Language) -> String {
        let words = language.labels.comparison, money = language.money
        return managed <= breakFix ? Placeholders.fill(words.managedSaves, ["amount": money.format(breakFix - managed)])
            : Placeholders.fill(words.managedCostsMore, ["amount": money.format(managed - breakFix)])
    }

    static func historyNote(_ basis: IncidentBasis, _ settings: ComparisonSettings, _ language: Language) -> String? {
        guard basis.fromHistory else { return nil }
        let words = language.labels.comparison, fill = Placeholders.fill
        let n = basis.historyEntries, k = basis.entriesUnderContract
        let period = basis.historyDays >= 365 ? words.last12Months : fill(words.lastDays, ["days": String(basis.historyDays)])
        var note = fill(words.historyFrom, ["entries": language.count(n, words.workEntry, words.workEntries), "period": period])
        let share = language.percent(settings.preventedShare)
        var count = "\(n)"
        if k > 0 {
            note += " " + fill(words.underContract, ["count": String(k), "share": share])
            count = k == n ? "\(k) ÷ (1 − \(share))" : "\(n - k) + \(k) ÷ (1 − \(share))"
        }
        let result = language.decimal(basis.incidentsPerYear.hundredths, fractionDigits: 2)
        if basis.historyDays < 365 {
            note += " " + fill(words.incidentsScaled, ["count": count, "days": String(basis.historyDays), "result": result])
        } else if k > 0 {
            note += " " + fill(words.incidentsCounted, ["count": count, "result": result])
        }
        return note
    }

    /// `policy`: the `proposal_comparison` that applies (the client's, else the business's),
    /// which decides how a verdict against managed services is worded; `language`: the
    /// client's (the business's on the public sheet).
    public static func make(_ c: Comparison, subject: String, path: String, tree: Tree, policy: ComparisonPolicy, shop: Shop,
                            context: RenderContext, language: Language) -> ComparisonView {
        let words = language.labels.comparison, money = language.money, fill = Placeholders.fill
        let number = { (q: Quantity) in language.decimal(q.hundredths, fractionDigits: 2) }
        let settings = shop.comparison
        let rows = { (lines: [CostLine]) in lines.map { Row(text: language.text($0), amount: money.format($0.amount)) } }
        let (totals, headline, breakEven) = verdict(c, language, plainly: policy == .always)
        let basis = c.basis
        let source = basis.fromHistory ? words.sourceHistory : words.sourceAssumption
        var assumptions: [Assumption] = []
        if basis.fromHistory {
            assumptions.append(Assumption(name: words.incidentsAYear, value: number(basis.incidentsPerYear), source: source))
        } else {
            let priceWords = language.labels.priceLines
            for bracket in basis.brackets {
                let name = bracket.toYears.map { fill(words.incidentsPerDeviceAged, ["from": String(bracket.fromYears), "to": String($0)]) }
                    ?? fill(words.incidentsPerDeviceOlder, ["from": String(bracket.fromYears)])
                assumptions.append(Assumption(name: name, value: fill(words.perDevice, ["rate": number(bracket.rate),
                                                                                      "devices": language.count(bracket.devices, priceWords.device, priceWords.devices)]),
                                              source: words.sourceAssumption))
            }
            assumptions.append(Assumption(name: words.incidentsAYear, value: number(basis.incidentsPerYear), source: words.sourceAssumption))
        }
        let rates = shop.business.rates
        assumptions += [
            Assumption(name: words.hoursPerIncident, value: language.hours(basis.hoursPerIncident), source: source),
            Assumption(name: words.shareOnsite, value: language.percent(basis.onsiteShare), source: source),
            Assumption(name: words.shareAfterHours, value: language.percent(basis.afterHoursShare), source: source),
            Assumption(name: words.ratesName, value: "\(money.format(rates.remoteHourly)) / \(money.format(rates.onsiteHourly)) / \(money.format(rates.tripFee))", source: words.sourceRates),
            Assumption(name: words.afterHoursMultiplier, value: "×" + language.multiplier(rates.afterHoursMultiplier), source: words.sourceRates),
            Assumption(name: words.downtimePerIncident, value: fill(words.downtimeValue, ["staff": number(settings.staffAffected), "hours": language.hours(settings.hoursDown),
                                                                                         "cost": money.format(settings.staffHourCost)]), source: words.sourceAssumption),
            Assumption(name: words.prevented, value: language.percent(settings.preventedShare), source: words.sourceAssumption),
            Assumption(name: words.quietBad, value: fill(words.quietBadValue, ["quiet": language.percent(settings.quietYear), "bad": language.percent(settings.badYear)]),
                       source: words.sourceAssumption),
        ]
        var months: [Month] = []
        for month in 1...12 {
            months.append(Month(month: month, breakFix: money.format(c.typicalYearMonths[month - 1]),
                                managed: money.format(c.managedTotal(months: month) - c.managedTotal(months: month - 1))))
        }
        let plan = c.quote.planName
        let chart = CostChart(months: 36, series: [
            .init(label: fill(words.seriesManaged, ["plan": plan]), values: (0...36).map { c.managedTotal(months: $0) }, style: "solid"),
            .init(label: words.seriesBad, values: (0...36).map { c.breakFixTotal(months: $0, year: c.badYear) }, style: "dotted"),
            .init(label: words.seriesExpected, values: (0...36).map { c.breakFixTotal(months: $0) }, style: "dashed"),
            .init(label: words.seriesQuiet, values: (0...36).map { c.breakFixTotal(months: $0, year: c.quietYear) }, style: "dotted"),
        ])
        let support = ProposalView.support(c.quote.support, language.labels.proposal)
        let frame = context.frame(title: fill(words.pageTitle, ["subject": subject]), path: path, tree: tree,
                                  description: fill(words.description, ["subject": subject]), language: language)
        return ComparisonView(
            page: frame,
            labels: words, lead: fill(words.lead, ["subject": subject, "plan": plan, "support": support]),
            managedPlanText: fill(words.managedPlan, ["plan": plan]),
            monthByMonthText: fill(words.monthByMonthText, [
                "incidents": String(c.typicalYearIncidents), "quiet": money.format(c.breakFixTotal(months: 12, year: c.quietYear)),
                "typical": money.format(c.breakFixYearly), "bad": money.format(c.breakFixTotal(months: 12, year: c.badYear)), "plan": plan,
                "managedQuiet": money.format(c.managedTotal(months: 12, year: c.quietYear) - c.onboarding),
                "managedBad": money.format(c.managedTotal(months: 12, year: c.badYear) - c.onboarding)]),
            subject: subject, isPublic: tree == .public,
            site: tree == .public ? SiteFrame(shop, frame: frame, context: context, home: frame.homeHref) : nil, planName: plan,
            headline: headline, totals: totals, breakEven: breakEven, usesHistory: basis.fromHistory,
            historyNote: historyNote(basis, settings, language),
            assumptions: assumptions, breakFix: rows(c.breakFix), breakFixYearly: money.format(c.breakFixYearly),
            managed: rows(c.managed), managedYearly: money.format(c.managedYearly), onboarding: money.format(c.onboarding),
            months: months,
            chartSVG: chart.svg(language: language, title: fill(words.chartTitle, ["plan": plan])),
            narrativeHTML: context.shared.html(settings.narrative))
    }
}
