import Foundation

/// A client or plan named on the command line that the content does not have.
public struct UnknownName: Error, CustomStringConvertible {
    public var description: String
}

/// What `upkeep quote`, `upkeep proposal` and `upkeep compare` do: one client's document.
public enum ClientDocuments {
    static func client(_ clientID: String, in shop: Shop) throws -> Client {
        guard let client = shop.client(ID(clientID)) else {
            throw UnknownName(description: "there is no client '\(clientID)' (clients: \(shop.clients.map(\.id.rawValue).joined(separator: ", ")))")
        }
        return client
    }

    /// The proposal for `clientID` as of `today`, from checked content.
    static func proposal(_ clientID: String, in shop: Shop, today: Day) throws -> Proposal {
        let client = try client(clientID, in: shop)
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

    /// `upkeep proposal`: writes `private/proposals/<client>.html` for any client. Returns the path written.
    public static func writeProposal(_ clientID: String, root: URL, output: URL? = nil, today: Day) throws -> URL {
        let shop = try Pipeline.check(root: root).get()
        let proposal = try proposal(clientID, in: shop, today: today)
        let context = try RenderContext(root: root, shop: shop, today: today)
        return try replaceFile(ProposalView.render(proposal, shop, context),
                               at: (output ?? root).appendingPathComponent("private/proposals/\(proposal.client.id).html"))
    }

    /// `upkeep compare`: writes `private/comparisons/<client>.html`. Returns the path written.
    public static func writeComparison(_ clientID: String, root: URL, output: URL? = nil, today: Day) throws -> URL {
        let shop = try Pipeline.check(root: root).get()
        let client = try client(clientID, in: shop)
        guard let comparison = Comparison.make(for: client, in: shop, today: today) else {
            throw UnknownName(description: "there are no plans in content/plans/ to compare with")
        }
        let context = try RenderContext(root: root, shop: shop, today: today)
        return try replaceFile(ComparisonView.render(comparison, subject: client.name, isPublic: false, shop: shop, context: context),
                               at: (output ?? root).appendingPathComponent("private/comparisons/\(client.id).html"))
    }

    /// Replaces one file in one step: written beside it, then renamed over it.
    static func replaceFile(_ text: String, at target: URL) throws -> URL {
        let folder = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, target.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
        return target
    }
}
