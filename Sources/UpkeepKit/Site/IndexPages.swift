/// `public/index.html`: the shop's plans and prices, for anyone.
public struct PublicIndexView: Sendable {
    public struct PlanRow: Sendable {
        public var name: String
        public var summary: String
        public var support: String
        public var perWorkstation: String
        public var perServer: String
        public var responseTime: String
        public var includes: [String]
        public var excludes: [String]
        // Stored, not computed: templates read fields by reflection, which sees stored properties only.
        public var hasIncludes: Bool
        public var hasExcludes: Bool
        /// cmark HTML of the plan's Markdown description.
        public var descriptionHTML: String
    }

    public var page: PageFrame
    /// cmark HTML of `business.md`'s body.
    public var aboutHTML: String
    public var plans: [PlanRow]

    static func make(_ shop: Shop, _ context: RenderContext) -> PublicIndexView {
        PublicIndexView(
            page: context.frame(title: "\(shop.business.name): managed IT plans", depth: 0),
            aboutHTML: Markdown.html(shop.business.about),
            plans: shop.plans.map { plan in
                PlanRow(name: plan.name, summary: plan.summary, support: plan.support.label,
                        perWorkstation: context.money.format(plan.perWorkstation),
                        perServer: context.money.format(plan.perServer), responseTime: plan.responseTime,
                        includes: plan.includes, excludes: plan.excludes,
                        hasIncludes: !plan.includes.isEmpty, hasExcludes: !plan.excludes.isEmpty,
                        descriptionHTML: Markdown.html(plan.description))
            })
    }
}

/// `private/index.html`: the shop's own overview of its clients.
public struct PrivateIndexView: Sendable {
    public struct ClientRow: Sendable {
        public var id: String
        public var name: String
        public var status: String
        public var workstations: Int
        public var servers: Int
        /// The plan of the contract in force today, if any.
        public var plan: String?
    }

    /// Clients of one status; only statuses with clients are listed.
    public struct ClientGroup: Sendable {
        /// `Prospects`, `Active clients`, `Former clients`
        public var title: String
        public var clients: [ClientRow]
    }

    public var page: PageFrame
    public var groups: [ClientGroup]

    static func make(_ shop: Shop, _ context: RenderContext) -> PrivateIndexView {
        func row(_ client: Client) -> ClientRow {
            let contract = shop.contract(of: client.id, on: context.today)
            let plan = contract.flatMap { shop.plan($0.terms(on: context.today).plan.value)?.name }
            return ClientRow(id: client.id.rawValue, name: client.name, status: client.status.rawValue,
                             workstations: client.workstationCount, servers: client.serverCount, plan: plan)
        }
        let titles: [(Client.Status, String)] = [(.prospect, "Prospects"), (.active, "Active clients"), (.former, "Former clients")]
        return PrivateIndexView(
            page: context.frame(title: "\(shop.business.name): clients", depth: 0),
            groups: titles.compactMap { status, title in
                let rows = shop.clients.filter { $0.status == status }.map(row)
                return rows.isEmpty ? nil : ClientGroup(title: title, clients: rows)
            })
    }
}
