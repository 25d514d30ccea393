import Foundation
import Testing
@testable import UpkeepKit

/// The sales loop: a prospect's proposal, signed, becomes its contract and its first statement.
@Suite("Accepting a proposal")
struct AcceptTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// A built copy of the sample: the proposals and their records exist.
    func builtCopy() throws -> SampleCopy {
        let copy = try SampleCopy()
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        return copy
    }

    /// The fingerprint of `client`'s proposal as built.
    func fingerprint(_ client: String, in copy: SampleCopy) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: copy.url(".upkeep-proposals/\(client)").path)
        return try #require(names.first).replacingOccurrences(of: ".txt", with: "")
    }

    func accept(_ copy: SampleCopy, _ client: String, plan: String, signed: Day? = nil, start: Day? = nil, addons: [String] = [],
                fingerprint: String? = nil, force: Bool = false, today: Day? = nil) throws -> AcceptProposal.Result {
        try AcceptProposal.run(AcceptanceRequest(client: client, plan: plan, signed: signed ?? self.today, start: start, addons: addons,
                                                 fingerprint: fingerprint, force: force),
                               root: copy.root, today: today ?? self.today)
    }

    /// The message of the request `body` refuses.
    func refusal(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "(accepted)"
        } catch {
            return "\(error)"
        }
    }

    @Test("every prospect: accept, build, a silent check, and a first statement that bills the proposal's first month to the cent",
          arguments: [("harbor-dental", "business", ["dns-filter"]), ("greenfield-vet", "business", []), ("lakeside-law", "essentials", [])])
    func everyProspect(_ client: String, _ plan: String, _ addons: [String]) throws {
        let copy = try builtCopy()
        defer { copy.remove() }
        let before = try copy.read("content/clients/\(client).md")
        let print = try fingerprint(client, in: copy)
        let result = try accept(copy, client, plan: plan, addons: addons, fingerprint: print)
        #expect(result.summary.hasPrefix("wrote content/contracts/\(client).md: "))
        // The client's file: only its status line changed.
        let after = try copy.read("content/clients/\(client).md")
        #expect(after == before.replacingOccurrences(of: "status: prospect", with: "status: active"))
        #expect(after != before)
        // What the proposal priced, for the plan and add-ons chosen.
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let contract = try #require(shop.contracts(of: ID(client)).first)
        #expect(contract.start == Day(year: 2026, month: 12, day: 1)!)
        #expect(contract.fingerprint == print && contract.signed == today)
        let january = Day(year: 2027, month: 1, day: 5)!
        if case .failure(let problems) = Pipeline.check(root: copy.root, today: january) { Issue.record("check: \(problems)") }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: january))
        let client = try #require(shop.client(ID(client)))
        let priced = try #require(Books(try Pipeline.validate(root: repositoryRoot).get().shop, today: today).proposal(for: client))
        var office = OfficeProfile(client: client, priceBook: shop.priceBook)
        office.services += addons.map(ID.init)
        let quote = PriceEngine.quote(plan: shop.plan(ID(plan))!, for: office, priceBook: shop.priceBook, taxes: shop.business.taxes, year: 2026)
        if addons.isEmpty { #expect(quote.firstMonthTotal == priced.quotes.first { $0.planID == ID(plan) }!.firstMonthTotal) }
        let december = try #require(Books(shop, today: january).statements(of: client).statements.first)
        #expect(december.month == Month("2026-12")!)
        #expect(december.newCharges + december.tax == quote.firstMonthTotal)
        #expect(contract.onboardingFee == quote.onboardingFee)
        #expect(try copy.read("private/clients/\(client.id)/statement-2026-12.html").contains("onboarding, once (proposal \(priced.number))"))
    }

    @Test("the figures of Harbor Dental's acceptance, to the cent")
    func harborDental() throws {
        let copy = try builtCopy()
        defer { copy.remove() }
        _ = try accept(copy, "harbor-dental", plan: "business", addons: ["dns-filter"])
        #expect(try copy.read("content/contracts/harbor-dental.md") == """
            ---
            client: harbor-dental
            plan: business
            start: 2026-12-01
            term_months: 24
            workstations: 12
            servers: 1
            addons: [backup, email-security, dns-filter]
            visits_per_year: 12
            onboarding_fee: 325.00
            proposal: P-49730
            fingerprint: \(try fingerprint("harbor-dental", in: copy))
            signed: 2026-11-29
            ---
            Accepted from proposal P-49730 of November 29, 2026, signed November 29, 2026: Business, $1,120.05 a month; the first month, onboarding included, $1,445.05.

            """)
    }

    @Test("a start that is not the 1st prorates the first month by the documented rule")
    func proratedStart() throws {
        let copy = try builtCopy()
        defer { copy.remove() }
        _ = try accept(copy, "lakeside-law", plan: "essentials", start: Day(year: 2026, month: 12, day: 15)!)
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let client = try #require(shop.client(ID("lakeside-law")))
        let december = try #require(Books(shop, today: Day(year: 2027, month: 1, day: 5)!).statements(of: client).statements.first)
        // Each monthly line × 17 days ÷ 31, rounded per line, then the onboarding fee, once.
        let quote = try #require(Books(shop, today: today).proposal(for: client)).quotes.first { $0.planID == ID("essentials") }!
        let prorated = quote.monthly.map { $0.amount.scaled((17, 31)) }.sum()
        #expect(december.newCharges == prorated + quote.onboardingFee)
    }

    @Test("each refusal says what to do", arguments: [
        "unknown plan", "unknown add-on", "not a prospect", "existing contract", "past valid-until", "signed after today",
        "signed before the proposal", "start before signing", "unknown client",
    ])
    func refusals(_ what: String) throws {
        let copy = try builtCopy()
        defer { copy.remove() }
        let message: String
        switch what {
        case "unknown plan": message = refusal { _ = try accept(copy, "harbor-dental", plan: "busines") }
        case "unknown add-on": message = refusal { _ = try accept(copy, "harbor-dental", plan: "business", addons: ["emial-security"]) }
        case "not a prospect": message = refusal { _ = try accept(copy, "miller-accounting", plan: "business") }
        case "existing contract":
            try copy.write("content/contracts/harbor-dental.md", "---\nclient: harbor-dental\nplan: business\nstart: 2027-01-01\nterm_months: 12\n---\n")
            try copy.edit("content/clients/harbor-dental.md", replacing: "status: prospect", with: "status: prospect")
            message = refusal { _ = try accept(copy, "harbor-dental", plan: "business") }
        case "past valid-until":
            let later = Day(year: 2027, month: 1, day: 4)!
            message = refusal { _ = try accept(copy, "harbor-dental", plan: "business", signed: later, fingerprint: try fingerprint("harbor-dental", in: copy), today: later) }
            // --force accepts it all the same.
            #expect(refusal { _ = try accept(copy, "harbor-dental", plan: "business", signed: later, fingerprint: try fingerprint("harbor-dental", in: copy), force: true, today: later) } == "(accepted)")
        case "signed after today": message = refusal { _ = try accept(copy, "harbor-dental", plan: "business", signed: Day(year: 2026, month: 12, day: 2)!) }
        case "signed before the proposal": message = refusal { _ = try accept(copy, "harbor-dental", plan: "business", signed: Day(year: 2026, month: 11, day: 1)!) }
        case "start before signing": message = refusal { _ = try accept(copy, "harbor-dental", plan: "business", start: Day(year: 2026, month: 11, day: 1)!) }
        default: message = refusal { _ = try accept(copy, "harbour-dental", plan: "business") }
        }
        let expected = [
            "unknown plan": "there is no plan 'busines' (did you mean 'business'? plans: essentials, business, premier)",
            "unknown add-on": "there is no add-on 'emial-security' in content/pricebook.md (did you mean 'email-security'? add-ons: backup, antivirus, email-security, dns-filter, server-image)",
            "not a prospect": "miller-accounting is an active client, not a prospect: only a prospect's proposal can be accepted; a change to a contract in force goes under 'changes:' in its contract file",
            "existing contract": "content/contracts/harbor-dental.md exists already (or another contract names harbor-dental): accept writes a new contract only; edit the existing one by hand",
            "past valid-until": "proposal P-49730 (fingerprint \(try fingerprint("harbor-dental", in: copy))) was valid until 2026-12-29, and the client signed on 2027-01-04; make a new proposal for the client to sign, or accept this one with --force",
            "signed after today": "--signed 2026-12-02 is after today, 2026-11-29",
            "signed before the proposal": "--signed 2026-11-01 is before the proposal's date, 2026-11-29",
            "start before signing": "--start 2026-11-01 is before the signing date, 2026-11-29",
            "unknown client": "there is no client 'harbour-dental' (did you mean 'harbor-dental'? clients: corner-bakery, greenfield-vet, harbor-dental, lakeside-law, miller-accounting, oak-street-clinic, riverside-printing, sunset-realty)",
        ]
        #expect(message == expected[what])
        if what != "past valid-until" {
            // Nothing was written.
            #expect(try copy.read("content/clients/harbor-dental.md").contains("status: prospect"))
        }
    }

    @Test("a fingerprint from before the content changed: refused, with the figures that differ")
    func changedSinceSigning() throws {
        let copy = try builtCopy()
        defer { copy.remove() }
        let signedCopy = try fingerprint("harbor-dental", in: copy)
        try copy.edit("content/plans/business.md", replacing: "per_workstation: 60.00", with: "per_workstation: 62.00")
        let message = refusal { _ = try accept(copy, "harbor-dental", plan: "business", fingerprint: signedCopy) }
        #expect(message.hasPrefix("the content changed since proposal P-49730 with fingerprint \(signedCopy) was made on 2026-11-29: Business, monthly total: $1,096.30 → "))
        #expect(message.contains("Business, first month: $1,421.30 → "))
        #expect(message.hasSuffix(". Make a new proposal for the client to sign, or restore the content it was made from"))
        #expect(!message.contains("Essentials"))
        let unknown = refusal { _ = try accept(copy, "harbor-dental", plan: "business", fingerprint: "0000-0000-0000") }
        #expect(unknown == "no proposal for harbor-dental has the fingerprint 0000-0000-0000: none made from the current content in the year before 2026-11-29, and no record of one in .upkeep-proposals/harbor-dental/")
        #expect(try copy.read("content/clients/harbor-dental.md").contains("status: prospect"))
    }

    @Test("a proposal made days before signing is found by its fingerprint, with its own date")
    func olderProposal() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 20)!))
        let print = try fingerprint("harbor-dental", in: copy)
        try FileManager.default.removeItem(at: copy.url(".upkeep-proposals"))
        // No record left: found by making the proposal of each day before signing.
        _ = try accept(copy, "harbor-dental", plan: "business", fingerprint: print)
        #expect(try copy.read("content/contracts/harbor-dental.md").contains("of November 20, 2026, signed November 29, 2026"))
    }

    @Test("the status line keeps its comment and quotes; CRLF files stay CRLF")
    func statusLine() {
        #expect(Acceptance.activated("---\nname: A\nstatus: prospect   # new lead\n---\nbody\n") == "---\nname: A\nstatus: active   # new lead\n---\nbody\n")
        #expect(Acceptance.activated("---\r\nstatus: \"prospect\"\r\n---\r\n") == "---\r\nstatus: \"active\"\r\n---\r\n")
        #expect(Acceptance.activated("---\nstatus: former\n---\n") == nil)
        #expect(Acceptance.activated("---\nname: A\n---\nstatus: prospect\n") == nil)
    }

    @Test("a hand-written contract bills no onboarding unless it sets onboarding_fee")
    func handWrittenOnboarding() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let oak = try #require(shop.client(ID("oak-street-clinic")))
        let march = try #require(Books(shop, today: today).statements(of: oak).statements.first { $0.month == Month("2026-03")! })
        try copy.edit("content/contracts/oak-street-clinic.md", replacing: "visits_per_year: 12\n", with: "visits_per_year: 12\nonboarding_fee: 150.00\n")
        let edited = try Pipeline.validate(root: copy.root).get().shop
        let withFee = try #require(Books(edited, today: today).statements(of: oak).statements.first { $0.month == Month("2026-03")! })
        #expect(withFee.newCharges - march.newCharges == Money(minorUnits: 150_00))
        #expect(Books(edited, today: today).statements(of: oak).statements.filter { $0.month > Month("2026-03")! }
            .allSatisfy { !$0.recurring.contains { if case .onboarding = $0.item { true } else { false } } })
    }
}
