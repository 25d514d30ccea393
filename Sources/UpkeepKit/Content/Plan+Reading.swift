import Yams

extension SupportKind: ContentChoice {}

extension Plan {
    static let keys = ["name", "summary", "support", "per_workstation", "per_server", "response_time",
                       "includes", "excludes", "included_addons", "order", "recommended"]

    static func read(id: ID, _ node: Node, body: String, _ r: inout ContentReader) -> Plan? {
        guard let f = r.fields(node, of: "plan", accepted: keys) else { return nil }
        let name: String? = r.required("name", in: f)
        let support: SupportKind? = r.required("support", in: f)
        let perWorkstation: Money? = r.required("per_workstation", in: f)
        let perServer: Money? = r.required("per_server", in: f)
        let responseTime: String? = r.required("response_time", in: f)
        let summary: String = r.optional("summary", in: f, default: "")
        let includes: [String] = r.optional("includes", in: f, default: [])
        let excludes: [String] = r.optional("excludes", in: f, default: [])
        let addons: [Located<ID>] = r.optional("included_addons", in: f, default: [])
        let order: Int = r.optional("order", in: f, default: 0)
        guard let name, let support, let perWorkstation, let perServer, let responseTime else { return nil }
        return Plan(id: id, name: name, summary: summary, support: support, perWorkstation: perWorkstation,
                    perServer: perServer, responseTime: responseTime, includes: includes, excludes: excludes,
                    includedAddons: addons, order: order,
                    recommended: r.optional("recommended", in: f, default: false), description: body, location: r.location(of: node))
    }
}
