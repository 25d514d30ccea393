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
    public var groups: [ClientGroup]
    public var publicSite: Link

    static func make(_ shop: Shop, summaries: [ID: StatementSummary], totals: [Month: MonthTotals], lastMonth: Month,
                     _ context: RenderContext) -> DashboardView {
        let money = context.money
        let today = context.today
        var mrr = Money.zero
        var inForce = 0
        var ending: [Ending] = []
        for contract in shop.contracts where contract.isInForce(on: today) {
            guard let client = shop.client(contract.client.value),
                  let quote = PriceEngine.quote(contract, client: client, on: today, shop: shop) else { continue }
            mrr += quote.monthlyFee
            inForce += 1
            let endsEarly = contract.end.map { $0 <= contract.termEnd } ?? false
            let last = contract.end ?? contract.termEnd
            let left = today.days(until: last)
            if (0...90).contains(left) {
                ending.append(Ending(client: client.name, plan: quote.planName, date: last.longText, daysLeft: left,
                                     what: endsEarly ? "Ends" : "End of the \(contract.termMonths)-month term; renews month to month"))
            }
        }
        var months: [MonthRow] = []
        var bars: [RevenueChart.Bar] = []
        var month = lastMonth
        for _ in 0..<12 { month = month.previous }
        for _ in 0..<12 {
            month = month.next
            let total = totals[month] ?? MonthTotals()
            let recurring = total.recurring, breakFix = total.breakFix, oneOff = total.oneOff
            let both = recurring + breakFix
            let share = both == .zero ? "–" : "\(roundedQuotient(Int128(recurring.minorUnits) * 100, Int128(both.minorUnits)))%"
            months.append(MonthRow(month: month.longText, recurring: money.format(recurring), breakFix: money.format(breakFix),
                                   oneOff: money.format(oneOff), recurringShare: share))
            bars.append(RevenueChart.Bar(label: month.abbreviation, recurring: recurring, breakFix: breakFix))
        }
        var overdue: [Overdue] = []
        for client in shop.clients {
            guard let latest = summaries[client.id]?.latest, latest.aging.total != latest.aging.current else { continue }
            let a = latest.aging
            let oldest = a.over90 > .zero ? "over 90 days" : a.days61to90 > .zero ? "61–90 days" : a.days31to60 > .zero ? "31–60 days" : "1–30 days"
            overdue.append(Overdue(client: client.name, amountDue: money.format(latest.amountDue),
                                   pastDue: money.format(a.total - a.current), oldest: oldest,
                                   statement: Link(label: latest.month.longText, href: ClientFolder.statement(client.id, latest.month))))
        }
        let titles: [(Client.Status, String)] = [(.prospect, "Prospects"), (.active, "Active clients"), (.former, "Former clients")]
        let groups = titles.compactMap { status, title -> ClientGroup? in
            let rows = shop.clients.filter { $0.status == status }.map { client in
                let summary = summaries[client.id]
                let months = summary?.months ?? []
                return ClientRow(
                    name: client.name, workstations: client.workstationCount, servers: client.serverCount,
                    plan: shop.contract(of: client.id, on: today).flatMap { shop.plan($0.terms(on: today).plan.value)?.name },
                    balance: summary?.latest.map { money.format($0.amountDue) },
                    proposal: client.status == .prospect ? Link(label: "Proposal", href: ClientFolder.proposal(client.id)) : nil,
                    comparison: shop.plans.isEmpty ? nil : Link(label: "Break/fix comparison", href: ClientFolder.comparison(client.id)),
                    statements: months.map { Link(label: "\($0.abbreviation) \($0.year)",
                                                  href: ClientFolder.statement(client.id, $0)) },
                    hasStatements: !months.isEmpty)
            }
            return rows.isEmpty ? nil : ClientGroup(title: title, clients: rows)
        }
        return DashboardView(
            page: context.frame(title: "\(shop.business.name): dashboard", path: "index.html", tree: .private),
            monthlyRecurring: money.format(mrr), annualRecurring: money.format(mrr * 12), contractsInForce: inForce,
            months: months,
            revenueChartSVG: RevenueChart(bars: bars).svg(money: money, title: "Recurring and break/fix revenue, the 12 months to \(lastMonth.longText)"),
            ending: ending.sorted { $0.daysLeft < $1.daysLeft }, hasEnding: !ending.isEmpty,
            overdue: overdue, hasOverdue: !overdue.isEmpty, groups: groups,
            publicSite: Link(label: "The public site", href: "../public/index.html"))
    }
}
