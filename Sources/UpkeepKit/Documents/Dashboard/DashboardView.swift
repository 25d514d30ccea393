/// `private/index.html`: the shop's own overview. See docs/templates.md.
public struct DashboardView: PageView {
    public static let template = "dashboard"
    public struct Link: TemplateView {
        public var label: String
        public var href: String
    }
    public struct ClientRow: TemplateView {
        public var name: String
        public var workstations: Int
        public var servers: Int
        /// The plan of the contract in force today (nil: none).
        public var plan: String?
        /// The latest statement's amount due (nil: no statement yet).
        public var balance: String?
        public var proposal: Link?
        public var comparison: Link?
        /// Every statement, oldest first, labelled by month (`Oct 2026`).
        public var statements: [Link]
        public var hasStatements: Bool
    }
    public struct ClientGroup: TemplateView {
        /// `Prospects`, `Active clients`, `Former clients`
        public var title: String
        public var clients: [ClientRow]
        /// Says that only some are listed (`limited`), when so.
        public var note: Note?
    }
    public struct MonthRow: TemplateView {
        /// `October 2026`
        public var month: String
        public var recurring: String
        public var breakFix: String
        /// Hardware and projects, not counted as either.
        public var oneOff: String
        /// Recurring as a share of recurring and break/fix: `78%`.
        public var recurringShare: String
    }
    public struct Ending: TemplateView {
        public var client: String
        public var plan: String
        /// `January 31, 2027`
        public var date: String
        public var daysLeft: Int
        /// `End of the 12-month term; renews month to month` or `Ends`
        public var what: String
    }
    public struct Overdue: TemplateView {
        public var client: String
        public var amountDue: String
        public var pastDue: String
        /// The oldest bucket with money in it: `31–60 days`.
        public var oldest: String
        public var statement: Link
    }

    public var page: PageFrame
    public var labels: DashboardLabels
    /// `As of November 29, 2026. This folder holds client data: never publish it.`
    public var asOf: String
    /// Monthly recurring revenue: the monthly fees (before tax) of the contracts in force today.
    public var monthlyRecurring: String
    /// The same × 12.
    public var annualRecurring: String
    public var contractsInForce: Int
    public var months: [MonthRow]
    /// The months as a stacked bar chart, inline SVG (`{{{revenueChartSVG}}}`).
    public var revenueChartSVG: String
    public var ending: [Ending]
    public var hasEnding: Bool
    public var overdue: [Overdue]
    public var hasOverdue: Bool
    /// Under each client table that lists only some of its rows: which (nil: all are listed).
    public var notes: Notes
    public struct Notes: TemplateView {
        public var worth: Note?
        public var proposals: Note?
        public var ending: Note?
        public var overdue: Note?
        public var upsells: Note?
    }
    public var groups: [ClientGroup]
    public var publicSite: Link
    /// `What each client is worth, the 12 months to October 2026`
    public var worthHeading: String
    /// `Your target: $95.00 an hour …` (nil without `target_hourly_rate`).
    public var worthTarget: String?
    public var worth: [WorthRow]
    public var receivables: Receivables
    public var proposals: [ProposalRow]
    public var hasProposals: Bool
    public var upsells: [UpsellRow]
    public var hasUpsells: Bool
    /// `Contracts renewing or ending in the next 180 days`
    public var endingHeading: String

    static func make(_ figures: DashboardFigures, _ books: Books, _ context: RenderContext) -> DashboardView {
        let language = context.languages.business
        let words = language.labels.dashboard, money = language.money, fill = Placeholders.fill
        let shop = books.shop
        let summaries = figures.summaries
        let (endingShown, endingNote) = limited(figures.ending, words, language)
        let ending = endingShown.map { entry in
            Ending(client: entry.client.name, plan: entry.planName, date: language.long(entry.lastDay), daysLeft: entry.daysLeft,
                   what: entry.endsEarly ? words.ends : fill(words.termEnds, ["months": String(entry.termMonths)]))
        }
        let months = figures.months.map { row in
            MonthRow(month: language.long(row.month), recurring: money.format(row.totals.recurring), breakFix: money.format(row.totals.breakFix),
                     oneOff: money.format(row.totals.oneOff),
                     recurringShare: row.recurringPercent.map { language.percent(Ratio(perMillion: Int($0) * 10_000)) } ?? "–")
        }
        let bars = figures.months.map {
            RevenueChart.Bar(label: language.abbreviation($0.month), recurring: $0.totals.recurring, breakFix: $0.totals.breakFix)
        }
        let pastDue = clients(shop, summaries) { _, summary in summary.latest.flatMap { $0.aging.total != $0.aging.current ? $0 : nil } }
        let (overdueShown, overdueNote) = limited(pastDue, largest: { $0.part.aging.total - $0.part.aging.current }, words, language)
        var overdue: [Overdue] = []
        for (index, latest) in overdueShown {
            let client = shop.clients[index], a = latest.aging
            let oldest = a.over90 > .zero ? words.over90 : a.days61to90 > .zero ? words.days61to90 : a.days31to60 > .zero ? words.days31to60 : words.days1to30
            overdue.append(Overdue(client: client.name, amountDue: money.format(latest.amountDue),
                                   pastDue: money.format(a.total - a.current), oldest: oldest,
                                   statement: Link(label: language.long(latest.month), href: ClientFolder.statement(client.id, latest.month))))
        }
        let titles: [(Client.Status, String)] = [(.prospect, words.prospects), (.active, words.activeClients), (.former, words.formerClients)]
        let groups = titles.compactMap { status, title -> ClientGroup? in
            // By their place in shop.clients, not copied (see `clients`).
            let (clients, note) = limited(shop.clients.indices.filter { shop.clients[$0].status == status }, words, language)
            let rows = clients.map { index in
                let client = shop.clients[index]
                let summary = summaries[client.id]
                let months = summary?.months ?? []
                return ClientRow(
                    name: client.name, workstations: client.workstationCount, servers: client.serverCount,
                    plan: summary?.planToday,
                    balance: summary?.latest.map { money.format($0.amountDue) },
                    proposal: client.status == .prospect ? Link(label: words.proposal, href: ClientFolder.proposal(client.id)) : nil,
                    comparison: shop.plans.isEmpty ? nil : Link(label: words.comparison, href: ClientFolder.comparison(client.id)),
                    statements: months.map { Link(label: language.short($0), href: ClientFolder.statement(client.id, $0)) },
                    hasStatements: !months.isEmpty)
            }
            return rows.isEmpty ? nil : ClientGroup(title: title, clients: rows, note: note)
        }
        let worth = Self.worth(figures, shop, language)
        return DashboardView(
            page: context.frame(title: fill(words.pageTitle, ["shop": shop.business.name]), path: "index.html", tree: .private, wide: true),
            labels: words, asOf: fill(words.asOf, ["date": language.long(context.today)]),
            monthlyRecurring: money.format(figures.monthlyRecurring), annualRecurring: money.format(figures.monthlyRecurring * 12),
            contractsInForce: figures.contractsInForce,
            months: months,
            revenueChartSVG: RevenueChart(bars: bars).svg(language: language, title: fill(words.chartTitle, ["month": language.long(figures.lastMonth)])),
            ending: ending, hasEnding: !ending.isEmpty,
            overdue: overdue, hasOverdue: !overdue.isEmpty,
            notes: Notes(worth: worth.notes.worth, proposals: worth.notes.proposals, ending: endingNote, overdue: overdueNote,
                         upsells: worth.notes.upsells),
            groups: groups,
            publicSite: Link(label: words.publicSite, href: "../public/index.html"),
            worthHeading: fill(words.worthHeading, ["month": language.long(figures.lastMonth)]),
            worthTarget: shop.business.targetHourlyRate.map { fill(words.worthTarget, ["rate": money.format($0)]) },
            worth: worth.rows, receivables: worth.receivables, proposals: worth.proposals, hasProposals: !worth.proposals.isEmpty,
            upsells: worth.upsells, hasUpsells: !worth.upsells.isEmpty,
            endingHeading: fill(words.endingHeading, ["days": String(DashboardFigures.renewalDays)]))
    }
}
