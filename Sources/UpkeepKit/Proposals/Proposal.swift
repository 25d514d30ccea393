import Foundation

/// A sales proposal for one client: every plan priced to the office, and the one recommended.
public struct Proposal: Sendable {
    public var client: Client
    public var number: String
    public var date: Day
    public var validUntil: Day
    /// One quote per plan, in plan order.
    public var quotes: [Quote]
    public var recommendation: Recommendation

    public var recommended: Quote { quotes.first { $0.planID == recommendation.planID } ?? quotes[0] }

    /// Every plan priced for the client's office, and the recommendation among them.
    public static func options(for client: Client, in shop: Shop, year: Int) -> ([Quote], Recommendation)? {
        let office = OfficeProfile(client: client, priceBook: shop.priceBook)
        let quotes = shop.plans.map {
            PriceEngine.quote(plan: $0, for: office, priceBook: shop.priceBook, taxes: shop.business.taxes, year: year)
        }
        return Recommendation.choose(for: client, quotes: quotes, priceBook: shop.priceBook, rates: shop.business.rates)
            .map { (quotes, $0) }
    }

    /// Prices every plan for `client` as of `today`. Nil when the shop has no plans.
    public static func make(for client: Client, in shop: Shop, numbers: ProposalNumbers, today: Day) -> Proposal? {
        guard let (quotes, recommendation) = options(for: client, in: shop, year: today.year) else { return nil }
        return Proposal(client: client, number: numbers[client.id], date: today,
                        validUntil: today.adding(days: shop.business.proposalValidDays), quotes: quotes,
                        recommendation: recommendation)
    }
}

/// Proposal numbers: `P-49730`.
public struct ProposalNumbers: Sendable {
    let numbers: StableNumbers
    public init(clients: [ID]) { numbers = StableNumbers(ids: clients, salt: "") }
    public subscript(id: ID) -> String { "P-\(numbers[id])" }
}
