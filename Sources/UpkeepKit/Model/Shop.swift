/// Everything in `content/`, read and checked: the typed model every later stage works from.
public struct Shop: Sendable {
    public var business: Business
    public var priceBook: PriceBook
    /// The break/fix model's assumptions (defaults when `content/comparison.md` is absent).
    public var comparison: ComparisonSettings
    /// In display order (`order`, then id).
    public var plans: [Plan]
    /// By id.
    public var clients: [Client]
    /// By id.
    public var contracts: [Contract]
    /// By month.
    public var ledger: [LedgerMonth]
    /// By id.
    public var pages: [Page]

    public func plan(_ id: ID) -> Plan? { plans.first { $0.id == id } }
    public func client(_ id: ID) -> Client? { clients.first { $0.id == id } }
    public func page(_ id: String) -> Page? { pages.first { $0.id.rawValue == id } }
    public func contracts(of client: ID) -> [Contract] { contracts.filter { $0.client.value == client } }
    /// The client's contract in force on `day` (contracts of one client never overlap).
    public func contract(of client: ID, on day: Day) -> Contract? {
        contracts.first { $0.client.value == client && $0.isInForce(on: day) }
    }
}
