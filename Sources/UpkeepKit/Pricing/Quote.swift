/// A priced offer of one plan to one office: every line explains itself, and the totals are
/// sums of the lines.
public struct Quote: Sendable {
    public var planID: ID
    public var planName: String
    public var support: SupportKind
    /// The monthly fee, line by line, before tax.
    public var monthly: [PriceLine]
    public var monthlyFee: Money
    public var monthlyTax: [PriceLine]
    public var monthlyTotal: Money
    /// The one-time onboarding fee, line by line, before tax.
    public var onboarding: [PriceLine]
    public var onboardingFee: Money
    public var onboardingTax: [PriceLine]
    public var onboardingTotal: Money
    /// What the first statement of a contract starting on the 1st bills: the monthly fee and
    /// onboarding, with the tax of both worked out once (so it may differ by a cent from
    /// `monthlyTotal + onboardingTotal`, each taxed on its own).
    public var firstMonthTotal: Money
    public var coveredWorkstations: Int
    public var coveredServers: Int
    /// Device groups too old to be covered.
    public var notCoveredWorkstations: [DeviceGroup]
    public var notCoveredServers: [DeviceGroup]
    /// The year device ages are counted in.
    public var year: Int
}

/// One line of a quote.
public struct PriceLine: Sendable, Equatable {
    public var item: Item
    public var amount: Money

    /// What a line is, with every number needed to re-derive its amount.
    public enum Item: Sendable, Equatable {
        case workstations(count: Int, unitPrice: Money)
        case volumeDiscount(from: Int, rate: Ratio, of: Money)
        case servers(count: Int, unitPrice: Money)
        case ageSurcharge(count: Int, olderThanYears: Int, unitPrice: Money)
        case callVolume(callsPerMonth: Int, moreThan: Int, rate: Ratio, of: Money)
        case visits(perYear: Int, unitPrice: Money)
        case addon(name: String, per: Addon.Per, units: Int, unitPrice: Money)
        case addonIncluded(name: String, plan: String)
        case termDiscount(months: Int, rate: Ratio, of: Money)
        case agreedDiscount(rate: Ratio, of: Money)
        case minimumFee(minimum: Money)
        case tax(name: String, rate: Ratio, of: Money)
        case onboardingDevices(count: Int, unitPrice: Money)
        case onboardingMinimum(minimum: Money)
    }
}
