import Yams

extension Client {
    static let keys = ["name", "status", "contact", "billing_address", "workstations", "servers", "services",
                       "visits_per_year", "calls_per_month", "recommend", "recommend_because", "term_months", "proposal_comparison",
                       "billing_email", "locale"]

    static func read(id: ID, _ node: Node, body: String, _ r: inout ContentReader) -> Client? {
        guard let f = r.fields(node, of: "client", accepted: keys) else { return nil }
        let name: String? = r.required("name", in: f)
        let status: Status? = r.required("status", in: f)
        let contact: Contact? = r.required("contact", in: f)
        let client = Client(
            id: id, name: name ?? "", status: status ?? .prospect,
            contact: contact ?? Contact(name: "", title: nil, email: nil, phone: nil),
            billingAddress: r.optional("billing_address", in: f),
            workstations: r.optional("workstations", in: f, default: []),
            servers: r.optional("servers", in: f, default: []),
            services: r.optional("services", in: f, default: []),
            visitsPerYear: r.optional("visits_per_year", in: f, default: 0),
            callsPerMonth: r.optional("calls_per_month", in: f, default: 0),
            recommend: r.optional("recommend", in: f),
            recommendBecause: r.optional("recommend_because", in: f),
            termMonths: r.termMonths("term_months", in: f),
            proposalComparison: r.optional("proposal_comparison", in: f),
            billingEmail: r.optional("billing_email", in: f),
            locale: (r.optional("locale", in: f) as LocaleName?)?.identifier,
            body: body, location: r.location(of: node))
        guard name != nil, status != nil, contact != nil else { return nil }
        return client
    }
}

extension Client.Status: ContentChoice {}

extension Contact: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> Contact? {
        guard let f = r.fields(node, of: "contact", accepted: ["name", "title", "email", "phone"]) else { return nil }
        let name: String? = r.required("name", in: f)
        let contact = Contact(name: name ?? "", title: r.optional("title", in: f),
                              email: r.optional("email", in: f), phone: r.optional("phone", in: f))
        return name == nil ? nil : contact
    }
}

extension DeviceGroup: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> DeviceGroup? {
        guard let f = r.fields(node, of: "device group", accepted: ["count", "purchased", "label"]) else { return nil }
        let count: Int = r.optional("count", in: f, default: 1)
        let purchased: Int? = r.required("purchased", in: f)
        let label: String? = r.optional("label", in: f)
        guard let purchased else { return nil }
        if count == 0 {
            r.error("'count' must be at least 1; remove the group instead", at: r.location(of: "count", in: f))
            return nil
        }
        if !(1980...2200).contains(purchased) {
            r.error("'purchased' must be a four-digit year such as 2021, found '\(purchased)'", at: r.location(of: "purchased", in: f))
            return nil
        }
        return DeviceGroup(count: count, purchased: purchased, label: label, location: r.location(of: node))
    }
}
