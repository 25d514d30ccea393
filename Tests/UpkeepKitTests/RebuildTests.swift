import Foundation
import Testing
@testable import UpkeepKit

/// A build after an edit renders the clients the edit concerns and leaves the others' folders
/// as they were; what it leaves is always what a cold build would write.
@Suite("Rebuilds that cost what changed")
struct RebuildTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// Builds `copy` and returns how many clients' folders were kept; then checks that the
    /// trees equal those a cold build of the same content writes into an empty folder.
    func buildMatchingCold(_ copy: SampleCopy, _ comment: Comment) throws -> Int {
        let report = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let cold = try SampleCopy()
        defer { cold.remove() }
        for folder in ["content", "templates"] {
            try FileManager.default.removeItem(at: cold.url(folder))
            try FileManager.default.copyItem(at: copy.url(folder), to: cold.url(folder))
        }
        _ = try Pipeline.build(BuildSettings(root: cold.root, today: today))
        #expect(try outputSnapshot(of: copy.root) == outputSnapshot(of: cold.root), comment)
        return report.clientsKept
    }

    @Test("one client, one ledger entry, one contract: each rebuild renders the clients it concerns, and equals a cold build")
    func oneEdit() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let clients = try FileManager.default.contentsOfDirectory(atPath: copy.url("content/clients").path).count
        #expect(try buildMatchingCold(copy, "first build") == 0)
        // The staging tree of the second build is new: nothing in it to keep.
        #expect(try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true)).clientsKept == 0)

        try copy.edit("content/clients/greenfield-vet.md", replacing: "calls_per_month: 14", with: "calls_per_month: 15")
        #expect(try buildMatchingCold(copy, "a client edited") == clients - 1)
        // The staging tree is the one written before greenfield-vet changed: it is rendered again too.
        try copy.edit("content/ledger/2026-10.md", replacing: "amount: 1388.90", with: "amount: 1388.95")
        #expect(try buildMatchingCold(copy, "a payment edited") == clients - 2)
        try copy.edit("content/ledger/2026-10.md", replacing: "amount: 1388.95", with: "amount: 1388.90")
        #expect(try buildMatchingCold(copy, "the payment put back") == clients - 1)
        try copy.edit("content/contracts/miller-accounting.md", replacing: "Signed 2026-01-20 by Gary Miller.", with: "Signed 2026-01-20 by Gary Miller, owner.")
        #expect(try buildMatchingCold(copy, "a contract's notes edited") == clients - 2)
    }

    @Test("what every client's pages show (the business, the list of clients, a ledger month's message) renders them all")
    func sharedEdits() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        try copy.edit("content/business.md", replacing: "phone: (740) 555-0142", with: "phone: (740) 555-0199")
        #expect(try buildMatchingCold(copy, "the business's phone") == 0)
        #expect(try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true)).clientsKept == 0)
        try copy.edit("content/ledger/2026-10.md", replacing: "closed on **November 26 and 27**", with: "closed on **November 26**")
        #expect(try buildMatchingCold(copy, "a month's message") == 0)
        try copy.write("content/clients/zephyr-books.md", try copy.read("content/clients/lakeside-law.md"))
        #expect(try buildMatchingCold(copy, "a client added") == 0)
    }

    @Test("a build that failed part-way, a --month build or a record that does not read leaves nothing to keep")
    func nothingTrusted() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true))
        // The balance the owner asserted no longer holds: the build stops after writing every client.
        try copy.edit("content/ledger/2026-10.md", replacing: "balance: 592.25", with: "balance: 592.26")
        #expect(throws: DiagnosticsError.self) { try Pipeline.build(BuildSettings(root: copy.root, today: today)) }
        try copy.edit("content/ledger/2026-10.md", replacing: "balance: 592.26", with: "balance: 592.25")
        #expect(try buildMatchingCold(copy, "after a failed build") == 0)

        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, statementMonth: Month(year: 2026, month: 10)))
        try copy.edit("content/clients/greenfield-vet.md", replacing: "calls_per_month: 14", with: "calls_per_month: 15")
        #expect(try buildMatchingCold(copy, "after a --month build") == 0)
        try copy.edit("content/clients/greenfield-vet.md", replacing: "calls_per_month: 15", with: "calls_per_month: 16")
        #expect(try buildMatchingCold(copy, "the build after it") == 0)

        let record = copy.url("private/" + ClientReuse.recordPath)
        let text = try String(contentsOf: record, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\nend", with: "").utf8).write(to: record)
        try copy.edit("content/clients/greenfield-vet.md", replacing: "calls_per_month: 16", with: "calls_per_month: 17")
        #expect(try buildMatchingCold(copy, "with the live tree's record cut short") == 0)
    }
}

@Suite("Digests of values")
struct DigestEncoderTests {
    @Test("every field counts, amounts to the last minor unit, and where a value stands")
    func fields() {
        let here = SourceLocation(path: "content/ledger/2026-10.md", line: 40, column: 3)
        let payment = Payment(client: Located(ID("acme"), at: here), date: Located(Day(year: 2026, month: 10, day: 15)!, at: here),
                              amount: Money(minorUnits: 138_890), method: .check, reference: nil)
        var variants = [payment]
        var changed = payment; changed.amount = Money(minorUnits: 138_891); variants.append(changed)
        changed = payment; changed.reference = ""; variants.append(changed)
        changed = payment; changed.method = .card; variants.append(changed)
        changed = payment; changed.client = Located(ID("acme"), at: SourceLocation(path: here.path, line: 41, column: 3)); variants.append(changed)
        let digests = variants.map { DigestEncoder.digest($0) }
        #expect(Set(digests).count == variants.count)
        #expect(DigestEncoder.digest(payment) == digests[0])
        // The shape counts: two strings are not one.
        #expect(DigestEncoder.digest(["ab", "c"]) != DigestEncoder.digest(["a", "bc"]))
        #expect(DigestEncoder.digest([["a"], []]) != DigestEncoder.digest([[], ["a"]]))
    }
}
