/// `content/clients/<id>.md`: a prospect, an active client or a former one.
public struct Client: Sendable, Identifiable, Encodable {
    public enum Status: String, CaseIterable, Sendable, Encodable {
        case prospect, active, former
    }

    public var id: ID
    public var name: String
    public var status: Status
    public var contact: Contact
    public var billingAddress: AddressLines?
    /// The office's computers as the shop sees them.
    public var workstations: [DeviceGroup]
    public var servers: [DeviceGroup]
    /// Add-on ids of the services that matter to this client.
    public var services: [Located<ID>]
    /// Scheduled on-site visits a year the client wants (how often they need service).
    public var visitsPerYear: Int
    /// Support calls a month, as the client reports or the ledger shows (how often they need service).
    public var callsPerMonth: Int
    /// The plan the shop recommends, when it wants to choose rather than let Upkeep suggest.
    public var recommend: Located<ID>?
    /// Why that plan: one sentence printed beside the recommendation.
    public var recommendBecause: String?
    /// The contract length the proposal quotes, in months.
    public var termMonths: Int?
    /// Overrides the business's `proposal_comparison` for this client's proposal.
    public var proposalComparison: ComparisonPolicy?
    /// Where statements are e-mailed (nil: the contact's e-mail).
    public var billingEmail: String?
    /// The language and formats of this client's documents (nil: the business's `locale`).
    public var locale: String?

    /// The address statements go to: `billing_email`, else the contact's.
    public var statementEmail: String? { billingEmail ?? contact.email }
    /// Markdown: the proposal's cover letter for a prospect, notes for others.
    public var body: String
    public var location: SourceLocation

    public var workstationCount: Int { workstations.reduce(0) { $0 + $1.count } }
    public var serverCount: Int { servers.reduce(0) { $0 + $1.count } }
}

public struct Contact: Sendable, Encodable {
    public var name: String
    public var title: String?
    public var email: String?
    public var phone: String?
}

/// Some identical computers bought the same year: `{count: 8, purchased: 2021}`.
public struct DeviceGroup: Sendable, Encodable {
    public var count: Int
    /// Year of purchase; the age of the devices is the quote's year minus this.
    public var purchased: Int
    /// What they are, for the proposal: "Front desk PCs", "File server".
    public var label: String?
    public var location: SourceLocation

    public func age(in year: Int) -> Int { max(0, year - purchased) }
}
