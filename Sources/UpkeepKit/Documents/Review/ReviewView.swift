/// Everything `templates/review.mustache` can use: a client's quarterly review. See docs/templates.md.
public struct ReviewView: PageView {
    public static let template = "review"
    public struct MonthRow: TemplateView {
        /// `July 2026`
        public var month: String
        public var incidents: Int
        public var coveredHours: String
        public var billedHours: String
        public var afterHours: Int
        public var coveredValue: String
        public var fees: String
    }
    public struct DeviceRow: TemplateView {
        /// `Workstations: Front desk PCs`
        public var kind: String
        public var count: Int
        public var purchased: Int
        /// `7 y`
        public var age: String
        /// `Age surcharge rises to $15.00 a month each`, `Becomes too old to cover`, `No change`…
        public var nextYear: String
        /// `$30.00 a month` when replacing saves a surcharge next year (nil: nothing).
        public var saving: String?
        /// True when the group passes a surcharge boundary or leaves coverage next year.
        public var attention: Bool
    }

    public var page: PageFrame
    public var labels: ReviewLabels
    public var clientName: String
    /// `July–September 2026`
    public var period: String
    /// The plan in force at the quarter's end (nil: none then).
    public var plan: String?
    public var incidents: Int
    public var hours: String
    public var afterHours: Int
    public var coveredValue: String
    public var valueSentence: String
    /// Billed work in a sentence (nil when none was billed).
    public var billedSentence: String?
    public var months: [MonthRow]
    public var total: MonthRow
    /// Hours of work each month, covered and billed, as inline SVG (`{{{chartSVG}}}`).
    public var chartSVG: String
    public var devicesIntro: String
    public var devices: [DeviceRow]
    public var roadmap: String

    static func make(_ review: QuarterlyReview, plan: String?, shop: Shop, context: RenderContext) -> ReviewView {
        let client = review.client
        let language = context.languages.of(client)
        let words = language.labels.review, money = language.money, fill = Placeholders.fill
        let quarter = review.quarter, total = review.total
        let period = fill(words.quarterName, ["from": language.monthName(quarter.months[0]), "to": language.monthName(quarter.months[2]),
                                             "year": String(quarter.year)])
        func row(_ label: String, _ w: ClientWorth) -> MonthRow {
            MonthRow(month: label, incidents: w.incidents, coveredHours: language.hours(w.coveredHours),
                     billedHours: language.hours(w.billedHours), afterHours: w.afterHours, coveredValue: money.format(w.coveredValue),
                     fees: money.format(w.fees))
        }
        let devices = review.devices.map { d in
            let next: String
            if d.outOfCoverage { next = words.outOfCoverage }
            else if d.leavesCoverageNextYear { next = words.leavesCoverage }
            else if d.passesBoundary { next = fill(words.newSurcharge, ["price": money.format(d.surchargeNextYear)]) }
            else if d.surchargeNextYear > .zero { next = fill(words.sameSurcharge, ["price": money.format(d.surchargeNextYear)]) }
            else { next = words.noChange }
            return DeviceRow(kind: (d.isServer ? words.kindServer : words.kindWorkstations) + (d.group.label.map { ": \($0)" } ?? ""),
                             count: d.group.count, purchased: d.group.purchased, age: fill(words.ageYears, ["age": String(d.age)]),
                             nextYear: next,
                             saving: d.savingPerMonth > .zero ? fill(words.perMonth, ["amount": money.format(d.savingPerMonth)]) : nil,
                             attention: d.passesBoundary || d.leavesCoverageNextYear)
        }
        let saving = review.devices.map(\.savingPerMonth).sum()
        return ReviewView(
            page: context.frame(title: fill(words.pageTitle, ["quarter": quarter.description, "client": client.name]),
                                path: ClientFolder.review(client.id, quarter), tree: .private,
                                printFooter: fill(words.printFooter, ["quarter": quarter.description, "client": client.name]),
                                language: language),
            labels: words, clientName: client.name, period: period, plan: plan,
            incidents: total.incidents, hours: language.hours(total.hours), afterHours: total.afterHours,
            coveredValue: money.format(total.coveredValue),
            valueSentence: fill(words.valueSentence, ["fees": money.format(total.fees), "value": money.format(total.coveredValue)]),
            billedSentence: total.billedWork > .zero ? fill(words.billedSentence, ["amount": money.format(total.billedWork)]) : nil,
            months: review.months.map { row(language.long($0.month), $0.worth) }, total: row(words.total, total),
            chartSVG: HoursChart(months: review.months).svg(language: language),
            devicesIntro: shop.priceBook.maxAgeYears.map { fill(words.devicesIntro, ["years": String($0)]) } ?? words.devicesIntroNoMax,
            devices: devices,
            roadmap: saving > .zero ? fill(words.roadmap, ["amount": money.format(saving)]) : words.roadmapNone)
    }
}
