/// Prices a plan for an office. Pure: the same inputs always give the same quote.
///
/// **The order of operations** (each step's lines are added to the monthly fee in this order):
/// 1. Devices older than the price book's `max_age_years` are not covered and not priced.
/// 2. Workstations × the plan's per-workstation price.
/// 3. Volume discount: the highest tier whose `from` the workstation count reaches, as a
///    percentage of step 2.
/// 4. Servers × the plan's per-server price.
/// 5. Age surcharges: each covered device takes the highest surcharge whose `older_than_years`
///    its age exceeds (age = the quote's year − year of purchase).
/// 6. Frequent support, on unlimited plans only: the highest `call_volume` surcharge whose
///    `more_than` the calls a month exceed, as a percentage of steps 2–5.
/// 7. Scheduled on-site visits: visits a year × the visit price ÷ 12.
/// 8. Add-ons the client wants, in the order asked: included in the plan (shown at no charge)
///    or units × price (device: all covered devices; workstation; server; flat: 1).
/// 9. Term discount: the longest `term_discounts` term the contract reaches, as a percentage of
///    steps 2–8.
/// 10. Agreed discount (contracts): a percentage of the amount after step 9.
/// 11. Minimum monthly fee: if the fee is below it, the difference is added.
/// 12. Tax on the monthly fee, for each tax that applies to `contract`.
///
/// Onboarding: covered devices × `onboarding.per_device`, raised to `onboarding.minimum`,
/// plus tax that applies to `contract`. The first month is the monthly total plus onboarding.
/// Every percentage and fraction is rounded on its own line by the rounding rule (see `Money`).
public enum PriceEngine {
    public static func quote(plan: Plan, for office: OfficeProfile, priceBook book: PriceBook,
                             taxes: [Tax], year: Int) -> Quote {
        let tooOld: (DeviceGroup) -> Bool = { group in book.maxAgeYears.map { group.age(in: year) > $0 } ?? false }
        let workstations = office.workstations.filter { !tooOld($0) }
        let servers = office.servers.filter { !tooOld($0) }
        let workstationCount = workstations.reduce(0) { $0 + $1.count }
        let serverCount = servers.reduce(0) { $0 + $1.count }
        var lines: [PriceLine] = []

        // 2–3. Workstations and the volume tier.
        if workstationCount > 0 {
            let base = plan.perWorkstation * workstationCount
            lines.append(PriceLine(item: .workstations(count: workstationCount, unitPrice: plan.perWorkstation), amount: base))
            if let tier = book.volumeTiers.filter({ workstationCount >= $0.from && $0.discount > .zero }).max(by: { $0.from < $1.from }) {
                lines.append(PriceLine(item: .volumeDiscount(from: tier.from, rate: tier.discount, of: base),
                                       amount: -base.applying(tier.discount)))
            }
        }
        // 4. Servers.
        if serverCount > 0 {
            lines.append(PriceLine(item: .servers(count: serverCount, unitPrice: plan.perServer),
                                   amount: plan.perServer * serverCount))
        }
        // 5. Age surcharges, grouped by the bracket each device falls in: the last one (in order
        // of age) whose `older_than_years` its age exceeds, found by binary search.
        let brackets = book.ageSurcharges.sorted { $0.olderThanYears < $1.olderThanYears }
        var counts = [Int](repeating: 0, count: brackets.count)
        for group in workstations + servers {
            let age = group.age(in: year)
            let exceeded = brackets.partitionPoint { $0.olderThanYears >= age }
            if exceeded > 0 { counts[exceeded - 1] += group.count }
        }
        for (bracket, count) in zip(brackets, counts) {
            if count > 0 && bracket.perDevice > .zero {
                lines.append(PriceLine(item: .ageSurcharge(count: count, olderThanYears: bracket.olderThanYears, unitPrice: bracket.perDevice),
                                       amount: bracket.perDevice * count))
            }
        }
        // 6. Frequent support on unlimited plans.
        if plan.support == .unlimited,
           let surcharge = book.callVolume.filter({ office.callsPerMonth > $0.moreThan }).max(by: { $0.moreThan < $1.moreThan }) {
            let base = lines.map(\.amount).sum()
            lines.append(PriceLine(item: .callVolume(callsPerMonth: office.callsPerMonth, moreThan: surcharge.moreThan,
                                                     rate: surcharge.surcharge, of: base),
                                   amount: base.applying(surcharge.surcharge)))
        }
        // 7. Scheduled visits.
        if office.visitsPerYear > 0 && book.onsiteVisitPrice > .zero {
            lines.append(PriceLine(item: .visits(perYear: office.visitsPerYear, unitPrice: book.onsiteVisitPrice),
                                   amount: book.onsiteVisitPrice.scaled(by: office.visitsPerYear, over: 12)))
        }
        // 8. Add-ons.
        let included = Set(plan.includedAddons.map(\.value))
        // Looked up by id once per quote, however many add-ons the price book and the office list.
        let addons = office.services.isEmpty ? [:] : Dictionary(book.addons.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        for id in office.services {
            guard let addon = addons[id] else { continue }
            if included.contains(id) {
                lines.append(PriceLine(item: .addonIncluded(name: addon.name, plan: plan.name), amount: .zero))
                continue
            }
            let units: Int
            switch addon.per {
            case .device: units = workstationCount + serverCount
            case .workstation: units = workstationCount
            case .server: units = serverCount
            case .flat: units = 1
            }
            if units > 0 {
                lines.append(PriceLine(item: .addon(name: addon.name, per: addon.per, units: units, unitPrice: addon.price),
                                       amount: addon.price * units))
            }
        }
        // 9–10. Discounts, one after the other.
        if let term = book.termDiscounts.filter({ office.termMonths >= $0.months && $0.discount > .zero }).max(by: { $0.months < $1.months }) {
            let base = lines.map(\.amount).sum()
            lines.append(PriceLine(item: .termDiscount(months: term.months, rate: term.discount, of: base),
                                   amount: -base.applying(term.discount)))
        }
        if let agreed = office.discount, agreed > .zero {
            let base = lines.map(\.amount).sum()
            lines.append(PriceLine(item: .agreedDiscount(rate: agreed, of: base), amount: -base.applying(agreed)))
        }
        // 11. Minimum fee.
        let beforeMinimum = lines.map(\.amount).sum()
        if beforeMinimum < book.minimumMonthly {
            lines.append(PriceLine(item: .minimumFee(minimum: book.minimumMonthly), amount: book.minimumMonthly - beforeMinimum))
        }
        let monthlyFee = lines.map(\.amount).sum()
        let monthlyTax = tax(monthlyFee, taxes)

        // Onboarding.
        var onboarding: [PriceLine] = []
        let devices = workstationCount + serverCount
        if devices > 0 && book.onboarding.perDevice > .zero {
            onboarding.append(PriceLine(item: .onboardingDevices(count: devices, unitPrice: book.onboarding.perDevice),
                                        amount: book.onboarding.perDevice * devices))
        }
        let beforeOnboardingMinimum = onboarding.map(\.amount).sum()
        if beforeOnboardingMinimum < book.onboarding.minimum {
            onboarding.append(PriceLine(item: .onboardingMinimum(minimum: book.onboarding.minimum),
                                        amount: book.onboarding.minimum - beforeOnboardingMinimum))
        }
        let onboardingFee = onboarding.map(\.amount).sum()
        let onboardingTax = tax(onboardingFee, taxes)

        let monthlyTotal = monthlyFee + monthlyTax.map(\.amount).sum()
        let onboardingTotal = onboardingFee + onboardingTax.map(\.amount).sum()
        return Quote(planID: plan.id, planName: plan.name, support: plan.support, monthly: lines, monthlyFee: monthlyFee,
                     monthlyTax: monthlyTax, monthlyTotal: monthlyTotal, onboarding: onboarding,
                     onboardingFee: onboardingFee, onboardingTax: onboardingTax, onboardingTotal: onboardingTotal,
                     // What the first statement bills: its tax is worked out once on the fee and the
                     // onboarding together, as every statement's is.
                     firstMonthTotal: monthlyFee + onboardingFee + tax(monthlyFee + onboardingFee, taxes).map(\.amount).sum(),
                     coveredWorkstations: workstationCount,
                     coveredServers: serverCount,
                     notCoveredWorkstations: office.workstations.filter(tooOld),
                     notCoveredServers: office.servers.filter(tooOld), year: year)
    }

    /// A contract's monthly price on `day`, from its terms in force that day; `taxes` empty for
    /// the price before tax.
    public static func quote(_ contract: Contract, client: Client, on day: Day, shop: Shop, taxes: [Tax] = []) -> Quote? {
        let terms = contract.terms(on: day)
        guard let plan = shop.plan(terms.plan.value) else { return nil }
        let office = OfficeProfile(client: client, contract: contract, terms: terms, year: day.year)
        return quote(plan: plan, for: office, priceBook: shop.priceBook, taxes: taxes, year: day.year)
    }

    /// Each tax that applies to the contract fee, on `amount`.
    static func tax(_ amount: Money, _ taxes: [Tax]) -> [PriceLine] {
        taxes.filter { $0.appliesTo.contains(.contract) && amount > .zero }.map {
            PriceLine(item: .tax(name: $0.name, rate: $0.rate, of: amount), amount: amount.applying($0.rate))
        }
    }
}
