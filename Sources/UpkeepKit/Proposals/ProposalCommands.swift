import Foundation

/// A client or plan named on the command line that the content does not have.
public struct UnknownName: Error, CustomStringConvertible {
    public var description: String
}

/// What `upkeep quote` and `upkeep proposal` do, for one client.
public enum ProposalCommands {
    /// The proposal for `clientID` as of `today`, from checked content.
    static func proposal(_ clientID: String, in shop: Shop, today: Day) throws -> Proposal {
        guard let client = shop.client(ID(clientID)) else {
            throw UnknownName(description: "there is no client '\(clientID)' (clients: \(shop.clients.map(\.id.rawValue).joined(separator: ", ")))")
        }
        guard let proposal = Proposal.make(for: client, in: shop, numbers: ProposalNumbers(clients: shop.clients.map(\.id)), today: today) else {
            throw UnknownName(description: "there are no plans in content/plans/ to quote")
        }
        return proposal
    }

    /// `upkeep quote`: the breakdown of one plan (the recommended one by default) as an aligned table.
    public static func quote(_ clientID: String, plan planID: String?, root: URL, today: Day) throws -> String {
        let shop = try Pipeline.check(root: root).get()
        let proposal = try proposal(clientID, in: shop, today: today)
        let chosen = planID.map(ID.init) ?? proposal.recommendation.planID
        guard let quote = proposal.quotes.first(where: { $0.planID == chosen }) else {
            throw UnknownName(description: "there is no plan '\(chosen)' (plans: \(shop.plans.map(\.id.rawValue).joined(separator: ", ")))")
        }
        let plan = shop.plan(chosen)!
        let term = OfficeProfile(client: proposal.client, priceBook: shop.priceBook).termMonths
        let money = MoneyFormat(currency: shop.business.currency, locale: shop.business.locale)
        let title = "\(proposal.client.name): \(plan.name) (\(plan.support.label.lowercased())), \(term)-month term, "
            + "prices of \(today.longText)" + (chosen == proposal.recommendation.planID ? "; the recommended plan" : "")
        return QuoteBreakdown(quote, money: money).table(title: title)
    }

    /// `upkeep proposal`: writes `private/proposals/<client>.html` for any client, replacing the
    /// file in one step (written beside it, then renamed). Returns the path written.
    public static func writeProposal(_ clientID: String, root: URL, output: URL? = nil, today: Day) throws -> URL {
        let shop = try Pipeline.check(root: root).get()
        let proposal = try proposal(clientID, in: shop, today: today)
        let templates = try Templates.load(root: root).get()
        let context = RenderContext(templates: templates, business: shop.business, today: today)
        let html = try ProposalView.render(proposal, shop, context)
        let folder = (output ?? root).appendingPathComponent("private/proposals")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("\(proposal.client.id).html")
        let temporary = folder.appendingPathComponent(".\(proposal.client.id).html.tmp")
        try Data(html.utf8).write(to: temporary)
        guard rename(temporary.path, target.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
        return target
    }
}
