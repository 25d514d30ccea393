/// What the pricing engine needs to know about an office: the six factors of a contract.
public struct OfficeProfile: Sendable {
    public var workstations: [DeviceGroup]
    public var servers: [DeviceGroup]
    /// Add-ons the office wants.
    public var services: [ID]
    public var visitsPerYear: Int
    public var callsPerMonth: Int
    public var termMonths: Int
    /// A negotiated discount (contracts only).
    public var discount: Ratio?

    public init(workstations: [DeviceGroup], servers: [DeviceGroup], services: [ID], visitsPerYear: Int,
                callsPerMonth: Int, termMonths: Int, discount: Ratio? = nil) {
        self.workstations = workstations
        self.servers = servers
        self.services = services
        self.visitsPerYear = visitsPerYear
        self.callsPerMonth = callsPerMonth
        self.termMonths = termMonths
        self.discount = discount
    }

    /// A client's office as the shop recorded it, quoted for the client's term (or the price book's).
    public init(client: Client, priceBook: PriceBook) {
        self.init(workstations: client.workstations, servers: client.servers, services: client.services.map(\.value),
                  visitsPerYear: client.visitsPerYear, callsPerMonth: client.callsPerMonth,
                  termMonths: client.termMonths ?? priceBook.defaultTermMonths)
    }
}
