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

extension OfficeProfile {
    /// A contract's terms for the client's office: the devices covered are the client's,
    /// newest first, up to the contract's counts (so a contract that covers fewer devices than
    /// the client has leaves out the oldest, which cost the most to look after); devices beyond
    /// the inventory are taken to be new (bought in `year`); statements and `upkeep preview` say so.
    public init(client: Client, contract: Contract, terms: ContractTerms, year: Int) {
        self.init(workstations: Self.covering(client.workstations, count: terms.workstations?.value, year: year),
                  servers: Self.covering(client.servers, count: terms.servers?.value, year: year),
                  services: terms.addons.map(\.value), visitsPerYear: terms.visitsPerYear,
                  callsPerMonth: client.callsPerMonth, termMonths: contract.termMonths, discount: terms.discount)
    }

    static func covering(_ groups: [DeviceGroup], count: Int?, year: Int) -> [DeviceGroup] {
        guard var left = count else { return groups }
        var result: [DeviceGroup] = []
        for group in groups.sorted(by: { $0.purchased > $1.purchased }) where left > 0 {
            var taken = group
            taken.count = min(group.count, left)
            left -= taken.count
            result.append(taken)
        }
        if left > 0 {
            result.append(DeviceGroup(count: left, purchased: year, label: nil, location: .computed))
        }
        return result
    }
}
