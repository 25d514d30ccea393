/// A client's quarter, for the review written for it: the work month by month, what the covered
/// work would have cost at the hourly rates against the fees, and where its computers are heading.
/// Figures before tax. Pure.
public struct QuarterlyReview: Sendable {
    public struct MonthFigures: Sendable, Equatable {
        public var month: Month
        /// Work entries: each is an incident the shop handled.
        public var incidents = 0
        public var coveredHours = Hours(hundredths: 0)
        public var billedHours = Hours(hundredths: 0)
        /// Entries worked outside business hours.
        public var afterHours = 0
        /// The covered work at the hourly rates, trip fees included.
        public var coveredValue = Money.zero
        /// Contract fees and onboarding billed.
        public var fees = Money.zero
        /// Billable work billed.
        public var billedWork = Money.zero
    }

    /// A group of the client's computers and where it stands next year.
    public struct DeviceOutlook: Sendable {
        public var group: DeviceGroup
        public var isServer: Bool
        /// Years old in the quarter's year, and in the next.
        public var age: Int
        /// The age surcharge each device pays a month now and next year (zero: none).
        public var surchargeNow: Money
        public var surchargeNextYear: Money
        /// Too old to cover next year (`max_age_years`), or already.
        public var leavesCoverageNextYear: Bool
        public var outOfCoverage: Bool
        /// What replacing the group saves a month next year: the surcharges it would pay.
        public var savingPerMonth: Money { surchargeNextYear * group.count }
        public var passesBoundary: Bool { surchargeNextYear > surchargeNow }
    }

    public var client: Client
    public var quarter: Quarter
    public var months: [MonthFigures]
    public var devices: [DeviceOutlook]

    public var incidents: Int { months.reduce(0) { $0 + $1.incidents } }
    public var afterHours: Int { months.reduce(0) { $0 + $1.afterHours } }
    public var coveredValue: Money { months.map(\.coveredValue).sum() }
    public var fees: Money { months.map(\.fees).sum() }
    public var billedWork: Money { months.map(\.billedWork).sum() }
    public var hours: Hours { Hours(hundredths: months.reduce(0) { $0 + $1.coveredHours.hundredths + $1.billedHours.hundredths }) }

    public init(client: Client, quarter: Quarter, statements: [Statement], priceBook: PriceBook) {
        self.client = client
        self.quarter = quarter
        months = quarter.months.map { month in
            var figures = MonthFigures(month: month)
            guard let statement = statements.first(where: { $0.month == month }) else { return figures }
            figures.fees = statement.recurring.total
            for line in statement.work {
                guard case .work(let entry, _, _, let labour, let trip, let covered, _) = line.item else { continue }
                figures.incidents += 1
                if entry.afterHours { figures.afterHours += 1 }
                if covered {
                    figures.coveredHours.hundredths += entry.hours.hundredths
                    figures.coveredValue += labour + trip
                } else {
                    figures.billedHours.hundredths += entry.hours.hundredths
                    figures.billedWork += line.amount
                }
            }
            return figures
        }
        let year = quarter.year
        devices = (client.workstations.map { ($0, false) } + client.servers.map { ($0, true) }).map { group, isServer in
            let age = group.age(in: year)
            return DeviceOutlook(group: group, isServer: isServer, age: age,
                                 surchargeNow: priceBook.ageSurcharge(forAge: age)?.perDevice ?? .zero,
                                 surchargeNextYear: priceBook.ageSurcharge(forAge: age + 1)?.perDevice ?? .zero,
                                 leavesCoverageNextYear: !priceBook.isTooOld(age) && priceBook.isTooOld(age + 1),
                                 outOfCoverage: priceBook.isTooOld(age))
        }.sorted { $0.age > $1.age }
    }

    /// The quarters `contracts` are in force in, from the first through the last one complete before `today`.
    public static func quarters(of contracts: [Contract], today: Day) -> [Quarter] {
        guard let start = contracts.map(\.start).min() else { return [] }
        var quarters: [Quarter] = []
        var quarter = Quarter(start.monthOf)
        while quarter.lastDay < today {
            let inForce = contracts.contains { $0.start <= quarter.lastDay && ($0.end ?? quarter.lastDay) >= quarter.firstDay }
            if inForce { quarters.append(quarter) }
            quarter = quarter.next
        }
        return quarters
    }
}
