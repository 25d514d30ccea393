/// The dashboard's figures, from the books and every client's summary.
public struct DashboardFigures: Sendable {
    /// The contracts in force today: their monthly fees before tax, and how many.
    public var monthlyRecurring: Money
    public var contractsInForce: Int
    /// Contracts whose term or contract ends in the next 180 days, soonest first.
    public var ending: [Ending]
    /// The 12 months to the last statement month, oldest first.
    public var months: [MonthFigures]
    public var lastMonth: Month
    public var summaries: [ID: ClientSummary]
    /// What clients owe, as their latest statements age it (balances in credit left out).
    public var receivables = Aging()

    public struct Ending: Sendable {
        public var client: Client
        public var planName: String
        public var lastDay: Day
        public var daysLeft: Int
        /// True when the contract ends before its term does (`end:`); false at the end of the term.
        public var endsEarly: Bool
        public var termMonths: Int
    }

    public struct MonthFigures: Sendable {
        public var month: Month
        public var totals: MonthTotals
        /// Contract fees as a whole percentage of fees and billed work (nil when both are zero).
        public var recurringPercent: Int128?
    }

    /// `totals`: what every client's statements billed, by month.
    public init(_ books: Books, summaries: [ID: ClientSummary], totals: [Month: MonthTotals]) {
        let today = books.today
        monthlyRecurring = books.inForce.map(\.quote.monthlyFee).sum()
        contractsInForce = books.inForce.count
        var ending: [Ending] = []
        for entry in books.inForce {
            let contract = entry.contract
            let last = contract.end ?? contract.termEnd
            let left = today.days(until: last)
            guard (0...DashboardFigures.renewalDays).contains(left) else { continue }
            ending.append(Ending(client: entry.client, planName: entry.quote.planName, lastDay: last, daysLeft: left,
                                 endsEarly: contract.end.map { $0 <= contract.termEnd } ?? false, termMonths: contract.termMonths))
        }
        self.ending = ending.sorted { $0.daysLeft < $1.daysLeft }
        var months: [MonthFigures] = []
        var month = books.dashboardMonths.lowerBound
        while month <= books.dashboardMonths.upperBound {
            defer { month = month.next }
            let total = totals[month] ?? MonthTotals()
            let both = total.recurring + total.breakFix
            months.append(MonthFigures(month: month, totals: total,
                                       recurringPercent: both == .zero ? nil : roundedQuotient(total.recurring.minorUnits * 100, both.minorUnits)))
        }
        self.months = months
        lastMonth = books.lastStatementMonth
        self.summaries = summaries
        for summary in summaries.values {
            guard let latest = summary.latest, latest.amountDue > .zero else { continue }
            receivables.current += latest.aging.current
            receivables.days1to30 += latest.aging.days1to30
            receivables.days31to60 += latest.aging.days31to60
            receivables.days61to90 += latest.aging.days61to90
            receivables.over90 += latest.aging.over90
        }
    }

    /// How far ahead the dashboard looks for contracts that renew or end.
    public static let renewalDays = 180
}
