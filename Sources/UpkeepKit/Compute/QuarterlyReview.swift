/// A client's quarter, for the review written for it: the work month by month, what the covered
/// work would have cost at the hourly rates against the fees, and where its computers are heading.
/// Figures before tax. Pure.
public struct QuarterlyReview: Sendable {
    /// A month of the quarter and what its statement shows.
    public struct MonthFigures: Sendable, Equatable {
        public var month: Month
        public var worth: ClientWorth
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

    /// The whole quarter.
    public var total: ClientWorth

    public init(client: Client, quarter: Quarter, statements: [Statement], priceBook: PriceBook) {
        self.client = client
        self.quarter = quarter
        months = quarter.months.map { MonthFigures(month: $0, worth: ClientWorth(statements, months: $0...$0)) }
        total = ClientWorth(statements, months: quarter.months[0]...quarter.months[2])
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
