/// What the break/fix model assumed, and where each figure came from.
public struct IncidentBasis: Sendable {
    /// A device age bracket and how many devices fall in it.
    public struct Bracket: Sendable {
        public var devices: Int
        public var fromYears: Int
        /// Upper end of the bracket (nil: and older).
        public var toYears: Int?
        public var rate: Quantity
    }

    public var incidentsPerYear: Quantity
    public var hoursPerIncident: Hours
    public var onsiteShare: Ratio
    public var afterHoursShare: Ratio
    /// Work entries of the last 12 months the figures came from (0: the assumptions were used).
    public var historyEntries: Int
    /// How many of them were done under a contract, and so counted up by the prevented share.
    public var entriesUnderContract: Int
    /// Days of ledger the entries come from (365 for a full year; fewer are scaled up to a year).
    public var historyDays: Int
    /// Devices by age bracket, when the incident rate came from the assumptions.
    public var brackets: [Bracket]

    public var fromHistory: Bool { historyEntries > 0 }
}

/// One line of a year's cost.
public struct CostLine: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case remoteLabour(incidents: Quantity, share: Ratio, hours: Hours, rate: Money)
        case onsiteLabour(incidents: Quantity, share: Ratio, hours: Hours, rate: Money)
        case tripFees(incidents: Quantity, share: Ratio, fee: Money)
        case afterHours(share: Ratio, multiplier: Ratio, of: Money)
        case downtime(incidents: Quantity, staff: Quantity, hours: Hours, cost: Money)
        case planFee(plan: String, monthly: Money)
    }
    public var item: Item
    public var amount: Money
}

/// Break/fix against managed services for one office, over 12, 24 and 36 months.
public struct Comparison: Sendable {
    public var basis: IncidentBasis
    /// Break/fix, a typical year, line by line.
    public var breakFix: [CostLine]
    public var breakFixYearly: Money
    /// The plan the managed side prices.
    public var quote: Quote
    /// Incidents a year that still happen under managed services.
    public var residualIncidents: Quantity
    public var preventedShare: Ratio
    /// Managed services, a typical year after onboarding, line by line.
    public var managed: [CostLine]
    public var managedYearly: Money
    /// Paid once, in the first month.
    public var onboarding: Money
    public var quietYear: Ratio
    public var badYear: Ratio
    /// Break/fix in each month of a typical year: incidents arrive in whole numbers, so some
    /// months cost nothing and others a lot. Sums to `breakFixYearly`.
    public var typicalYearMonths: [Money]
    /// Whole incidents in a typical year, as spread over `typicalYearMonths`.
    public var typicalYearIncidents: Int

    /// The smallest number of months after which managed services have cost no more in total
    /// than break/fix (nil: not within ten years).
    public var breakEvenMonth: Int? {
        (1...120).first { managedTotal(months: $0) <= breakFixTotal(months: $0) }
    }

    /// Break/fix cost over the first `months` months, expected; scaled by `year` for a quiet or bad year.
    public func breakFixTotal(months: Int, year: Ratio = .one) -> Money {
        breakFixYearly.scaled((months, 12), (year.perMillion, Ratio.scale))
    }

    /// Managed cost over the first `months` months: onboarding, then the year's cost spread evenly.
    /// The fee is flat; only the incidents that still happen vary with the year.
    public func managedTotal(months: Int, year: Ratio = .one) -> Money {
        guard months > 0 else { return .zero }
        let fee = managed.lazy.filter { if case .planFee = $0.item { true } else { false } }.map(\.amount).sum()
        let variable = managedYearly - fee
        return onboarding + fee.scaled((months, 12)) + variable.scaled((months, 12), (year.perMillion, Ratio.scale))
    }
}

/// The break/fix cost model. Pure: the same content and day give the same figures.
///
/// Incidents a year are the client's work entries of the last 12 months when there are any
/// (those done under a contract divided by 1 − `prevented_share`, since prevention was already
/// at work; a ledger shorter than a year scaled up to 365 days), else the sum over devices of the incident rate of the device's age bracket. Each incident
/// takes `hours_per_incident` (or the history's average), a share on site (with a trip fee),
/// a share after hours (at the after-hours multiplier), and downtime. Managed services
/// prevent `prevented_share` of incidents; what still happens costs downtime, and labour too
/// on maintenance-only plans. Parts and hardware are left out of both sides.
public enum BreakFixModel {
    /// Compares break/fix with `quote` for `client`; `ledger` is where its history is looked
    /// up (its own months, or none for the public example office); a ledger shorter than a
    /// year is scaled from the shop's first ledger month.
    public static func compare(client: Client, quote: Quote, ledger: [LedgerMonth], shop: Shop, today: Day) -> Comparison {
        let settings = shop.comparison
        let rates = shop.business.rates
        let contracts = ledger.isEmpty ? [] : shop.contracts(of: client.id)
        let basis = self.basis(for: client, settings: settings, ledger: ledger, ledgerStart: ledger.isEmpty ? nil : shop.ledger.first?.month,
                               contracts: contracts, today: today)
        let breakFix = incidentCosts(basis.incidentsPerYear, basis, settings, rates, labour: true)

        let residual = Quantity(hundredths: Int(roundedQuotient(
            Int128(basis.incidentsPerYear.hundredths) * Int128(Ratio.scale - settings.preventedShare.perMillion), Int128(Ratio.scale))))
        let managed = [CostLine(item: .planFee(plan: quote.planName, monthly: quote.monthlyTotal), amount: quote.monthlyTotal * 12)]
            + incidentCosts(residual, basis, settings, rates, labour: quote.support == .maintenance)

        let yearly = breakFix.map(\.amount).sum()
        let whole = (basis.incidentsPerYear.hundredths + 50) / 100
        var months: [Money] = []
        var paid = Money.zero
        for month in 1...12 {
            let through = whole == 0 ? .zero : yearly.scaled((whole * month / 12, whole))
            months.append(through - paid)
            paid = through
        }
        return Comparison(basis: basis, breakFix: breakFix, breakFixYearly: yearly, quote: quote,
                          residualIncidents: residual, preventedShare: settings.preventedShare,
                          managed: managed, managedYearly: managed.map(\.amount).sum(), onboarding: quote.onboardingTotal,
                          quietYear: settings.quietYear, badYear: settings.badYear,
                          typicalYearMonths: months, typicalYearIncidents: whole)
    }

    /// The incident figures: from the client's ledger when it has work in the 12 months up to
    /// `today`, else from the assumptions.
    static func basis(for client: Client, settings: ComparisonSettings, ledger: [LedgerMonth], ledgerStart: Month?,
                      contracts: [Contract], today: Day) -> IncidentBasis {
        let since = today.adding(days: -365)
        let history = ledger.filter { $0.month >= since.monthOf && $0.month <= today.monthOf }
            .flatMap(\.work).filter { $0.client.value == client.id && $0.date.value > since && $0.date.value <= today }
        if !history.isEmpty {
            let n = history.count
            let hours = history.reduce(0) { $0 + $1.hours.hundredths }
            let onsite = history.filter { $0.place == .onsite }.count
            let after = history.filter(\.afterHours).count
            // Shares are rounded to whole percents, so the sheet prints figures one can redo by hand.
            func share(_ k: Int) -> Ratio { .percent(Int(roundedQuotient(Int128(k * 100), Int128(n)))) }
            // Work done under a contract happened with prevention in place: without it there
            // would have been more incidents, count ÷ (1 − prevented share).
            let underContract = history.filter { entry in contracts.contains { $0.isInForce(on: entry.date.value) } }.count
            let kept = Ratio.scale - settings.preventedShare.perMillion
            let counted = kept > 0
                ? (n - underContract) * 100 + Int(roundedQuotient(Int128(underContract * 100 * Ratio.scale), Int128(kept)))
                : n * 100
            // A ledger shorter than a year is scaled up to one: its first month to today.
            let first = ledgerStart.map { max($0.firstDay, since.adding(days: 1)) } ?? since
            let days = max(1, first.days(until: today) + 1)
            let incidents = Int(roundedQuotient(Int128(counted) * 365, Int128(days)))
            return IncidentBasis(incidentsPerYear: Quantity(hundredths: incidents),
                                 hoursPerIncident: Hours(hundredths: Int(roundedQuotient(Int128(hours), Int128(n)))),
                                 onsiteShare: share(onsite), afterHoursShare: share(after), historyEntries: n,
                                 entriesUnderContract: kept > 0 ? underContract : 0, historyDays: min(days, 365), brackets: [])
        }
        let rates = settings.incidentRates
        var brackets: [IncidentBasis.Bracket] = []
        for (index, rate) in rates.enumerated() {
            let upper = index + 1 < rates.count ? rates[index + 1].fromYears - 1 : nil
            let devices = (client.workstations + client.servers).filter { group in
                let age = group.age(in: today.year)
                return age >= rate.fromYears && upper.map { age <= $0 } ?? true
            }.reduce(0) { $0 + $1.count }
            if devices > 0 {
                brackets.append(IncidentBasis.Bracket(devices: devices, fromYears: rate.fromYears, toYears: upper, rate: rate.incidents))
            }
        }
        return IncidentBasis(incidentsPerYear: Quantity(hundredths: brackets.reduce(0) { $0 + $1.devices * $1.rate.hundredths }),
                             hoursPerIncident: settings.hoursPerIncident, onsiteShare: settings.onsiteShare,
                             afterHoursShare: settings.afterHoursShare, historyEntries: 0, entriesUnderContract: 0,
                             historyDays: 0, brackets: brackets)
    }

    /// A year of `incidents`: labour (when `labour`), trip fees, after-hours premium, downtime.
    static func incidentCosts(_ incidents: Quantity, _ basis: IncidentBasis, _ settings: ComparisonSettings,
                              _ rates: Rates, labour: Bool) -> [CostLine] {
        var lines: [CostLine] = []
        guard incidents > .zero else { return lines }
        let n = (incidents.hundredths, 100), h = (basis.hoursPerIncident.hundredths, 100)
        let onsite = basis.onsiteShare, remote = Ratio(perMillion: Ratio.scale - onsite.perMillion)
        if labour {
            let remoteCost = rates.remoteHourly.scaled(n, (remote.perMillion, Ratio.scale), h)
            let onsiteCost = rates.onsiteHourly.scaled(n, (onsite.perMillion, Ratio.scale), h)
            if remote > .zero {
                lines.append(CostLine(item: .remoteLabour(incidents: incidents, share: remote, hours: basis.hoursPerIncident, rate: rates.remoteHourly), amount: remoteCost))
            }
            if onsite > .zero {
                lines.append(CostLine(item: .onsiteLabour(incidents: incidents, share: onsite, hours: basis.hoursPerIncident, rate: rates.onsiteHourly), amount: onsiteCost))
                if rates.tripFee > .zero {
                    lines.append(CostLine(item: .tripFees(incidents: incidents, share: onsite, fee: rates.tripFee),
                                          amount: rates.tripFee.scaled(n, (onsite.perMillion, Ratio.scale))))
                }
            }
            let extra = rates.afterHoursMultiplier.perMillion - Ratio.scale
            if basis.afterHoursShare > .zero && extra > 0 {
                let base = remoteCost + onsiteCost
                lines.append(CostLine(item: .afterHours(share: basis.afterHoursShare, multiplier: rates.afterHoursMultiplier, of: base),
                                      amount: base.scaled((basis.afterHoursShare.perMillion, Ratio.scale), (extra, Ratio.scale))))
            }
        }
        let downtime = settings.staffHourCost.scaled(n, (settings.staffAffected.hundredths, 100), (settings.hoursDown.hundredths, 100))
        if downtime > .zero {
            lines.append(CostLine(item: .downtime(incidents: incidents, staff: settings.staffAffected, hours: settings.hoursDown,
                                                  cost: settings.staffHourCost), amount: downtime))
        }
        return lines
    }
}
