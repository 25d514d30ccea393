import Foundation

/// What the client signed, as `upkeep accept` is told it.
public struct AcceptanceRequest: Sendable {
    public var client: String
    public var plan: String
    public var signed: Day
    /// The first day of service (nil: the 1st of the month after `signed`).
    public var start: Day?
    /// Optional add-ons the client ticked on the acceptance block.
    public var addons: [String]
    /// The fingerprint printed on the copy the client signed, when the owner gives it.
    public var fingerprint: String?
    /// Accept a proposal past its valid-until date all the same.
    public var force: Bool

    public init(client: String, plan: String, signed: Day, start: Day? = nil, addons: [String] = [], fingerprint: String? = nil,
                force: Bool = false) {
        self.client = client
        self.plan = plan
        self.signed = signed
        self.start = start
        self.addons = addons
        self.fingerprint = fingerprint
        self.force = force
    }
}

/// The contract a signed proposal becomes: exactly what the proposal priced for the plan and
/// add-ons the client chose. Pure: the checks that need no file, and the contract's text.
public struct Acceptance: Sendable {
    public var proposal: Proposal
    /// The chosen plan, priced for the office with the chosen add-ons, as of the proposal's date.
    public var quote: Quote
    public var start: Day
    public var addons: [ID]
    public var termMonths: Int

    /// Checks `request` against `proposal` (the one the client signed) and prices the choice.
    static func make(_ request: AcceptanceRequest, proposal: Proposal, fingerprint: String, shop: Shop) throws(RequestError) -> Acceptance {
        let client = proposal.client
        guard let plan = shop.plan(ID(request.plan)) else {
            throw RequestError(description: "there is no plan '\(request.plan)' (\(Suggestion.hint(request.plan, among: shop.plans.map(\.id.rawValue)))plans: \(shop.plans.map(\.id.rawValue).joined(separator: ", ")))")
        }
        let known = shop.priceBook.addons.map(\.id.value.rawValue)
        for addon in request.addons where !known.contains(addon) {
            throw RequestError(description: "there is no add-on '\(addon)' in content/pricebook.md (\(Suggestion.hint(addon, among: known))add-ons: \(known.joined(separator: ", ")))")
        }
        guard request.signed >= proposal.date else {
            throw RequestError(description: "--signed \(request.signed) is before the proposal's date, \(proposal.date)")
        }
        guard request.signed <= proposal.validUntil || request.force else {
            throw RequestError(description: "proposal \(proposal.number) (fingerprint \(fingerprint)) was valid until \(proposal.validUntil), and the client signed on \(request.signed); make a new proposal for the client to sign, or accept this one with --force")
        }
        let start = request.start ?? request.signed.monthOf.next.firstDay
        guard start >= request.signed else {
            throw RequestError(description: "--start \(start) is before the signing date, \(request.signed)")
        }
        var office = OfficeProfile(client: client, priceBook: shop.priceBook)
        var addons = client.services.map(\.value)
        for addon in request.addons.map(ID.init) where !addons.contains(addon) { addons.append(addon) }
        office.services = addons
        let quote = PriceEngine.quote(plan: plan, for: office, priceBook: shop.priceBook, taxes: shop.business.taxes, year: proposal.date.year)
        return Acceptance(proposal: proposal, quote: quote, start: start, addons: addons, termMonths: office.termMonths)
    }

    /// `content/contracts/<client>.md`.
    func contractText(fingerprint: String, signed: Day, money: MoneyFormat) -> String {
        var lines = [
            "client: \(proposal.client.id)",
            "plan: \(quote.planID)",
            "start: \(start)",
            "term_months: \(termMonths)",
            "workstations: \(quote.coveredWorkstations)",
            "servers: \(quote.coveredServers)",
        ]
        if !addons.isEmpty { lines.append("addons: [\(addons.map(\.rawValue).joined(separator: ", "))]") }
        if proposal.client.visitsPerYear > 0 { lines.append("visits_per_year: \(proposal.client.visitsPerYear)") }
        if quote.onboardingFee > .zero { lines.append("onboarding_fee: \(money.plain(quote.onboardingFee))") }
        lines += ["proposal: \(proposal.number)", "fingerprint: \(fingerprint)", "signed: \(signed)"]
        let note = "Accepted from proposal \(proposal.number) of \(proposal.date.longText), signed \(signed.longText): "
            + "\(quote.planName), \(money.format(quote.monthlyTotal)) a month; the first month, onboarding included, \(money.format(quote.firstMonthTotal))."
        return "---\n" + lines.joined(separator: "\n") + "\n---\n" + note + "\n"
    }

    /// The client file's text with its `status: prospect` line changed to `status: active`,
    /// nothing else; nil when the front matter has no such line.
    static func activated(_ clientText: String) -> String? {
        // Split on LF alone: a CRLF line keeps its CR, and is written back with it.
        var lines = clientText.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        var inFrontMatter = false
        for (index, full) in lines.enumerated() {
            // A file written with CRLF keeps them.
            let cr = full.hasSuffix("\r") ? "\r" : ""
            let line = String(full.dropLast(cr.count))
            if line.trimmingCharacters(in: .whitespaces) == "---" {
                if inFrontMatter { return nil }
                inFrontMatter = true
                continue
            }
            guard inFrontMatter, line.hasPrefix("status:") else { continue }
            let value = line.dropFirst("status:".count)
            let word = value.drop { $0 == " " }
            for quote in ["", "\"", "'"] where word.hasPrefix(quote + "prospect" + quote) {
                let rest = word.dropFirst(quote.count * 2 + "prospect".count)
                guard rest.allSatisfy({ $0 == " " }) || rest.drop(while: { $0 == " " }).hasPrefix("#") else { continue }
                lines[index] = "status:" + value.prefix { $0 == " " } + quote + "active" + quote + rest + cr
                return lines.joined(separator: "\n")
            }
            return nil
        }
        return nil
    }
}
