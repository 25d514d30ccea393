/// Which plan a proposal recommends, and why.
public struct Recommendation: Sendable {
    public var planID: ID
    /// The shop's own reason (the client file's `recommend_because`), when the shop chose.
    public var shopReason: String?
    /// What each plan is expected to cost the client a month: the monthly total (with its tax)
    /// plus, on maintenance-only plans, the expected support calls billed by the hour (with the
    /// tax on labour, if any, worked out once on them).
    public var expectedMonthly: [ID: Money]
    /// Expected calls a month and hours each, as used for `expectedMonthly`.
    public var callsPerMonth: Int
    public var hoursPerCall: Hours

    /// The shop's choice when the client file names one; otherwise the plan with the lowest
    /// expected monthly cost (ties go to the plan listed first).
    public static func choose(for client: Client, quotes: [Quote], priceBook: PriceBook, rates: Rates, taxes: [Tax]) -> Recommendation? {
        guard !quotes.isEmpty else { return nil }
        let calls = priceBook.hoursPerCall.cost(at: rates.remoteHourly) * client.callsPerMonth
        let callCost = calls + taxes.filter { $0.appliesTo.contains(.labor) && calls > .zero }.map { calls.applying($0.rate) }.sum()
        var expected: [ID: Money] = [:]
        for quote in quotes {
            expected[quote.planID] = quote.monthlyTotal + (quote.support == .maintenance ? callCost : .zero)
        }
        // The lowest expected cost; of plans that cost the same, the one listed first.
        let cheapest = quotes.enumerated().min { (expected[$0.element.planID]!, $0.offset) < (expected[$1.element.planID]!, $1.offset) }!.element
        let chosen = client.recommend?.value ?? cheapest.planID
        return Recommendation(planID: chosen, shopReason: client.recommend == nil ? nil : client.recommendBecause,
                              expectedMonthly: expected, callsPerMonth: client.callsPerMonth,
                              hoursPerCall: priceBook.hoursPerCall)
    }
}
