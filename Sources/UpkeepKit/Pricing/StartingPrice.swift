/// What the pricing page opens with: the least a month any plan costs (one new workstation, no
/// add-ons, the price book's default term), and how far the monthly minimum goes on that plan.
public struct StartingPrice: Sendable {
    public var planName: String
    /// The plan's monthly fee for one new workstation, before tax: at least the minimum fee.
    public var monthlyFee: Money
    public var perWorkstation: Money
    /// How many new workstations (no servers, no add-ons) the minimum fee covers on the plan: the
    /// count up to which every office's fee before the minimum stays at or under it; 0 when the
    /// price book has no minimum.
    public var minimumCovers: Int

    /// The cheapest plan for one new workstation (of plans that cost the same, the one listed
    /// first); nil without plans.
    public static func find(plans: [Plan], priceBook book: PriceBook, year: Int) -> StartingPrice? {
        func quote(_ plan: Plan, workstations: Int) -> Quote {
            let office = OfficeProfile(workstations: [DeviceGroup(count: workstations, purchased: year, label: nil, location: .computed)],
                                       servers: [], services: [], visitsPerYear: 0, callsPerMonth: 0,
                                       termMonths: book.defaultTermMonths)
            return PriceEngine.quote(plan: plan, for: office, priceBook: book, taxes: [], year: year)
        }
        let quotes = plans.map { ($0, quote($0, workstations: 1)) }
        guard let (plan, first) = quotes.enumerated().min(by: { ($0.element.1.monthlyFee, $0.offset) < ($1.element.1.monthlyFee, $1.offset) })?.element else {
            return nil
        }
        // Every count up to minimum ÷ price is covered (discounts only lower the fee); from there,
        // one more at a time until the fee before the minimum passes it.
        var covered = 0
        if book.minimumMonthly > .zero && plan.perWorkstation > .zero {
            covered = Int(min(book.minimumMonthly.minorUnits / plan.perWorkstation.minorUnits, Int128(ContentLimits.count)))
            while covered < ContentLimits.count {
                let next = quote(plan, workstations: covered + 1)
                guard next.monthly.filter({ if case .minimumFee = $0.item { false } else { true } }).map(\.amount).sum() <= book.minimumMonthly else { break }
                covered += 1
            }
        }
        return StartingPrice(planName: plan.name, monthlyFee: first.monthlyFee, perWorkstation: plan.perWorkstation, minimumCovers: covered)
    }
}
