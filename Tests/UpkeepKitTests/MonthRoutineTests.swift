import Foundation
import Testing
@testable import UpkeepKit

/// The month's close: preview what will be billed, close what was issued, send it.
@Suite("The month's routine")
struct MonthRoutineTests {
    let today = Day(year: 2026, month: 11, day: 29)!
    let september = Month("2026-09")!

    @Test("preview explains every difference from the month before, largest first, and flags what to look at")
    func preview() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let (table, page) = try PreviewMonth.run(Month("2026-10")!, root: copy.root, today: today)
        #expect(page.path.hasSuffix("private/preview-2026-10.html"))
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let preview = MonthPreview(Month("2026-10")!, books: Books(shop, today: today), language: .english(Books(shop, today: today).money))
        // Every client whose bill changed is listed, with a reason for the change.
        #expect(preview.rows.map(\.client.id.rawValue) == ["miller-accounting", "corner-bakery", "riverside-printing"])
        #expect(preview.rows.allSatisfy { !$0.reasons.isEmpty })
        #expect(preview.rows[0].reasons == ["contract fees $412.13 → $464.75: September 2026 was billed in 2 periods",
                                            "billed work $0.00 → $127.50 (1 billed entry this month)", "charges $2,547.00 → $0.00",
                                            "tax $184.66 → $0.00"])
        #expect(table.contains("Miller & Sons Accounting  $3,143.79  $592.25  −$2,551.54\n"))
        #expect(table.contains("Corner Bakery: 1 work entry with no contract in force, billed at the hourly rates"))
        #expect(table.contains("Oak Street Family Clinic: payments this month but no balance asserted to check them against"))
        let september = MonthPreview(self.september, books: Books(shop, today: today), language: .english(Books(shop, today: today).money))
        #expect(september.rows[0].reasons.first == "contract fees $352.00 → $412.13: from Sep 15: workstations 8 → 11")
        #expect(try copy.read("private/preview-2026-10.html").contains("<li>contract fees $412.13 → $464.75: September 2026 was billed in 2 periods</li>"))
    }

    @Test("a closed month: an edit that changes an issued statement fails check and build, naming what changed; the same edit in an open month passes")
    func closedMonths() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let said = try MonthClose.close(september, root: copy.root, today: today)
        #expect(said.hasPrefix("closed September 2026: 3 statements, $5,206.29 due in all. Wrote content/closed/2026-09.md"))
        #expect(copy.check() == [])
        // A September work entry billed at 1.75 h instead of 1.25 h: Riverside's statement changes.
        try copy.edit("content/ledger/2026-09.md", replacing: "hours: 1.25\n    where: onsite\n    summary: Plate", with: "hours: 1.75\n    where: onsite\n    summary: Plate")
        let problems = copy.check()
        #expect(problems.count >= 1)
        let first = try #require(problems.first)
        #expect(first.hasPrefix("content/ledger/2026-09.md:"))
        #expect(first.hasPrefix("content/ledger/2026-09.md:14:13: error: statement 69953-2609 of Riverside Printing Co. was closed at $684.70 due; the content now gives $739.70. Not in the issued statement: 2026-09-23 237.50 work: Plate setter lost its network connection. In the issued statement, no longer given: 2026-09-23 182.50 work: Plate setter lost its network connection. "))
        #expect(first.hasSuffix("September 2026 is closed: leave it as it was and put the correction in an open month, as a credit or a charge (content/ledger/2026-10.md), or reopen it with 'upkeep reopen 2026-09'"))
        #expect(throws: DiagnosticsError.self) { try Pipeline.build(BuildSettings(root: copy.root, today: today)) }
        // Undone, and made in November instead: fine.
        try copy.edit("content/ledger/2026-09.md", replacing: "hours: 1.75\n    where: onsite\n    summary: Plate", with: "hours: 1.25\n    where: onsite\n    summary: Plate")
        try copy.edit("content/ledger/2026-11.md", replacing: "work:\n", with: "work:\n  - client: riverside-printing\n    date: 2026-11-03\n    hours: 0.5\n    where: remote\n    summary: Correction for September's visit\n")
        #expect(copy.check() == [])
    }

    @Test("closing goes in month order, once; reopening goes from the last and says what it allows")
    func order() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try MonthClose.close(september, root: copy.root, today: today)
        func refusal(_ body: () throws -> String) -> String { do { return try body() } catch { return "\(error)" } }
        #expect(refusal { try MonthClose.close(september, root: copy.root, today: today) } == "September 2026 is closed already (content/closed/2026-09.md)")
        #expect(refusal { try MonthClose.close(Month("2026-08")!, root: copy.root, today: today) } == "August 2026 is before September 2026, the last closed month: months are closed in order, and once only")
        #expect(refusal { try MonthClose.close(Month("2026-11")!, root: copy.root, today: today) } == "November 2026 is not complete on 2026-11-29; statements run through 2026-10")
        _ = try MonthClose.close(Month("2026-10")!, root: copy.root, today: today)
        #expect(refusal { try MonthClose.reopen(september, root: copy.root) } == "October 2026 is closed after September 2026: months are reopened from the last; reopen 2026-10 first")
        #expect(refusal { try MonthClose.reopen(Month("2026-10")!, root: copy.root) }.hasPrefix("reopened October 2026: its 4 issued statements may change again"))
        #expect(!FileManager.default.fileExists(atPath: copy.url("content/closed/2026-10.md").path))
    }

    @Test("account numbers are kept once issued: a new client whose id would take one gets another")
    func storedNumbers() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let miller = StatementEngine.accountNumbers(shop)[ID("miller-accounting")]
        // An id that sorts first and lands on Miller's number.
        var n = 0
        while 10_000 + Int(Fingerprint.hash("account" + "aa-\(n)") % 90_000) != miller { n += 1 }
        let newcomer = "aa-\(n)"
        let client = "---\nname: Newcomer\nstatus: prospect\ncontact:\n  name: N. Ew\n---\n"
        try copy.write("content/clients/\(newcomer).md", client)
        #expect(StatementEngine.accountNumbers(try Pipeline.validate(root: copy.root).get().shop)[ID("miller-accounting")] != miller)
        try FileManager.default.removeItem(at: copy.url("content/clients/\(newcomer).md"))
        _ = try MonthClose.close(september, root: copy.root, today: today)
        try copy.write("content/clients/\(newcomer).md", client)
        let numbers = StatementEngine.accountNumbers(try Pipeline.validate(root: copy.root).get().shop)
        #expect(numbers[ID("miller-accounting")] == miller)
        #expect(numbers[ID(newcomer)] != miller)
        #expect(copy.check() == [])
    }
}

/// `upkeep send` through Debian's msmtp to a real SMTP server on 127.0.0.1 (PyPI aiosmtpd).
@Suite("Sending the month's statements", .enabled(if: (Tool.available("msmtp") && Tool.available("chromium") && SMTPSink.available) || ProcessInfo.processInfo.environment["CI"] == "true"))
struct SendTests {
    let today = Day(year: 2026, month: 11, day: 29)!
    let september = Month("2026-09")!

    @Test("every statement arrives once, as MIME, with the built PDF and its amounts; a second send delivers nothing; a refused message stays unsent")
    func sendThroughMSMTP() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, pdf: true))
        _ = try MonthClose.close(september, root: copy.root, today: today)
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        // Riverside's mailbox refuses the first time.
        var sink = try SMTPSink(refusing: ["mark@riversideprint.example"])
        try copy.edit("content/business.md", replacing: "owner:", with: "sendmail: msmtp --host=127.0.0.1 --port=\(sink.port) --auth=off --tls=off --read-envelope-from -t\nowner:")
        let report = try SendStatements.run(.init(month: september), root: copy.root, today: today, now: now)
        #expect(report.sent == ["miller-accounting", "oak-street-clinic"])
        #expect(report.failed.count == 1 && report.failed[0].hasPrefix("riverside-printing to mark@riversideprint.example: 'msmtp --host=127.0.0.1"))
        #expect(report.failed[0].contains("550"))
        let messages = try sink.messages()
        #expect(messages.count == 2)
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let books = Books(shop, today: today)
        for message in messages {
            let to = try #require(message["to"] as? String)
            let client = try #require(shop.clients.first { to.contains("<\($0.contact.email ?? "-")>") })
            let statement = try #require(books.statements(of: client).statements.first { $0.month == september })
            #expect(message["subject"] as? String == "Northside Computer Care: your statement for September 2026, \(books.money.format(statement.amountDue)) due")
            #expect((message["text"] as? String)?.contains("Amount due: \(books.money.format(statement.amountDue)) by October 30, 2026") == true)
            #expect(message["parts"] as? [String] == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf"])
            #expect(message["htmlHasStyle"] as? Bool == true)
            let built = try Tool.run("sha256sum", [copy.url("private/clients/\(client.id)/statement-2026-09.pdf").path]).prefix(64)
            #expect(message["pdf"] as? String == String(built))
            #expect(message["pdfName"] as? String == "statement-2026-09.pdf")
            #expect(FileManager.default.fileExists(atPath: copy.url("private/outbox/2026-09/\(client.id).eml").path))
        }
        sink.stop()
        // Again, with every mailbox open: only Riverside's goes.
        let firstPort = sink.port
        sink = try SMTPSink(refusing: [])
        try copy.edit("content/business.md", replacing: "--port=\(firstPort) ", with: "--port=\(sink.port) ")
        let again = try SendStatements.run(.init(month: september), root: copy.root, today: today, now: now)
        #expect(again.sent == ["riverside-printing"])
        #expect(again.alreadySent == ["miller-accounting", "oak-street-clinic"])
        #expect(try sink.messages().count == 1)
        // And once more: nothing.
        let third = try SendStatements.run(.init(month: september), root: copy.root, today: today, now: now)
        #expect(third.sent.isEmpty && third.alreadySent.count == 3)
        #expect(try sink.messages().count == 1)
        sink.stop()
    }

    @Test("an open month is not sent without --draft; a client with no address is listed")
    func refusals() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, pdf: true))
        #expect(throws: RequestError.self) { try SendStatements.run(.init(month: september), root: copy.root, today: today, now: Date()) }
        try copy.edit("content/clients/oak-street-clinic.md", replacing: "  email: linda@oakstreetclinic.example\n", with: "")
        let report = try SendStatements.run(.init(month: september, dryRun: true, draft: true), root: copy.root, today: today, now: Date())
        #expect(report.noAddress == ["oak-street-clinic (add billing_email to content/clients/oak-street-clinic.md)"])
        #expect(report.written == ["miller-accounting", "riverside-printing"] && report.sent.isEmpty)
        #expect(!report.complete)
    }
}

/// The test SMTP server (Tests/Support/smtp_sink.py), on a free port of 127.0.0.1.
struct SMTPSink {
    static var available: Bool { (try? Tool.run("python3", ["-c", "import aiosmtpd; print('yes')"]))?.hasPrefix("yes") == true }

    let port: Int
    let folder: URL
    let process: Process
    let input: Pipe

    init(refusing refused: [String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        // A free port: bound by the system, then let go for the server.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(probe, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
        close(probe)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("Tests/Support/smtp_sink.py").path, String(port), folder.path] + refused
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let ready = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard ready.hasPrefix("ready") else { throw RequestError(description: "the test SMTP server did not start: \(ready)") }
    }

    /// Every message received so far, parsed by Python's email package (Tests/Support/read_mail.py).
    func messages() throws -> [[String: Any]] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        guard !files.isEmpty else { return [] }
        let json = try Tool.run("python3", [repositoryRoot.appendingPathComponent("Tests/Support/read_mail.py").path] + files)
        return try json.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }
}
