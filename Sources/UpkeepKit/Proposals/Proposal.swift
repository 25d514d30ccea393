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
        return Recommendation.choose(for: client, quotes: quotes, priceBook: shop.priceBook, rates: shop.business.rates)
            .map { Options(quotes: quotes, recommendation: $0) }
    }

    /// Prices every plan for `client` as of `today`. Nil when the shop has no plans.
    static func make(for client: Client, in shop: Shop, number: String, today: Day) -> Proposal? {
        guard let options = options(for: client, in: shop, year: today.year) else { return nil }
        return Proposal(client: client, number: number, date: today,
                        validUntil: today.adding(days: shop.business.proposalValidDays), quotes: options.quotes,
                        recommendation: options.recommendation,
                        comparison: BreakFixModel.compare(client: client, quote: options.recommended,
                                                          ledger: shop.ledger(of: client.id), shop: shop, today: today))
    }
}

/// Proposal numbers: `P-49730`.
public struct ProposalNumbers: Sendable {
    let numbers: StableNumbers
    public init(clients: [ID]) { numbers = StableNumbers(ids: clients, salt: "") }
    public subscript(id: ID) -> String { "P-\(numbers[id])" }
}
