import Foundation
import Testing
@testable import UpkeepKit

/// Statements that ask to be paid: instructions, the slip and its QR code, past-due notices and
/// late fees, figures worked by hand from the sample's ledger.
@Suite("Getting paid")
struct PaymentTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// The sample with a late-fee policy added to business.md.
    func sample(lateFee: String) throws -> SampleCopy {
        let copy = try SampleCopy()
        try copy.edit("content/business.md", replacing: "\nrates:", with: "\nlate_fee: \(lateFee)\nrates:")
        return copy
    }

    func statement(_ copy: SampleCopy, _ client: String, _ month: String, today: Day? = nil) throws -> Statement {
        let shop = try Validator.validate(root: copy.root).get()
        let list = StatementEngine.statements(for: shop, through: Month(month)!)[ID(client)]!
        return try #require(list.last { $0.month == Month(month)! })
    }

    @Test("Riverside's October statement says what is past due, since when, and asks for it with the pay-to details and a slip")
    func riversidePastDue() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/clients/riverside-printing/statement-2026-10.html")
        // August's $251.10 was due September 30 and September's $433.60 October 30: both unpaid on October 31.
        #expect(html.contains("<strong>Past due</strong> $684.70 of this balance is past due, the oldest part since September 30, 2026."))
        #expect(html.contains("By check, payable to Northside Computer Care LLC"))
        #expect(html.contains("<dt>Routing number</dt><dd dir=\"auto\">041215663</dd>"))
        #expect(html.contains("<dt>Reference</dt><dd dir=\"auto\">Statement 69953-2610</dd>"))
        #expect(html.contains("href=\"https://northsidecare.example/pay?account=69953&amp;statement=69953-2610&amp;amount=999.55\""))
        #expect(html.contains("<tr class=\"due\"><th>Amount due</th><td>$999.55</td></tr>"))
        #expect(html.contains("Amount enclosed"))
        #expect(html.contains("<svg class=\"qr\""))
        // September's statement: nothing was past due on September 30.
        let september = try copy.read("private/clients/riverside-printing/statement-2026-09.html")
        #expect(!september.contains("past-due-notice"))
        #expect(september.contains("<svg class=\"qr\""))
    }

    @Test("a credit balance asks for nothing: no payment request, no slip, no QR code")
    func creditBalance() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/ledger/2026-10.md", replacing: "payments:\n", with: """
            payments:
              - client: corner-bakery
                date: 2026-10-30
                amount: 400.00
                method: check

            """)
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/clients/corner-bakery/statement-2026-10.html")
        // $255.43 charged, $400.00 paid: $144.57 in credit.
        #expect(html.contains("<th>Credit balance: nothing to pay</th><td class=\"num\">$144.57 CR</td>"))
        for absent in ["How to pay", "class=\"slip\"", "<svg class=\"qr\"", "Amount due by", "payable to"] {
            #expect(!html.contains(absent), "\(absent)")
        }
    }

    @Test("the QR code on the slip, read back from a Chromium screenshot by zbarimg, is the statement's pay-online address",
          .enabled(if: (Tool.available("chromium") && Tool.available("zbarimg")) || ProcessInfo.processInfo.environment["CI"] == "true"))
    func qrCodeReadsBack() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let payload = try decodedQRCode(copy.url("private/clients/riverside-printing/statement-2026-10.html"))
        #expect(payload == "https://northsidecare.example/pay?account=69953&statement=69953-2610&amount=999.55")
    }

    /// The payload of the one QR code on `page`, as zbarimg reads it from a screenshot.
    func decodedQRCode(_ page: URL) throws -> String {
        let png = page.deletingPathExtension().appendingPathExtension("png")
        _ = try Tool.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=3",
                                      "--window-size=900,2200", "--screenshot=\(png.path)", page.absoluteString], stderr: true)
        var output = try Tool.run("zbarimg", ["--quiet", "--raw", "-Sbinary", png.path])
        if output.hasSuffix("\n") { output.removeLast() }
        return output
    }

    @Test("a euro business with an IBAN gets the EPC069-12 SEPA transfer code, byte for byte, in German",
          .enabled(if: (Tool.available("chromium") && Tool.available("zbarimg")) || ProcessInfo.processInfo.environment["CI"] == "true"))
    func sepaTransferCode() throws {
        let copy = try GermanSample()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let payload = try decodedQRCode(copy.url("private/clients/riverside-printing/statement-2026-10.html"))
        #expect(payload == "BCD\n002\n1\nSCT\nCOBADEFFXXX\nNorthside Computer Care GmbH\nDE89370400440532013000\nEUR999.55\n\n\nKontoauszug 69953-2610")
    }

    @Test("late fees: 1.5% a month of what is over 10 days late, at least $5.00 and at most $50.00, worked by hand")
    func lateFeePercent() throws {
        let copy = try sample(lateFee: "{percent_per_month: 1.5%, grace_days: 10, minimum: 5.00, cap: 50.00}")
        defer { copy.remove() }
        // September 30: August's $251.10, due that day, is not late yet: no fee.
        #expect(try statement(copy, "riverside-printing", "2026-09").lateFee == .zero)
        // October 31: August's $251.10 is 31 days late (over 10); September's $433.60, due October 30,
        // only 1 day. 1.5% of $251.10 = $3.7665 → $3.77, below the minimum: $5.00.
        let october = try statement(copy, "riverside-printing", "2026-10")
        #expect(october.lateFee.minorUnits == 500)
        #expect(october.newCharges.minorUnits == 31485 + 500)
        #expect(october.amountDue.minorUnits == 68470 + 31985)
        // November 30: $251.10 and $433.60 are late, October's $314.85 is due that day, and the
        // $5.00 fee is never charged a fee: 1.5% of $684.70 = $10.2705 → $10.27, beside November's $251.10 fee.
        let november = try statement(copy, "riverside-printing", "2026-11")
        #expect(november.lateFee.minorUnits == 1027)
        #expect(november.amountDue.minorUnits == 100455 + 25110 + 1027)
        // Not taxed, though Ohio's tax applies to charges.
        #expect(november.tax == .zero)
        let row = StatementView.row(november.charges.last!, Languages(business: try Validator.validate(root: copy.root).get().business,
                                                                        locales: [], overrides: []).business)
        #expect(row.text == "Late fee: 1.5% a month of what is more than 10 days past due, at least $5.00, at most $50.00; on $684.70 unpaid since Sep 30")
        #expect(row.kind == "late-fee")
    }

    @Test("late fees: the cap, and a flat fee; paid on time, none")
    func lateFeeCapAndFlat() throws {
        let capped = try sample(lateFee: "{percent_per_month: 10%, cap: 50.00}")
        defer { capped.remove() }
        // No grace: on October 31, $251.10 is 31 days late and $433.60 1 day: 10% of $684.70 = $68.47, capped at $50.00.
        #expect(try statement(capped, "riverside-printing", "2026-10").lateFee.minorUnits == 5000)
        let flat = try sample(lateFee: "{flat: 15.00, grace_days: 45}")
        defer { flat.remove() }
        // With 45 days' grace nothing is late on October 31 (31 days at most); on November 30 August's is 61 days late.
        #expect(try statement(flat, "riverside-printing", "2026-10").lateFee == .zero)
        #expect(try statement(flat, "riverside-printing", "2026-11").lateFee.minorUnits == 1500)
        // Miller pays every statement before it is due: never a fee.
        #expect(try (4...11).allSatisfy { try statement(flat, "miller-accounting", "2026-\(String(format: "%02d", $0))").lateFee == .zero })
    }

    @Test("a late fee is a line of the CSV, of the journal (income:late-fees) and of the closing record")
    func lateFeeExports() throws {
        let copy = try sample(lateFee: "{flat: 15.00, grace_days: 10}")
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let csv = try copy.read("private/exports/statements-2026-10.csv")
        #expect(csv.contains("69953-2610,69953,riverside-printing,Riverside Printing Co.,2026-10-31,2026-11-30,684.70,329.85,15.00,0.00,0.00,0.00,1014.55,684.70\n"))
        let journal = try copy.read("private/exports/ledger.journal")
        #expect(journal.contains("""
            2026-10-31 Riverside Printing Co. | Late fee on 251.10 unpaid since 2026-09-30  ; statement 69953-2610
                assets:receivable:riverside-printing  15.00 USD
                income:late-fees  -15.00 USD
            """))
    }
}

/// The sample as a German shop billing in euros with an IBAN, one client with an Arabic name.
struct GermanSample {
    let copy: SampleCopy
    var root: URL { copy.root }
    func url(_ path: String) -> URL { copy.url(path) }
    func read(_ path: String) throws -> String { try copy.read(path) }
    func remove() { copy.remove() }

    init() throws {
        copy = try SampleCopy()
        try copy.edit("content/business.md", replacing: "currency: USD\nlocale: en_US", with: "currency: EUR\nlocale: de_DE")
        try copy.edit("content/business.md", replacing: """
              bank_transfer:
                account_name: Northside Computer Care LLC
                bank: Maple Falls Community Bank
                account_number: "4402 1187 93"
                routing_number: "041215663"
            """, with: """
              bank_transfer:
                account_name: Northside Computer Care GmbH
                iban: DE89 3704 0044 0532 0130 00
                bic: COBADEFFXXX
            """)
        try copy.edit("content/clients/corner-bakery.md", replacing: "\nname: Corner Bakery", with: "\nname: مخبز الزاوية (Corner Bakery)!")
    }
}
