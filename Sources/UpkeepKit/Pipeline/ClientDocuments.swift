import Foundation

/// One client's document on request (`upkeep quote`, `proposal`, `compare`, `statement`): the
/// build's stages for a single file, written in place of the one the last build made.
public enum ClientDocuments {
    /// The checked business at `root` and its books as of `today`.
    static func books(root: URL, today: Day, statementsThrough last: Month? = nil) throws -> (ValidBusiness, Books) {
        try Pipeline.requireInRange(today)
        let valid = try Pipeline.validate(root: root).get()
        return (valid, Stage.compute.run { Books(valid.shop, today: today, statementsThrough: last) })
    }

    static func client(_ clientID: String, in shop: Shop) throws -> Client {
        guard let client = shop.client(ID(clientID)) else {
            let hint = Suggestion.hint(clientID, among: shop.clients.map(\.id.rawValue))
            throw RequestError(description: "there is no client '\(clientID)' (\(hint)clients: \(shop.clients.map(\.id.rawValue).joined(separator: ", ")))")
        }
        return client
    }

    /// The proposal for `clientID` as of the books' today, whatever the client's status.
    static func proposal(_ clientID: String, in books: Books) throws -> Proposal {
        guard let proposal = books.proposal(for: try client(clientID, in: books.shop)) else {
            throw RequestError(description: "there are no plans in content/plans/ to quote")
        }
        return proposal
    }

    /// Which plans `upkeep quote` prints.
    public enum QuotedPlans: Sendable, Equatable {
        /// The one the proposal recommends.
        case recommended
        case plan(String)
        /// Every plan, in plan order.
        case all
    }

    /// `upkeep quote CLIENT`: the breakdown of the client's plans as aligned tables.
    public static func quote(_ clientID: String, plans: QuotedPlans, root: URL, today: Day) throws -> String {
        let (_, books) = try books(root: root, today: today)
        let client = try client(clientID, in: books.shop)
        return try quote(client, plans: plans, books: books)
    }

    /// `upkeep quote --office FILE`: an office described in a file of its own, priced on its
    /// plans like a prospect. `path` names the file in messages.
    public static func quote(office url: URL, path: String, plans: QuotedPlans, root: URL, today: Day) throws -> String {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw RequestError(description: "there is no office file '\(path)'")
        }
        let (_, books) = try books(root: root, today: today)
        let shop = books.shop
        let office = try OfficeFile.read(url, path: path, minorDigits: shop.business.currency.minorDigits,
                                         addons: shop.priceBook.addons).get()
        return try quote(office.asClient, plans: plans, books: books)
    }

    /// Each plan asked for, a title line over its table, tables one blank line apart.
    static func quote(_ client: Client, plans: QuotedPlans, books: Books) throws -> String {
        let shop = books.shop
        guard let options = Proposal.options(for: client, in: shop, year: books.today.year) else {
            throw RequestError(description: "there are no plans in content/plans/ to quote")
        }
        let recommended = options.recommendation.planID
        let chosen: [Quote]
        switch plans {
        case .recommended: chosen = [options.recommended]
        case .all: chosen = options.quotes
        case .plan(let id):
            guard let quote = options.quotes.first(where: { $0.planID == ID(id) }) else {
                let hint = Suggestion.hint(id, among: shop.plans.map(\.id.rawValue))
                throw RequestError(description: "there is no plan '\(id)' (\(hint)plans: \(shop.plans.map(\.id.rawValue).joined(separator: ", ")))")
            }
            chosen = [quote]
        }
        let term = OfficeProfile(client: client, priceBook: shop.priceBook).termMonths
        return chosen.map { quote in
            let title = "\(client.name): \(quote.planName) (\(quote.support.label.lowercased())), \(term)-month term, "
                + "prices of \(books.today.longText)" + (quote.planID == recommended ? "; the recommended plan" : "")
            return QuoteBreakdown(quote, language: .english(books.money)).table(title: title)
        }.joined(separator: "\n")
    }

    /// `upkeep proposal`: writes `private/clients/<client>/proposal.html` for any client. Returns the path written.
    public static func writeProposal(_ clientID: String, root: URL, output: URL? = nil, today: Day,
                                     waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> URL {
        let (valid, books) = try books(root: root, today: today)
        let proposal = try proposal(clientID, in: books)
        let made = try Stage.render.run { try Renderer(books: books, context: valid.renderContext(today: today)).proposal(proposal) }
        return try replaceFile(made.page, in: output ?? root, for: "proposal", waiting: waiting) { _ in
            try made.figures.record(in: output ?? root)
        }
    }

    /// `upkeep compare`: writes `private/clients/<client>/comparison.html`. Returns the path written.
    public static func writeComparison(_ clientID: String, root: URL, output: URL? = nil, today: Day,
                                       waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> URL {
        let (valid, books) = try books(root: root, today: today)
        let client = try client(clientID, in: books.shop)
        guard let comparison = Stage.compute.run({ books.comparison(for: client) }) else {
            throw RequestError(description: "there are no plans in content/plans/ to compare with")
        }
        let file = try Stage.render.run { try Renderer(books: books, context: valid.renderContext(today: today)).comparison(of: client, comparison) }
        return try replaceFile(file, in: output ?? root, for: "comparison", waiting: waiting)
    }

    /// `upkeep statement`: writes `private/clients/<client>/statement-<YYYY-MM>.html` (and its
    /// PDF). Statements carry balances from month to month, so the client's earlier months are
    /// computed and checked too.
    public static func writeStatement(_ clientID: String, month: Month, root: URL, output: URL? = nil, today: Day, pdf: Bool,
                                      waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> URL {
        guard month <= today.monthOf.previous else {
            throw RequestError(description: "\(month) is not complete on \(today); statements run through \(today.monthOf.previous)")
        }
        let (valid, books) = try books(root: root, today: today, statementsThrough: month)
        let client = try client(clientID, in: books.shop)
        let printer = pdf ? try PDFPrinter.find() : nil
        let statements = Stage.compute.run { books.statements(of: client) }
        guard statements.problems.isEmpty else {
            var error = DiagnosticsError(statements.problems)
            error.stage = Stage.compute.rawValue
            throw error
        }
        guard let statement = statements.statements.first(where: { $0.month == month }) else {
            throw RequestError(description: "\(client.id) has no statement for \(month.longText): no contract, ledger entry or balance that month")
        }
        let file = try Stage.render.run { try Renderer(books: books, context: valid.renderContext(today: today)).statement(statement, of: client) }
        return try replaceFile(file, in: output ?? root, for: "statement", waiting: waiting) { try printer?.print($0) }
    }

    /// `upkeep review`: writes `private/clients/<client>/review-<YYYY>-Q<n>.html`.
    public static func writeReview(_ clientID: String, quarter: Quarter, root: URL, today: Day,
                                   waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> URL {
        guard quarter.lastDay < today else {
            throw RequestError(description: "\(quarter) is not complete on \(today): a review covers a whole quarter")
        }
        let (valid, books) = try books(root: root, today: today, statementsThrough: quarter.months[2])
        let client = try client(clientID, in: books.shop)
        let clientBooks = Stage.compute.run { books.client(client) }
        guard clientBooks.problems.isEmpty else {
            var error = DiagnosticsError(clientBooks.problems)
            error.stage = Stage.compute.rawValue
            throw error
        }
        guard let review = clientBooks.reviews.first(where: { $0.quarter == quarter }) else {
            let quarters = clientBooks.reviews.map(\.quarter.description)
            throw RequestError(description: "\(client.id) had no contract in force in \(quarter)"
                               + (quarters.isEmpty ? "" : "; it has reviews for \(quarters.joined(separator: ", "))"))
        }
        let file = try Stage.render.run { try Renderer(books: books, context: valid.renderContext(today: today)).review(review) }
        return try replaceFile(file, in: root, for: "review", waiting: waiting)
    }

    /// Replaces one file of `private/` in one step, holding the output folder's lock: written
    /// beside it, then renamed over it; `then` runs on it before the lock is released.
    static func replaceFile(_ file: RenderedFile, in output: URL, for activity: String, waiting: BuildLock.Waiting,
                            then: (URL) throws -> Void = { _ in }) throws -> URL {
        let target = output.appendingPathComponent("\(file.tree.rawValue)/" + file.path)
        return try BuildLock.holding(output, for: activity, waiting: waiting) {
            try OutputError.attempt(writing: target.path) {
                try PlainFile.createFolderAndWrite(file.bytes, at: target.path)
                try then(target)
                return target
            }
        }
    }
}
