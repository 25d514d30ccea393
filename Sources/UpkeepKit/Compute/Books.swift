/// The compute stage's result: everything the documents need, worked out from the shop for one
/// `today`. Pure: the same shop and day give the same books; nothing here reads a file or the clock.
///
/// What concerns the whole shop is computed once, here: the numbers, the contracts in force
/// and their fees, the public pages' figures. What concerns one client is computed when asked
/// (`client(_:)`), so that a build holds one batch of clients at a time however many there are.
public struct Books: Sendable {
    public let shop: Shop
    public let today: Day
    /// Statements run through this month: the last complete one before `today`, unless asked otherwise.
    public let lastStatementMonth: Month
    /// The shop's money format: amounts in the checks' messages.
    public let money: MoneyFormat
    let proposalNumbers: ProposalNumbers
    let accounts: StableNumbers
    let messages: [Month: String]
    /// The statements of closed months, as issued, by client and month.
    let issued: [ID: [Month: ClosedStatement]]
    /// The contracts in force on `today`, in the order of `content/contracts/`, each priced once.
    public let inForce: [ContractInForce]
    private let inForceByClient: [ID: Int]
    /// The public comparison sheet: the example office of `content/comparison.md`, priced like a prospect.
    public let example: (office: ExampleOffice, comparison: Comparison)?
    /// The pricing page's typical offices, each priced on every plan.
    public let pricingExamples: [PricingExample]
    /// The pricing page's opening price (nil without plans).
    public let startingPrice: StartingPrice?
    /// The plan the pricing page marks as most offices' choice: the one that says `recommended:
    /// true`, else the one recommended for comparison.md's example office (nil: none marked).
    public let featuredPlan: ID?

    /// A contract in force on `today` and its price that day.
    public struct ContractInForce: Sendable {
        public var client: Client
        public var contract: Contract
        /// With the business's taxes; `monthlyFee` is before them.
        public var quote: Quote
    }

    /// A typical office on the pricing page: new computers, no add-ons or visits.
    public struct PricingExample: Sendable {
        public var workstations: Int
        public var servers: Int
        /// Each plan's monthly total, in plan order.
        public var totals: [Money]
    }

    public init(_ shop: Shop, today: Day, statementsThrough last: Month? = nil) {
        self.shop = shop
        self.today = today
        lastStatementMonth = last ?? today.monthOf.previous
        money = MoneyFormat(currency: shop.business.currency, locale: shop.business.locale)
        proposalNumbers = ProposalNumbers(clients: shop.clients.map(\.id))
        accounts = StatementEngine.accountNumbers(shop)
        messages = StatementEngine.messagesByMonth(shop)
        issued = ClosedMonths.index(shop.closings)
        var inForce: [ContractInForce] = []
        for contract in shop.contracts where contract.isInForce(on: today) {
            guard let client = shop.client(contract.client.value),
                  let quote = PriceEngine.quote(contract, client: client, on: today, shop: shop, taxes: shop.business.taxes) else { continue }
            inForce.append(ContractInForce(client: client, contract: contract, quote: quote))
        }
        self.inForce = inForce
        inForceByClient = Dictionary(inForce.enumerated().map { ($1.client.id, $0) }, uniquingKeysWith: { first, _ in first })
        let year = today.year
        // The public sheet follows the business's `proposal_comparison`.
        let exampleOptions = shop.comparison.exampleOffice.flatMap { Proposal.options(for: $0.asClient, in: shop, year: year) }
        featuredPlan = shop.plans.first(where: \.recommended)?.id ?? exampleOptions?.recommendation.planID
        startingPrice = StartingPrice.find(plans: shop.plans, priceBook: shop.priceBook, year: year)
        if let office = shop.comparison.exampleOffice, let quote = exampleOptions?.recommended {
            let comparison = BreakFixModel.compare(client: office.asClient, quote: quote, ledger: [], shop: shop, today: today)
            example = shop.business.proposalComparison.shows(comparison) ? (office, comparison) : nil
        } else {
            example = nil
        }
        var examples: [PricingExample] = []
        for count in [5, 10, 25] {
            for servers in [0, 1] {
                let office = OfficeProfile(workstations: [DeviceGroup(count: count, purchased: year, label: nil, location: .computed)],
                                           servers: servers == 0 ? [] : [DeviceGroup(count: 1, purchased: year, label: nil, location: .computed)],
                                           services: [], visitsPerYear: 0, callsPerMonth: 0, termMonths: shop.priceBook.defaultTermMonths)
                examples.append(PricingExample(workstations: count, servers: servers, totals: shop.plans.map {
                    PriceEngine.quote(plan: $0, for: office, priceBook: shop.priceBook, taxes: shop.business.taxes, year: year).monthlyTotal
                }))
            }
        }
        pricingExamples = examples
    }

    /// The contract of `client` in force on `today`, priced.
    public func inForce(of client: ID) -> ContractInForce? { inForceByClient[client].map { inForce[$0] } }

    /// The proposal for `client` as of `today`, whatever its status; nil when the shop has no plans.
    public func proposal(for client: Client) -> Proposal? {
        Proposal.make(for: client, in: shop, number: proposalNumbers[client.id], today: today)
    }

    /// The break/fix comparison of `client`: against its contract's plan and terms when one is in
    /// force on `today`, else against the plan its proposal recommends (`proposal`, when made already).
    public func comparison(for client: Client, proposal: Proposal? = nil) -> Comparison? {
        if let contract = inForce(of: client.id) {
            return BreakFixModel.compare(client: client, quote: contract.quote, ledger: shop.ledger(of: client.id), shop: shop, today: today)
        }
        return (proposal ?? self.proposal(for: client))?.comparison
    }

    /// The dashboard's 12 months: to the last statement month.
    public var dashboardMonths: ClosedRange<Month> {
        var first = lastStatementMonth
        for _ in 0..<11 { first = first.previous }
        return first...lastStatementMonth
    }

    /// `client`'s statements through `lastStatementMonth`, checked: each adds up, agrees with
    /// the balances the owner asserted, and leaves the statements of closed months as they were
    /// issued. The one path that makes and checks statements.
    public func statements(of client: Client) -> ClientStatements {
        let statements = StatementEngine.statements(for: client, in: shop, through: lastStatementMonth,
                                                    account: accounts[client.id], messages: messages)
        let problems = StatementChecks.violations(statements, money: money).map {
            Diagnostic(path: client.location.path, line: 1, column: 1, message: $0)
        } + StatementChecks.assertionFailures(shop.ledger(of: client.id), [client.id: statements], through: lastStatementMonth, money: money)
            + ClosedMonths.changes(of: client, statements: statements, closed: issued[client.id] ?? [:], shop: shop,
                                   through: lastStatementMonth, money: money)
        return ClientStatements(statements: statements, problems: problems)
    }

    /// Everything about one client that its documents and the dashboard need.
    public func client(_ client: Client) -> ClientBooks {
        let proposal = client.status == .prospect ? self.proposal(for: client) : nil
        let statements = statements(of: client)
        let contract = inForce(of: client.id)
        // What a client without a contract would be offered: its comparison and, for an active
        // break/fix client, its upsell are priced from it, once.
        let offer = proposal ?? (contract == nil ? self.proposal(for: client) : nil)
        let worth = ClientWorth(statements.statements, months: dashboardMonths)
        var upsell: Upsell?
        if client.status == .active, contract == nil, let offer {
            let plan = offer.recommended
            upsell = Upsell(planName: plan.planName, spent: worth.billedWork, planYear: plan.monthlyFee * 12, onboarding: plan.onboardingFee)
        }
        let open = proposal.map { OpenProposal(number: $0.number, planName: $0.recommended.planName,
                                               monthlyTotal: $0.recommended.monthlyTotal, validUntil: $0.validUntil) }
        let reviews = QuarterlyReview.quarters(of: shop.contracts(of: client.id), today: today).map {
            QuarterlyReview(client: client, quarter: $0, statements: statements.statements, priceBook: shop.priceBook)
        }
        return ClientBooks(client: client, proposal: proposal, comparison: comparison(for: client, proposal: offer),
                           statements: statements.statements, reviews: reviews, problems: statements.problems,
                           summary: ClientSummary(statements.statements, planToday: contract?.quote.planName, worth: worth,
                                                  upsell: upsell, proposal: open))
    }
}

/// One client's statements and what their checks found.
public struct ClientStatements: Sendable {
    public var statements: [Statement]
    public var problems: [Diagnostic]
}
