/// Everything in `content/`, read and checked: the typed model every later stage works from.
///
/// Lookups by id go through indexes kept up to date whenever a collection changes, so that a
/// business with thousands of clients and a long ledger is as quick to query as a small one.
public struct Shop: Sendable {
    public var business: Business
    public var priceBook: PriceBook
    /// The break/fix model's assumptions (defaults when `content/comparison.md` is absent).
    public var comparison: ComparisonSettings
    /// In display order (`order`, then id).
    public var plans: [Plan] { didSet { reindexPlans() } }
    /// By id.
    public var clients: [Client] { didSet { reindexClients() } }
    /// By id.
    public var contracts: [Contract] { didSet { reindexContracts() } }
    /// By month.
    public var ledger: [LedgerMonth] { didSet { reindexLedger() } }
    /// By id.
    public var pages: [Page]

    private var planIndex: [ID: Int] = [:]
    private var clientIndex: [ID: Int] = [:]
    private var contractsByClient: [ID: [Contract]] = [:]
    private var ledgerByClient: [ID: [LedgerMonth]] = [:]

    public init(business: Business, priceBook: PriceBook, comparison: ComparisonSettings, plans: [Plan], clients: [Client],
                contracts: [Contract], ledger: [LedgerMonth], pages: [Page]) {
        self.business = business
        self.priceBook = priceBook
        self.comparison = comparison
        self.plans = plans
        self.clients = clients
        self.contracts = contracts
        self.ledger = ledger
        self.pages = pages
        reindexPlans()
        reindexClients()
        reindexContracts()
        reindexLedger()
    }

    public func plan(_ id: ID) -> Plan? { planIndex[id].map { plans[$0] } }
    public func client(_ id: ID) -> Client? { clientIndex[id].map { clients[$0] } }
    public func page(_ id: String) -> Page? { pages.first { $0.id.rawValue == id } }
    public func contracts(of client: ID) -> [Contract] { contractsByClient[client] ?? [] }
    /// The client's contract in force on `day` (contracts of one client never overlap).
    public func contract(of client: ID, on day: Day) -> Contract? {
        contracts(of: client).first { $0.isInForce(on: day) }
    }
    /// The ledger months with entries for `client`, holding only its entries (and the month's message).
    public func ledger(of client: ID) -> [LedgerMonth] { ledgerByClient[client] ?? [] }

    private mutating func reindexPlans() {
        planIndex = Dictionary(plans.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private mutating func reindexClients() {
        clientIndex = Dictionary(clients.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private mutating func reindexContracts() {
        contractsByClient = Dictionary(grouping: contracts) { $0.client.value }
    }

    private mutating func reindexLedger() {
        var byClient: [ID: [LedgerMonth]] = [:]
        for month in ledger {
            var slices: [ID: LedgerMonth] = [:]
            let empty = LedgerMonth(month: month.month, work: [], charges: [], payments: [], credits: [], balances: [],
                                    message: month.message, location: month.location)
            for entry in month.work { slices[entry.client.value, default: empty].work.append(entry) }
            for entry in month.charges { slices[entry.client.value, default: empty].charges.append(entry) }
            for entry in month.payments { slices[entry.client.value, default: empty].payments.append(entry) }
            for entry in month.credits { slices[entry.client.value, default: empty].credits.append(entry) }
            for entry in month.balances { slices[entry.client.value, default: empty].balances.append(entry) }
            for (id, slice) in slices { byClient[id, default: []].append(slice) }
        }
        ledgerByClient = byClient
    }
}
