import Foundation

/// A command-line request the content cannot satisfy: an unknown client or plan, a month
/// with no statement, a month not yet complete.
public struct CommandError: Error, CustomStringConvertible {
    public var description: String
}

/// What `upkeep quote`, `upkeep proposal` and `upkeep compare` do: one client's document.
public enum ClientDocuments {
    static func client(_ clientID: String, in shop: Shop) throws -> Client {
        guard let client = shop.client(ID(clientID)) else {
            throw CommandError(description: "there is no client '\(clientID)' (clients: \(shop.clients.map(\.id.rawValue).joined(separator: ", ")))")
        }
        return client
    }

    /// The proposal for `clientID` as of `today`, from checked content.
    static func proposal(_ clientID: String, in shop: Shop, today: Day) throws -> Proposal {
        let client = try client(clientID, in: shop)
        guard let proposal = Proposal.make(for: client, in: shop, numbers: ProposalNumbers(clients: shop.clients.map(\.id)), today: today) else {
            throw CommandError(description: "there are no plans in content/plans/ to quote")
        }
        return proposal
    }

    /// `upkeep quote`: the breakdown of one plan (the recommended one by default) as an aligned table.
    public static func quote(_ clientID: String, plan planID: String?, root: URL, today: Day) throws -> String {
        let shop = try Pipeline.validate(root: root).get()
        let proposal = try proposal(clientID, in: shop, today: today)
        let chosen = planID.map(ID.init) ?? proposal.recommendation.planID
        guard let quote = proposal.quotes.first(where: { $0.planID == chosen }) else {
            throw CommandError(description: "there is no plan '\(chosen)' (plans: \(shop.plans.map(\.id.rawValue).joined(separator: ", ")))")
        }
        let plan = shop.plan(chosen)!
        let term = OfficeProfile(client: proposal.client, priceBook: shop.priceBook).termMonths
        let money = MoneyFormat(currency: shop.business.currency, locale: shop.business.locale)
        let title = "\(proposal.client.name): \(plan.name) (\(plan.support.label.lowercased())), \(term)-month term, "
            + "prices of \(today.longText)" + (chosen == proposal.recommendation.planID ? "; the recommended plan" : "")
        return QuoteBreakdown(quote, money: money).table(title: title)
    }

    /// `upkeep proposal`: writes `private/clients/<client>/proposal.html` for any client. Returns the path written.
    public static func writeProposal(_ clientID: String, root: URL, output: URL? = nil, today: Day,
                                     waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> URL {
        let shop = try Pipeline.validate(root: root).get()
        let proposal = try proposal(clientID, in: shop, today: today)
        let context = try RenderContext(root: root, shop: shop, today: today)
        return try replaceFile(ProposalView.render(proposal, shop, context), at: ClientFolder.proposal(proposal.client.id),
                               in: output ?? root, for: "proposal", waiting: waiting)
    }

    /// `upkeep compare`: writes `private/clients/<client>/comparison.html`. Returns the path written.
    public static func writeComparison(_ clientID: String, root: URL, output: URL? = nil, today: Day,
                                       waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> URL {
        let shop = try Pipeline.validate(root: root).get()
        let client = try client(clientID, in: shop)
        guard let comparison = Comparison.make(for: client, in: shop, today: today) else {
            throw CommandError(description: "there are no plans in content/plans/ to compare with")
        }
        let context = try RenderContext(root: root, shop: shop, today: today)
        let path = ClientFolder.comparison(client.id)
        return try replaceFile(ComparisonView.render(comparison, subject: client.name, path: path, tree: .private, shop: shop, context: context),
                               at: path, in: output ?? root, for: "comparison", waiting: waiting)
    }

    /// `upkeep statement`: writes `private/clients/<client>/statement-<YYYY-MM>.html` (and its PDF).
    /// Statements carry balances from month to month, so every earlier month is computed and checked too.
    public static func writeStatement(_ clientID: String, month: Month, root: URL, output: URL? = nil, pdf: Bool,
                                      waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> URL {
        let shop = try Pipeline.validate(root: root).get()
        let client = try client(clientID, in: shop)
        let printer = pdf ? try PDFPrinter.find() : nil
        let context = try RenderContext(root: root, shop: shop, today: month.next.firstDay)
        let statements = try Pipeline.computeStatements(shop, through: month, context.money)
        guard let statement = statements[client.id]?.first(where: { $0.month == month }) else {
            throw CommandError(description: "\(client.id) has no statement for \(month.longText): no contract, ledger entry or balance that month")
        }
        return try replaceFile(StatementView.render(statement, client: client, context: context), at: ClientFolder.statement(client.id, month),
                               in: output ?? root, for: "statement", waiting: waiting) { try printer?.print($0) }
    }

    /// Replaces one file of `private/` in one step, holding the output folder's lock: written
    /// beside it, then renamed over it; `then` runs on it before the lock is released.
    static func replaceFile(_ page: [UInt8], at path: String, in output: URL, for activity: String, waiting: BuildLock.Waiting,
                            then: (URL) throws -> Void = { _ in }) throws -> URL {
        let target = output.appendingPathComponent("private/" + path)
        return try BuildLock.holding(output, for: activity, waiting: waiting) {
            try OutputError.attempt(writing: target.path) {
                let folder = target.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).tmp")
                do { try Data(page).write(to: temporary) } catch {
                    try? FileManager.default.removeItem(at: temporary)
                    throw error
                }
                guard rename(temporary.path, target.path) == 0 else { throw OutputError(errno: errno, writing: target.path) }
                try then(target)
                return target
            }
        }
    }
}
