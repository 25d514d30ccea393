/// One client's part of the books.
public struct ClientBooks: Sendable {
    public var client: Client
    /// For a prospect: every plan priced, the recommendation, and its comparison.
    public var proposal: Proposal?
    /// Break/fix against managed services (nil when the shop has no plans).
    public var comparison: Comparison?
    /// Every statement through the last statement month, in month order.
    public var statements: [Statement]
    /// A review for each quarter a contract was in force, through the last complete one.
    public var reviews: [QuarterlyReview]
    /// What the statement checks found: a statement that does not add up, a balance the owner
    /// asserted that the statements disagree with.
    public var problems: [Diagnostic]
    public var summary: ClientSummary

    /// Revenue the client's statements billed, by month.
    public var totals: [Month: MonthTotals] {
        var totals: [Month: MonthTotals] = [:]
        for statement in statements { totals[statement.month, default: MonthTotals()].add(statement) }
        return totals
    }
}

/// What the dashboard keeps of a client once its documents are written (kept small: there is
/// one per client): which months have a statement, the latest one's figures, the plan today.
public struct ClientSummary: Sendable {
    public struct Latest: Sendable {
        public var month: Month
        public var amountDue: Money
        public var aging: Aging
    }

    public var months: [Month]
    public var latest: Latest?
    /// The name of the plan of the contract in force today.
    public var planToday: String?
    /// The 12 months to the last statement month.
    public var worth: ClientWorth
    /// For a break/fix client (active, no contract in force): against the plan it would be offered.
    public var upsell: Upsell?
    /// For a prospect: its proposal.
    public var proposal: OpenProposal?

    public init(_ statements: [Statement], planToday: String?, worth: ClientWorth = ClientWorth(), upsell: Upsell? = nil,
                proposal: OpenProposal? = nil) {
        months = statements.map(\.month)
        latest = statements.last.map { Latest(month: $0.month, amountDue: $0.amountDue, aging: $0.aging) }
        self.planToday = planToday
        self.worth = worth
        self.upsell = upsell
        self.proposal = proposal
    }
}
