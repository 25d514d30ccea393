import Foundation
import Testing
@testable import UpkeepKit

@Suite("Proposals")
struct ProposalTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// The whole proposal for Harbor Dental, byte for byte. After a deliberate change, run
    /// `UPKEEP_UPDATE_GOLDEN=1 swift test` and review the golden file's diff.
    @Test func goldenProposal() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/clients/harbor-dental/proposal.html")
        let golden = repositoryRoot.appendingPathComponent("Tests/Golden/proposal-harbor-dental.html")
        if ProcessInfo.processInfo.environment["UPKEEP_UPDATE_GOLDEN"] == "1" {
            try Data(html.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(html == expected, "run UPKEEP_UPDATE_GOLDEN=1 swift test and review the diff of Tests/Golden/")
    }

    @Test func everyProspectGetsOneAndOnlyProspects() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let clients = try FileManager.default.contentsOfDirectory(atPath: copy.url("private/clients").path).sorted()
        let withProposal = clients.filter { FileManager.default.fileExists(atPath: copy.url("private/clients/\($0)/proposal.html").path) }
        #expect(withProposal == ["greenfield-vet", "harbor-dental", "lakeside-law"])
        #expect(!FileManager.default.fileExists(atPath: copy.url("public/clients").path))
    }

    @Test("upkeep quote and the proposal agree, for every sample client and every plan")
    func quoteAgreesWithProposal() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let copy = try SampleCopy()
        defer { copy.remove() }
        for client in shop.clients {
            let url = try ClientDocuments.writeProposal(client.id.rawValue, root: copy.root, today: today)
            let html = try String(contentsOf: url, encoding: .utf8)
            // The recommended plan's breakdown: the same rows, in the same order, to the cent.
            let proposalRows = matches(#"<tr class="(?:charge|discount|included|subtotal|tax|total)"><td>(.*?)</td><td class="num">(.*?)</td></tr>"#, in: html)
                .map { unescape($0[0]) + " | " + unescape($0[1]) }
            let table = try ClientDocuments.quote(client.id.rawValue, plans: .recommended, root: copy.root, today: today)
            let quoteRows = table.split(separator: "\n").dropFirst().filter { !$0.hasPrefix(" ") }.map { line in
                let parts = line.split(separator: "  ", omittingEmptySubsequences: true)
                return parts.first!.trimmingCharacters(in: .whitespaces) + " | " + parts.last!.trimmingCharacters(in: .whitespaces)
            }
            #expect(!proposalRows.isEmpty)
            #expect(proposalRows == quoteRows, "client \(client.id)")
            // Each option's monthly total is what `upkeep quote --plan` prints.
            let monthly = matches(#"<tr class="monthly"><th>Monthly</th><td class="num">(.*?)</td></tr>"#, in: html).map { $0[0] }
            let quoted = try shop.plans.map { plan in
                let text = try ClientDocuments.quote(client.id.rawValue, plans: .plan(plan.id.rawValue), root: copy.root, today: today)
                let line = text.split(separator: "\n").first { $0.hasPrefix("Monthly fee") }!
                return String(line.split(separator: " ").last!)
            }
            #expect(monthly == quoted, "client \(client.id)")
        }
    }

    @Test func harborDentalByHand() throws {
        // 12 × $60 = $720; −5% = −$36; server $175; 4 devices > 4 years × $8 = $32; 1 device > 7 years × $15;
        // 12 visits × $95 ÷ 12 = $95; backup 13 × $9 = $117; e-mail 12 × $3 = $36; subtotal $1,154.00;
        // 24 months −5% = −$57.70; fee $1,096.30; onboarding 13 × $25 = $325.00.
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let proposal = try ClientDocuments.proposal("harbor-dental", in: Books(shop, today: today))
        let quote = proposal.recommended
        #expect(quote.planID == ID("business"))
        #expect(quote.monthly.map(\.amount.minorUnits) == [72000, -3600, 17500, 3200, 1500, 9500, 11700, 3600, -5770])
        #expect(quote.monthlyFee.minorUnits == 109_630)
        #expect(quote.onboardingFee.minorUnits == 32500)
        #expect(quote.firstMonthTotal.minorUnits == 142_130)
        #expect(proposal.validUntil.description == "2026-12-29")
        #expect(proposal.number == "P-49730")
    }

    @Test func recommendationWithoutTheShopsChoice() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        // Lakeside: 4 new laptops and one call a month. Both Essentials (4 × $35) and Business (4 × $60)
        // are raised to the $250.00 minimum, and Essentials bills the call by the hour (+ 1 h × $85.00):
        // Business costs least.
        let lakeside = try ClientDocuments.proposal("lakeside-law", in: Books(shop, today: today))
        #expect(lakeside.recommendation.planID == ID("business"))
        #expect(lakeside.recommendation.shopReason == nil)
        #expect(lakeside.recommendation.expectedMonthly[ID("essentials")]?.minorUnits == 33500)
        #expect(lakeside.recommendation.expectedMonthly[ID("business")]?.minorUnits == 25000)
    }

    @Test func fingerprintMatchesTheContent() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let first = try String(contentsOf: ClientDocuments.writeProposal("harbor-dental", root: copy.root, today: today), encoding: .utf8)
        let again = try String(contentsOf: ClientDocuments.writeProposal("harbor-dental", root: copy.root, today: today), encoding: .utf8)
        #expect(first == again)
        try copy.edit("content/clients/harbor-dental.md", replacing: "visits_per_year: 12", with: "visits_per_year: 4")
        let changed = try String(contentsOf: ClientDocuments.writeProposal("harbor-dental", root: copy.root, today: today), encoding: .utf8)
        // On paper the fingerprint stands in every page's margin (and on screen in the footer).
        let print = #"content: "Proposal P-49730 · fingerprint ([0-9A-F-]{14})""#
        let a = matches(print, in: first).first?.first, b = matches(print, in: changed).first?.first
        #expect(a != nil && b != nil && a != b)
        #expect(!first.contains(Fingerprint.placeholder))
        #expect(first.contains("Proposal P-49730 · fingerprint \(a ?? "")"))
    }

    @Test func unknownNames() throws {
        #expect(throws: RequestError.self) { try ClientDocuments.quote("nobody", plans: .recommended, root: repositoryRoot, today: today) }
        do {
            _ = try ClientDocuments.quote("harbor-dental", plans: .plan("gold"), root: repositoryRoot, today: today)
            Issue.record("an unknown plan must fail")
        } catch {
            #expect("\(error)" == "there is no plan 'gold' (plans: essentials, business, premier)")
        }
    }
}

/// The capture groups of every match of `pattern` in `text`.
func matches(_ pattern: String, in text: String) -> [[String]] {
    let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
        (1..<match.numberOfRanges).map { ns.substring(with: match.range(at: $0)) }
    }
}

func unescape(_ html: String) -> String {
    html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
}

/// `proposal_comparison`: whether a proposal and the public sheet compare with break/fix, and
/// how a verdict against managed services is worded.
@Suite("Proposals: the comparison, as the owner frames it")
struct ProposalFramingTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    @Test("when_managed_saves: each proposal says in which year managed services save, with the figures")
    func whenManagedSaves() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let harbor = try copy.read("private/clients/harbor-dental/proposal.html")
        #expect(harbor.contains("<h2>What Business buys</h2>"))
        #expect(harbor.contains("In a bad year, Business costs $8,414.40 less than paying for repairs as things break, and the fee stays the same."))
        #expect(harbor.contains(#"<tr><td>An expected year</td><td class="num">$15,587.50</td><td class="num">$18,120.60</td><td>Managed costs $2,533.10 more</td></tr>"#))
        #expect(harbor.contains(#"<tr><td>A bad year</td><td class="num">$31,175.00</td><td class="num">$22,760.60</td><td>Managed saves $8,414.40</td></tr>"#))
        let greenfield = try copy.read("private/clients/greenfield-vet/proposal.html")
        #expect(greenfield.contains("In an expected first year, Business costs $2,098.42 less than paying for repairs as things break."))
        for page in try [harbor, greenfield, copy.read("public/compare/index.html"), copy.read("private/clients/harbor-dental/comparison.html")] {
            #expect(!page.contains("not a saving"))
        }
    }

    @Test("always: the verdict is said plainly, even against the shop's own offer; never: no comparison anywhere")
    func alwaysAndNever() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/business.md", replacing: "proposal_comparison: when_managed_saves", with: "proposal_comparison: always")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        #expect(try copy.read("private/clients/harbor-dental/comparison.html").contains(
            "Over three years, Business would cost about $6,949.30 more than paying for repairs as things break. What the difference buys is a fixed monthly bill and fewer interruptions, not a saving."))
        try copy.edit("content/business.md", replacing: "proposal_comparison: always", with: "proposal_comparison: never")
        // One client asks for it all the same.
        try copy.edit("content/clients/lakeside-law.md", replacing: "status: prospect", with: "status: prospect\nproposal_comparison: always")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        #expect(!(try copy.read("private/clients/harbor-dental/proposal.html")).contains("buys</h2>"))
        #expect(try copy.read("private/clients/lakeside-law/proposal.html").contains("<h2>What Business buys</h2>"))
        #expect(!FileManager.default.fileExists(atPath: copy.url("public/compare/index.html").path))
        #expect(!(try copy.read("public/index.html")).contains("compare/index.html"))
    }

    @Test("optional add-ons on the acceptance block: each one's monthly effect, and the total with all of them, to the cent")
    func optionalAddons() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let harbor = try copy.read("private/clients/harbor-dental/proposal.html")
        // $25.00 flat and $45.00 per server, each less the 24-month term's 5 %.
        #expect(harbor.contains(#"<tr><td><span class="box"></span> Web filtering</td><td class="num">+$23.75 a month</td></tr>"#))
        #expect(harbor.contains(#"<tr><td><span class="box"></span> Server image backup</td><td class="num">+$42.75 a month</td></tr>"#))
        #expect(harbor.contains("Business: $1,096.30 a month without add-ons, $1,162.80 with all of them."))
        // Managed antivirus is included in Business: not offered.
        #expect(!harbor.contains("</span> Managed antivirus"))
    }
}
