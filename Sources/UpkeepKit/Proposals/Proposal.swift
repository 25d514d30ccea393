/// A sales proposal for one client: every plan priced to the office, the one recommended, and
/// how it compares with break/fix.
public struct Proposal: Sendable {
    public var client: Client
    public var number: String
    public var date: Day
    public var validUntil: Day
    /// One quote per plan, in plan order.
    public var quotes: [Quote]
    public var recommendation: Recommendation
    /// The recommended plan against break/fix.
    public var comparison: Comparison
    /// Whether and how the proposal compares: the client's `proposal_comparison`, else the business's.
    public var comparisonPolicy: ComparisonPolicy
    public var showsComparison: Bool { comparisonPolicy.shows(comparison) }
    /// Add-ons the client may tick when signing: those of the price book that the recommended
    /// plan does not include and the client did not ask for, each with what it adds to the
    /// recommended plan's monthly total (discounts, minimum and tax applied, as the engine prices it).
    public var optionalAddons: [OptionalAddon]
    /// The recommended plan's monthly total with every optional add-on ticked.
    public var monthlyTotalWithAddons: Money

    public struct OptionalAddon: Sendable {
        public var addon: Addon
        public var monthlyEffect: Money
    }

    public var recommended: Quote { quotes.first { $0.planID == recommendation.planID } ?? quotes[0] }

    /// Every plan priced for an office, and the recommendation among them.
    public struct Options: Sendable {
        public var quotes: [Quote]
        public var recommendation: Recommendation
        public var recommended: Quote { quotes.first { $0.planID == recommendation.planID } ?? quotes[0] }
    }

    /// Every plan priced for the client's office, and the recommendation among them; nil when
    /// the shop has no plans.
    public static func options(for client: Client, in shop: Shop, year: Int) -> Options? {
        let office = OfficeProfile(client: client, priceBook: shop.priceBook)
        let quotes = shop.plans.map {
            PriceEngine.quote(plan: $0, for: office, priceBook: shop.priceBook, taxes: shop.business.taxes, year: year)
        }
        return Recommendation.choose(for: client, quotes: quotes, priceBook: shop.priceBook, rates: shop.business.rates,
                                     taxes: shop.business.taxes)
            .map { Options(quotes: quotes, recommendation: $0) }
    }

    /// Prices every plan for `client` as of `today`. Nil when the shop has no plans.
    static func make(for client: Client, in shop: Shop, number: String, today: Day) -> Proposal? {
        guard let options = options(for: client, in: shop, year: today.year) else { return nil }
        let comparison = BreakFixModel.compare(client: client, quote: options.recommended, ledger: shop.ledger(of: client.id),
                                               shop: shop, today: today)
        let recommended = options.recommended
        let plan = shop.plan(recommended.planID)!
        let office = OfficeProfile(client: client, priceBook: shop.priceBook)
        func total(with extra: [ID]) -> Money {
            var withAddons = office
            withAddons.services += extra
            return PriceEngine.quote(plan: plan, for: withAddons, priceBook: shop.priceBook, taxes: shop.business.taxes,
                                     year: today.year).monthlyTotal
        }
        let offered = shop.priceBook.addons.filter { addon in
            !plan.includedAddons.contains { $0.value == addon.id.value } && !office.services.contains(addon.id.value)
        }
        let optional = offered.map { OptionalAddon(addon: $0, monthlyEffect: total(with: [$0.id.value]) - recommended.monthlyTotal) }
            .filter { $0.monthlyEffect != .zero }
        return Proposal(client: client, number: number, date: today,
                        validUntil: today.adding(days: shop.business.proposalValidDays), quotes: options.quotes,
                        recommendation: options.recommendation, comparison: comparison,
                        comparisonPolicy: client.proposalComparison ?? shop.business.proposalComparison,
                        optionalAddons: optional,
                        monthlyTotalWithAddons: optional.isEmpty ? recommended.monthlyTotal : total(with: optional.map(\.addon.id.value)))
    }
}

/// Proposal numbers: `P-49730`.
public struct ProposalNumbers: Sendable {
    let numbers: StableNumbers
    public init(clients: [ID]) { numbers = StableNumbers(ids: clients, salt: "") }
    public subscript(id: ID) -> String { "P-\(numbers[id])" }
}
