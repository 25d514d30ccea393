import Foundation

/// `upkeep accept`: a signed proposal becomes the client's contract file, and the client an
/// active one; the only command that writes into `content/`.
public enum AcceptProposal {
    /// What `accept` wrote.
    public struct Result: Sendable {
        public var contract: URL
        public var client: URL
        public var summary: String
    }

    public static func run(_ request: AcceptanceRequest, root: URL, today: Day) throws -> Result {
        let (valid, books) = try ClientDocuments.books(root: root, today: today)
        let shop = valid.shop
        let client = try ClientDocuments.client(request.client, in: shop)
        guard client.status == .prospect else {
            throw RequestError(description: "\(client.id) is \(client.status == .active ? "an active" : "a former") client, not a prospect: only a prospect's proposal can be accepted; a change to a contract in force goes under 'changes:' in its contract file")
        }
        let contractPath = "content/contracts/\(client.id).md"
        let contractURL = root.appendingPathComponent(contractPath)
        guard shop.contracts(of: client.id).isEmpty, !FileManager.default.fileExists(atPath: contractURL.path) else {
            throw RequestError(description: "\(contractPath) exists already (or another contract names \(client.id)): accept writes a new contract only; edit the existing one by hand")
        }
        guard request.signed <= today else {
            throw RequestError(description: "--signed \(request.signed) is after today, \(today)")
        }
        let (proposal, fingerprint) = try signedProposal(request, client: client, valid: valid, books: books, root: root)
        let acceptance = try Acceptance.make(request, proposal: proposal, fingerprint: fingerprint, shop: shop)
        let clientURL = root.appendingPathComponent(client.location.path)
        let clientText = try String(contentsOf: clientURL, encoding: .utf8)
        guard let activated = Acceptance.activated(clientText) else {
            throw RequestError(description: "\(client.location.path) has no 'status: prospect' line in its front matter to change to 'status: active'")
        }
        let money = books.money
        let contract = acceptance.contractText(fingerprint: fingerprint, signed: request.signed, money: money)
        // The contract is created only if no file has its name, then the client's status changes;
        // should that fail, the contract goes again, so nothing is half done.
        try OutputError.attempt(writing: contractURL.path) {
            try FileManager.default.createDirectory(at: contractURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try PlainFile.create(Array(contract.utf8), at: contractURL.path)
        }
        do {
            try OutputError.attempt(writing: clientURL.path) {
                try PlainFile.createFolderAndWrite(Array(activated.utf8), at: clientURL.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: contractURL)
            throw error
        }
        let quote = acceptance.quote
        let summary = "wrote \(contractPath): \(quote.planName) from \(acceptance.start.longText), \(money.format(quote.monthlyTotal)) a month; "
            + "the first statement bills onboarding of \(money.format(quote.onboardingFee)) too. \(client.name) is now an active client."
        return Result(contract: contractURL, client: clientURL, summary: summary)
    }

    /// The proposal the client signed, and its fingerprint: with `--fingerprint`, the proposal
    /// made from the current content on the day of the record with that fingerprint (or, without
    /// a record, on any day of the year before signing) whose fingerprint is the one given;
    /// without it, today's.
    static func signedProposal(_ request: AcceptanceRequest, client: Client, valid: ValidBusiness, books: Books,
                               root: URL) throws -> (Proposal, String) {
        func made(on day: Day) throws -> (Proposal, String)? {
            let books = Books(valid.shop, today: day)
            guard let proposal = books.proposal(for: client) else { return nil }
            return (proposal, try Renderer(books: books, context: valid.renderContext(today: day)).proposal(proposal).fingerprint)
        }
        guard let wanted = request.fingerprint?.uppercased() else {
            guard let today = try made(on: books.today) else { throw RequestError(description: "there are no plans in content/plans/ to quote") }
            return today
        }
        let folder = root.appendingPathComponent(ProposalFigures.folder(client.id))
        let record = (try? String(contentsOf: folder.appendingPathComponent("\(wanted).txt"), encoding: .utf8)).flatMap(ProposalFigures.init(text:))
        let recorded = record?["Date"].flatMap { try? Day.parse($0).get() }
        let days = recorded.map { [$0] } ?? (0...366).map { request.signed.adding(days: -$0) }
        for day in days {
            if let candidate = try made(on: day), candidate.1 == wanted { return candidate }
        }
        guard let record, let day = recorded, let now = try made(on: day) else {
            throw RequestError(description: "no proposal for \(client.id) has the fingerprint \(wanted): none made from the current content in the year before \(request.signed), and no record of one in \(ProposalFigures.folder(client.id))/")
        }
        let figures = ProposalFigures(now.0, fingerprint: now.1, money: books.money)
        let changes = record.differences(to: figures)
        throw RequestError(description: "the content changed since proposal \(now.0.number) with fingerprint \(wanted) was made on \(day): "
            + (changes.isEmpty ? "its wording changed, not its figures" : changes.joined(separator: "; "))
            + ". Make a new proposal for the client to sign, or restore the content it was made from")
    }
}
