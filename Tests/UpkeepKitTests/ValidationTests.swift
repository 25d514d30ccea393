import Foundation
import Testing
@testable import UpkeepKit

@Suite("Loading and validating content")
struct ValidationTests {
    @Test func theSampleIsValid() {
        switch Pipeline.validate(root: repositoryRoot).map(\.shop) {
        case .success(let shop):
            #expect(shop.plans.map(\.id.rawValue) == ["essentials", "business", "premier"])
            #expect(shop.clients.count == 8)
            #expect(shop.client(ID("harbor-dental"))?.workstationCount == 12)
            #expect(shop.priceBook.addons.count == 5)
            #expect(shop.priceBook.volumeTiers.map(\.discount.perMillion) == [50_000, 100_000, 150_000])
            #expect(shop.business.taxes.map(\.rate.perMillion) == [72_500])
            #expect(shop.business.rates.afterHoursMultiplier.perMillion == 1_500_000)
            #expect(shop.contracts.first { $0.id == ID("riverside-printing") }?.terms.discount?.perMillion == 100_000)
        case .failure(let error):
            Issue.record("the sample has errors:\n\(error)")
        }
    }

    @Test("the four problems of the foundation issue come out in one run, with the ledger's and a page's, by file and line (the ledger is read first)")
    func everythingAtOnce() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/clients/harbor-dental.md", replacing: "\nworkstations:", with: "\nworkstaions:")
        try copy.edit("content/contracts/riverside-printing.md", replacing: "client: riverside-printing", with: "client: riverside-printers")
        try copy.edit("content/contracts/miller-accounting.md", replacing: "start: 2026-02-01", with: "start: 2026-02-30")
        try copy.edit("content/business.md", replacing: "phone: (740) 555-0142", with: "phone: [unclosed")
        try copy.edit("content/ledger/2026-01.md", replacing: "hours: 1\n    where: remote\n    summary: Outlook would not open",
                      with: "hours: lots\n    where: remote\n    summary: Outlook would not open")
        try copy.edit("content/pages/terms.md", replacing: "title: Terms of service", with: "titel: Terms of service")
        #expect(copy.check() == [
            "content/business.md:6:8: error: invalid YAML: a list opened with '[' is never closed (did not find expected ',' or ']')",
            "content/clients/harbor-dental.md:12:1: error: unknown key 'workstaions' in client (did you mean 'workstations'?); accepted keys: billing_address, billing_email, calls_per_month, contact, locale, name, proposal_comparison, recommend, recommend_because, servers, services, status, term_months, visits_per_year, workstations",
            "content/contracts/miller-accounting.md:4:8: error: '2026-02-30' is not a date: February 2026 has 28 days",
            "content/contracts/riverside-printing.md:2:9: error: contract 'riverside-printing' refers to client 'riverside-printers', but there is no content/clients/riverside-printers.md (did you mean 'riverside-printing'?)",
            "content/ledger/2026-01.md:5:12: error: 'hours' must be a number of hours such as 1.5, found 'lots'",
            "content/pages/terms.md:2:1: error: unknown key 'titel' in page (did you mean 'title'?); accepted keys: title",
            "content/pages/terms.md:2:1: error: missing required key 'title' in page",
        ])
    }

    /// One broken edit of the sample and the exact diagnostic it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var old: String
        var new: String
        var expected: String
        var testDescription: String { name }
    }

    @Test("each bad input gets its exact message, file and line", arguments: [
        Case(name: "type error", file: "content/clients/harbor-dental.md", old: "  - count: 8\n", new: "  - count: many\n",
             expected: "content/clients/harbor-dental.md:13:12: error: 'count' must be a whole number, found 'many'"),
        Case(name: "negative quantity", file: "content/clients/harbor-dental.md", old: "visits_per_year: 12", new: "visits_per_year: -2",
             expected: "content/clients/harbor-dental.md:27:18: error: 'visits_per_year' cannot be negative, found '-2'"),
        Case(name: "negative price", file: "content/plans/business.md", old: "per_server: 175.00", new: "per_server: -175.00",
             expected: "content/plans/business.md:7:13: error: 'per_server' cannot be negative, found '-175.00'"),
        Case(name: "too many decimals", file: "content/plans/business.md", old: "per_server: 175.00", new: "per_server: 175.005",
             expected: "content/plans/business.md:7:13: error: 'per_server' allows at most 2 decimals, found '175.005'"),
        Case(name: "currency sign", file: "content/plans/business.md", old: "per_server: 175.00", new: "per_server: $175",
             expected: "content/plans/business.md:7:13: error: 'per_server' must be an amount such as 45.00 written without a currency sign, such as 45.00, found '$175'"),
        Case(name: "percentage without %", file: "content/pricebook.md", old: "from: 10\n    discount: 5%", new: "from: 10\n    discount: 5",
             expected: "content/pricebook.md:5:15: error: 'discount' must be a percentage such as 5%, found '5'"),
        Case(name: "unknown choice", file: "content/plans/essentials.md", old: "support: maintenance", new: "support: basic",
             expected: "content/plans/essentials.md:4:10: error: 'support' must be one of: maintenance, unlimited, found 'basic'"),
        Case(name: "missing required key", file: "content/plans/essentials.md", old: "response_time: Next business day\n", new: "",
             expected: "content/plans/essentials.md:2:1: error: missing required key 'response_time' in plan"),
        Case(name: "a list where text belongs", file: "content/plans/essentials.md", old: "name: Essentials", new: "name: [Essentials]",
             expected: "content/plans/essentials.md:2:7: error: 'name' must be text, found a list"),
        Case(name: "dangling plan", file: "content/contracts/miller-accounting.md", old: "plan: essentials", new: "plan: essential",
             expected: "content/contracts/miller-accounting.md:3:7: error: contract 'miller-accounting' refers to plan 'essential', but there is no content/plans/essential.md (did you mean 'essentials'?); plans: business, essentials, premier"),
        Case(name: "dangling add-on", file: "content/clients/harbor-dental.md", old: "services: [backup, email-security]", new: "services: [backups, email-security]",
             expected: "content/clients/harbor-dental.md:26:12: error: client 'harbor-dental' refers to add-on 'backups', which the price book does not list (did you mean 'backup'?); add-ons: backup, antivirus, email-security, dns-filter, server-image"),
        Case(name: "dangling ledger client", file: "content/ledger/2026-11.md", old: "  - client: corner-bakery\n", new: "  - client: corner-bakry\n",
             expected: "content/ledger/2026-11.md:20:13: error: this payment refers to client 'corner-bakry', but there is no content/clients/corner-bakry.md (did you mean 'corner-bakery'?)"),
        Case(name: "ledger entry in the wrong month", file: "content/ledger/2026-11.md", old: "date: 2026-11-10", new: "date: 2026-12-10",
             expected: "content/ledger/2026-11.md:21:11: error: 2026-12-10 is not in November 2026; move the entry to content/ledger/2026-12.md"),
        Case(name: "contract ends before it starts", file: "content/contracts/sunset-realty.md", old: "end: 2026-06-30", new: "end: 2025-06-30",
             expected: "content/contracts/sunset-realty.md:6:1: error: the contract ends (2025-06-30) before it starts (2026-01-01)"),
        Case(name: "change before the start", file: "content/contracts/miller-accounting.md", old: "from: 2026-09-15", new: "from: 2026-01-15",
             expected: "content/contracts/miller-accounting.md:9:11: error: a change from 2026-01-15 must come after the contract's start (2026-02-01)"),
        Case(name: "duplicate key", file: "content/plans/essentials.md", old: "order: 1", new: "order: 1\nname: Again",
             expected: "content/plans/essentials.md:2:1: error: duplicate key 'name': each key may appear once"),
        Case(name: "no front matter", file: "content/pages/faq.md", old: "---\ntitle: Questions we are often asked\n---\n", new: "",
             expected: "content/pages/faq.md:1:1: error: missing front matter: the first line must be '---', followed by YAML and a closing '---' line"),
        Case(name: "unclosed front matter", file: "content/pages/faq.md", old: "title: Questions we are often asked\n---\n", new: "title: Questions\n",
             expected: "content/pages/faq.md:1:1: error: the front matter opened on line 1 is never closed: add a line '---' after the last YAML line"),
        Case(name: "yes is not a number", file: "content/ledger/2026-10.md", old: "hours: 1.5", new: "hours: yes",
             expected: "content/ledger/2026-10.md:5:12: error: 'hours' must be a number of hours such as 1.5, found 'yes'"),
        Case(name: "absurd quantity", file: "content/clients/harbor-dental.md", old: "  - count: 8\n", new: "  - count: 100000000000000\n",
             expected: "content/clients/harbor-dental.md:13:12: error: 'count' is too large: at most 100000 (see Limits in docs/content-format.md), found '100000000000000'"),
        Case(name: "zero term", file: "content/contracts/riverside-printing.md", old: "term_months: 12", new: "term_months: 0",
             expected: "content/contracts/riverside-printing.md:5:1: error: 'term_months' must be at least 1"),
        Case(name: "absurd hours", file: "content/ledger/2026-10.md", old: "hours: 1.5", new: "hours: 30",
             expected: "content/ledger/2026-10.md:5:5: error: 'hours' must be more than 0 and at most 24 for one entry, found '30'"),
        Case(name: "absurd year", file: "content/clients/harbor-dental.md", old: "purchased: 2024", new: "purchased: 1850",
             expected: "content/clients/harbor-dental.md:14:5: error: 'purchased' must be a four-digit year such as 2021, found '1850'"),
        Case(name: "percentage over 100", file: "content/contracts/riverside-printing.md", old: "discount: 10%", new: "discount: 150%",
             expected: "content/contracts/riverside-printing.md:6:11: error: 'discount' must be at most 100%, found '150%'"),
        Case(name: "empty front matter", file: "content/pages/terms.md", old: "---\ntitle: Terms of service\n---", new: "---\n---",
             expected: "content/pages/terms.md:2:1: error: the front matter is empty; a page needs: title"),
        Case(name: "tab indentation", file: "content/clients/lakeside-law.md", old: "  name: Tom Becker", new: "\tname: Tom Becker",
             expected: "content/clients/lakeside-law.md:5:1: error: invalid YAML: a tab indents this line; YAML indents with spaces only: replace the tab with spaces"),
        Case(name: "a list instead of keys", file: "content/pages/faq.md", old: "title: Questions we are often asked", new: "- Questions we are often asked",
             expected: "content/pages/faq.md:2:1: error: the front matter must be keys with values (title), found a list"),
        Case(name: "American date", file: "content/contracts/riverside-printing.md", old: "start: 2026-04-01", new: "start: 04/01/2026",
             expected: "content/contracts/riverside-printing.md:4:8: error: 'start' must be a date written YYYY-MM-DD, found '04/01/2026'"),
        Case(name: "typo in a nested key", file: "content/clients/lakeside-law.md", old: "  email: tom@lakesidelaw.example", new: "  emial: tom@lakesidelaw.example",
             expected: "content/clients/lakeside-law.md:7:3: error: unknown key 'emial' in contact (did you mean 'email'?); accepted keys: email, name, phone, title"),
        Case(name: "change dated before the contract", file: "content/contracts/oak-street-clinic.md", old: "  - from: 2027-01-01", new: "  - from: 2026-03-01",
             expected: "content/contracts/oak-street-clinic.md:9:11: error: a change from 2026-03-01 must come after the contract's start (2026-03-15)"),
    ])
    func badInput(_ c: Case) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit(c.file, replacing: c.old, with: c.new)
        #expect(copy.check() == [c.expected])
    }

    @Test func duplicateIdsAcrossSubfolders() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/clients/former/sunset-realty.md", try copy.read("content/clients/sunset-realty.md"))
        #expect(copy.check() == [
            "content/clients/sunset-realty.md:1:1: error: duplicate client id 'sunset-realty': content/clients/former/sunset-realty.md has the same file name",
        ])
    }

    @Test func overlappingContracts() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/contracts/miller-2027.md", "---\nclient: miller-accounting\nplan: business\nstart: 2026-12-01\nterm_months: 12\n---\n")
        #expect(copy.check() == [
            "content/contracts/miller-accounting.md:2:9: error: contract 'miller-accounting' overlaps contract 'miller-2027' for client 'miller-accounting'; give the earlier one an 'end' date",
        ])
    }

    @Test func misnamedLedgerFile() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try FileManager.default.moveItem(at: copy.url("content/ledger/2026-10.md"), to: copy.url("content/ledger/october.md"))
        #expect(copy.check() == ["content/ledger/october.md:1:1: error: a ledger file is named after its month, such as ledger/2026-11.md, or sits in a folder named after it, such as ledger/2026-11/part-1.md"])
    }

    @Test("a month split over a folder is read as one month")
    func splitLedgerMonth() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/ledger/2026-11/late-payments.md", "---\npayments:\n  - client: riverside-printing\n    date: 2026-11-28\n    amount: 100.00\n    method: check\n---\nAnd thank you for paying.\n")
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let november = try #require(shop.ledger.first { $0.month == Month("2026-11")! })
        #expect(november.payments.count == 4)
        #expect(november.message.hasSuffix("And thank you for paying.\n"))
        #expect(shop.ledger.count == 11)
    }

    @Test func unknownFilesAndBadNames() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/notes.md", "---\ntitle: x\n---\n")
        try copy.write("content/pages/About Us.md", "---\ntitle: About\n---\n")
        #expect(copy.check() == [
            "content/notes.md:1:1: error: Upkeep does not know this file; content files go in: business.md, pricebook.md, comparison.md, plans/<id>.md, clients/<id>.md, contracts/<id>.md, ledger/<YYYY-MM>.md (or ledger/<YYYY-MM>/<name>.md), pages/<id>.md, labels/<locale>.md, closed/<YYYY-MM>.md (written by upkeep close)",
            "content/pages/About Us.md:1:1: error: the file name 'About Us.md' is used as an id and must be lowercase letters, digits and dashes, such as 'acme-dental.md'",
        ])
    }

    @Test("a byte order mark and Windows line endings are accepted")
    func bomAndCRLF() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let text = try copy.read("content/clients/lakeside-law.md")
        try copy.write("content/clients/lakeside-law.md", "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(copy.check() == [])
        try copy.edit("content/clients/lakeside-law.md", replacing: "calls_per_month: 1", with: "calls_per_month: one")
        #expect(copy.check() == ["content/clients/lakeside-law.md:16:18: error: 'calls_per_month' must be a whole number, found 'one'"])
    }

    @Test("Markdown long enough to stall cmark is refused, with its file and line")
    func markdownSizeCap() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        // cmark 0.30 is quadratic on this pattern: 80,000 of them take seconds.
        try copy.write("content/pages/huge.md", "---\ntitle: Huge\n---\n" + String(repeating: "![[]()", count: 80_000))
        #expect(copy.check() == ["content/pages/huge.md:4:1: error: the Markdown text is 480000 bytes; at most 65536 are accepted: split it over several files"])
    }

    @Test("old Mac line endings (a lone CR) count as line breaks, as editors count them")
    func carriageReturns() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let text = try copy.read("content/clients/lakeside-law.md")
        try copy.write("content/clients/lakeside-law.md", text.replacingOccurrences(of: "\n", with: "\r"))
        #expect(copy.check() == [])
        try copy.edit("content/clients/lakeside-law.md", replacing: "calls_per_month: 1", with: "calls_per_month: one")
        #expect(copy.check() == ["content/clients/lakeside-law.md:16:18: error: 'calls_per_month' must be a whole number, found 'one'"])
    }

    @Test func emptyAndBinaryFiles() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/pages/empty.md", "")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE]).write(to: copy.url("content/pages/binary.md"))
        #expect(copy.check() == [
            "content/pages/binary.md:1:1: error: is not UTF-8 text; save it as plain text (UTF-8)",
            "content/pages/empty.md:1:1: error: the file is empty; a content file starts with a '---' line, its YAML front matter, and a closing '---' line",
        ])
    }
}

/// YAML's common slips, reported on the line where they are, with what to type.
@Suite("YAML slips")
struct YAMLSlipTests {
    @Test("a missing colon, a colon without its space, a tab: each at its own line", arguments: [
        ("contact:\n  name Priya Raman\n  email: p@x.example\n", "content/clients/harbor-dental.md:5:3: error: invalid YAML: 'name Priya Raman' has no colon after its key: 'name: Priya Raman'"),
        ("status:prospect\n", "content/clients/harbor-dental.md:3:1: error: invalid YAML: 'status:prospect' needs a space after the colon: 'status: prospect'"),
        ("contact:\n\tname: Priya Raman\n", "content/clients/harbor-dental.md:5:1: error: invalid YAML: a tab indents this line; YAML indents with spaces only: replace the tab with spaces"),
    ])
    func slips(_ yaml: String, _ expected: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/clients/harbor-dental.md", "---\nname: Harbor Dental Group\n" + (yaml.hasPrefix("status") ? "" : "status: prospect\n") + yaml + "---\n")
        #expect(copy.check().first == expected)
    }
}
