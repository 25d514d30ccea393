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
    /// The closed months, in month order.
    public var closings: [MonthClosing]
    /// The owner's own words for labels, by locale.
    public var labels: [LabelOverrides]

    private var planIndex: [ID: Int] = [:]
    private var clientIndex: [ID: Int] = [:]
    private var contractsByClient: [ID: [Contract]] = [:]
    /// Where each client's ledger entries are, so that they are not stored twice.
    private var entriesByClient: [ID: [EntryReference]] = [:]

    private struct EntryReference: Sendable {
        enum Kind: UInt8 { case work, charge, payment, credit, balance }
        var month: Int32
        var kind: Kind
        var index: Int32
    }

    public init(business: Business, priceBook: PriceBook, comparison: ComparisonSettings, plans: [Plan], clients: [Client],
                contracts: [Contract], ledger: [LedgerMonth], pages: [Page], closings: [MonthClosing] = [],
                labels: [LabelOverrides] = []) {
        self.business = business
        self.priceBook = priceBook
        self.comparison = comparison
        self.labels = labels
        self.plans = plans
        self.clients = clients
        self.contracts = contracts
        self.ledger = ledger
        self.pages = pages
        self.closings = closings
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
    public func ledger(of client: ID) -> [LedgerMonth] {
        var result: [LedgerMonth] = []
        for reference in entriesByClient[client] ?? [] {
            let month = ledger[Int(reference.month)]
            if result.last?.month != month.month {
                result.append(LedgerMonth(month: month.month, work: [], charges: [], payments: [], credits: [], balances: [],
                                          message: month.message, location: month.location))
            }
            let i = Int(reference.index)
            switch reference.kind {
            case .work: result[result.count - 1].work.append(month.work[i])
            case .charge: result[result.count - 1].charges.append(month.charges[i])
            case .payment: result[result.count - 1].payments.append(month.payments[i])
            case .credit: result[result.count - 1].credits.append(month.credits[i])
            case .balance: result[result.count - 1].balances.append(month.balances[i])
            }
        }
        return result
    }

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
        var byClient: [ID: [EntryReference]] = [:]
        for (m, month) in ledger.enumerated() {
            func add(_ client: Located<ID>, _ kind: EntryReference.Kind, _ index: Int) {
                byClient[client.value, default: []].append(EntryReference(month: Int32(m), kind: kind, index: Int32(index)))
            }
            for (i, entry) in month.work.enumerated() { add(entry.client, .work, i) }
            for (i, entry) in month.charges.enumerated() { add(entry.client, .charge, i) }
            for (i, entry) in month.payments.enumerated() { add(entry.client, .payment, i) }
            for (i, entry) in month.credits.enumerated() { add(entry.client, .credit, i) }
            for (i, entry) in month.balances.enumerated() { add(entry.client, .balance, i) }
        }
        entriesByClient = byClient
    }
}
