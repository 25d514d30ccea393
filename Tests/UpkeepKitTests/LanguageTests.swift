import Foundation
import Testing
@testable import UpkeepKit

/// Documents in the client's language: labels, dates and numbers by locale, the owner's overrides,
/// and right-to-left names.
@Suite("Languages")
struct LanguageTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    @Test("dates, hours and percentages in en_US, en_GB and de_DE")
    func formats() {
        let day = Day(year: 2026, month: 2, day: 28)!
        let expected = [("en_US", "February 28, 2026", "Feb 28", "1.25", "7.25%", "February 1–28, 2026"),
                        ("en_GB", "28 February 2026", "28 Feb", "1.25", "7.25%", "1–28 February 2026"),
                        ("de_DE", "28. Februar 2026", "28. Feb.", "1,25", "7,25 %", "1.–28. Februar 2026")]
        for (locale, long, short, hours, percent, period) in expected {
            let language = Language(identifier: locale, currency: .usd, labels: Labels.builtIn(for: locale)!)
            #expect(language.long(day) == long)
            #expect(language.short(day) == short)
            #expect(language.hours(Hours(hundredths: 125)) == hours)
            #expect(language.percent(Ratio(perMillion: 72_500)) == percent)
            #expect(language.period(day.monthOf.firstDay, day) == period)
        }
        #expect(Labels.builtIn(for: "de_AT")?.statement.title == "Kontoauszug")
        #expect(Labels.builtIn(for: "en_CA")?.common.longDate == "{month} {day}, {year}")
        #expect(Labels.builtIn(for: "fr_FR") == nil)
    }

    @Test("every German label differs from the English one or is the same word in both, and keeps its placeholders")
    func germanTables() {
        let same: Set<String> = ["common.monthYear", "statement.work", "statement.chargeQuantity", "statement.bank", "statement.iban",
                                 "statement.bic", "statement.payOnline", "proposal.kindServer", "proposal.name", "comparison.perDevice",
                                 "priceLines.perUnit", "review.quarterName", "review.kindServer"]
        for table in Labels.tableNames {
            for name in Labels.names(table: table) {
                let e = Labels.english.label(table: table, name)!, g = Labels.german.label(table: table, name)!
                #expect(Placeholders.names(in: e) == Placeholders.names(in: g), "\(table).\(name)")
                #expect((e != g) != same.contains("\(table).\(name)"), "\(table).\(name): '\(g)'")
            }
        }
    }

    /// The English labels (their fixed words, between placeholders, as whole words) left in the
    /// text of `html`, written `table.name 'words'`.
    func englishLeft(in html: String, tables: [String]) throws -> [String] {
        // The owner's and the client's own words (pages, messages, plans, reasons) are left as written: not scanned.
        let owner = try Regex("(?s)<head>.*?</head>|<(div|section) class=\"prose[^\"]*\"[^>]*>.*?</\\1>|<span dir=\"auto\">[^<]*</span>|<p class=\"(?:small muted|plan-summary)\"[^>]*>[^<]*</p>|<ul class=\"included\">.*?</ul>")
        let text = html.replacing(owner, with: " ").replacing(try Regex("<[^>]*>"), with: " ").replacing(try Regex("\\s+"), with: " ")
        var found: [String] = []
        for table in tables {
            for name in Labels.names(table: table) {
                let english = Labels.english.label(table: table, name)!, german = Labels.german.label(table: table, name)!
                guard english != german else { continue }
                for piece in english.split(separator: try Regex("\\{[a-zA-Z]+\\}")) {
                    let words = piece.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,:;()+−×÷·")))
                    // Two words or more: a single word may be the owner's as well (`Managed`, `account`).
                    guard words.contains(" "), words.contains(where: \.isLetter) else { continue }
                    let pattern = try Regex("(?:^|[^A-Za-z])" + NSRegularExpression.escapedPattern(for: words) + "(?![A-Za-z])")
                    if text.contains(pattern) { found.append("\(table).\(name) '\(words)'") }
                }
            }
        }
        // Single words where only labels stand: headings, table heads, terms, captions.
        let heads = html.replacing(try Regex("(?s)<head>.*?</head>"), with: "")
            .matches(of: try Regex("<(?:th|h[1-3]|dt|caption|figcaption)[^>]*>([^<]+)<|class=\"label\"[^>]*>([^<]+)<"))
            .compactMap { ($0.output[1].substring ?? $0.output[2].substring).map { $0.trimmingCharacters(in: .whitespaces) } }
        for table in tables {
            for name in Labels.names(table: table) {
                let english = Labels.english.label(table: table, name)!
                if english != Labels.german.label(table: table, name)!, heads.contains(english) { found.append("\(table).\(name) '\(english)'") }
            }
        }
        for month in ["January", "February", "March", "May", "June", "July", "October", "December"] where text.contains(month) {
            found.append("month '\(month)'")
        }
        return found
    }

    @Test("a German business's documents, from statements to the dashboard, have no English label left, and write German dates, hours and amounts")
    func germanDocuments() throws {
        let copy = try GermanSample()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        var found: [String] = []
        let statementTables = ["common", "statement", "priceLines"]
        for (client, month) in [("riverside-printing", "2026-09"), ("riverside-printing", "2026-10"), ("miller-accounting", "2026-09"),
                                ("oak-street-clinic", "2026-10"), ("corner-bakery", "2026-10")] {
            let html = try copy.read("private/clients/\(client)/statement-\(month).html")
            #expect(html.contains("<html lang=\"de-DE\">"))
            found += try englishLeft(in: html, tables: statementTables).map { "\(client) \(month): \($0)" }
        }
        for client in ["harbor-dental", "greenfield-vet", "lakeside-law"] {
            for page in ["proposal", "comparison"] {
                let html = try copy.read("private/clients/\(client)/\(page).html")
                found += try englishLeft(in: html, tables: ["common", "proposal", "comparison", "priceLines"]).map { "\(client) \(page): \($0)" }
            }
        }
        // The business's own pages: the public site, the dashboard and the month's preview.
        _ = try PreviewMonth.run(Month("2026-10")!, root: copy.root, today: today)
        for (page, tables) in [("public/index.html", ["common", "site", "proposal"]), ("public/404.html", ["common", "site"]),
                               ("public/compare/index.html", ["common", "comparison", "proposal", "priceLines"]),
                               ("private/index.html", ["common", "dashboard"]), ("private/preview-2026-10.html", ["common", "preview", "statement"]),
                               ("private/clients/oak-street-clinic/review-2026-Q3.html", ["common", "review"])] {
            let html = try copy.read(page)
            #expect(html.contains("<html lang=\"de-DE\">"), "\(page)")
            found += try englishLeft(in: html, tables: tables).map { "\(page): \($0)" }
        }
        #expect(found == [])
        let september = try copy.read("private/clients/riverside-printing/statement-2026-09.html")
        #expect(september.contains("Plate setter lost its network connection: 1,25 Std. vor Ort × 110,00\u{A0}€ + Anfahrt 45,00\u{A0}€"))
        #expect(september.contains("<th>Fällig</th><td><strong>30. Oktober 2026</strong></td>"))
        #expect(september.contains("1.–30. September 2026"))
        let october = try copy.read("private/clients/riverside-printing/statement-2026-10.html")
        #expect(october.contains("<strong>Überfällig</strong> 684,70\u{A0}€ dieses Saldos sind überfällig, der älteste Teil seit 30. September 2026."))
        #expect(october.contains("<dt>IBAN</dt><dd dir=\"auto\">DE89 3704 0044 0532 0130 00</dd>"))
    }

    @Test("a client's name in Arabic is marked dir=auto wherever it stands on its statement")
    func rightToLeft() throws {
        let copy = try GermanSample()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/clients/corner-bakery/statement-2026-10.html")
        #expect(html.contains("<strong dir=\"auto\">مخبز الزاوية (Corner Bakery)!</strong>"))
        #expect(!html.contains(">مخبز الزاوية (Corner Bakery)!<") || html.components(separatedBy: "مخبز").count - 1
                == html.components(separatedBy: "dir=\"auto\">مخبز").count - 1 + html.components(separatedBy: "<title>").count - 1)
    }

    @Test("a client in another locale gets its statements in its language, the business's stay in its own")
    func clientLocale() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/clients/riverside-printing.md", replacing: "\nname: Riverside Printing Co.", with: "\nname: Riverside Printing Co.\nlocale: de_DE")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let riverside = try copy.read("private/clients/riverside-printing/statement-2026-10.html")
        #expect(riverside.contains("Zu zahlen bis 30. November 2026</th><td class=\"num\">999,55\u{A0}$</td>"))
        let miller = try copy.read("private/clients/miller-accounting/statement-2026-10.html")
        #expect(miller.contains("Amount due by November 30, 2026</th><td class=\"num\">$592.25</td>"))
    }

    @Test("the owner's labels replace the built-in ones; a wrong name or a lost placeholder is an error at its line")
    func overrides() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/labels/en_US.md", """
            ---
            statement:
              pastDueReminder: Please call Dana about this balance this week.
              amountDueBy: Please pay by {date}
            ---

            """)
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let html = try copy.read("private/clients/riverside-printing/statement-2026-10.html")
        #expect(html.contains("<span dir=\"auto\">Please call Dana about this balance this week.</span>"))
        #expect(html.contains("<th>Please pay by November 30, 2026</th>"))
        try copy.write("content/labels/en_US.md", """
            ---
            statement:
              amountDueBy: Please pay now
              pastDueRemindr: Call us.
            commn:
              page: Page
            ---

            """)
        #expect(copy.check() == [
            "content/labels/en_US.md:3:16: error: 'amountDueBy' must keep the placeholders of the built-in label ({date}); found none",
            "content/labels/en_US.md:4:3: error: unknown key 'pastDueRemindr' in statement labels (did you mean 'pastDueReminder'?); accepted keys: " + Labels.names(table: "statement").joined(separator: ", "),
            "content/labels/en_US.md:5:1: error: unknown key 'commn' in labels (did you mean 'common'?); accepted keys: common, comparison, dashboard, mail, preview, priceLines, proposal, review, site, statement",
        ])
        try FileManager.default.removeItem(at: copy.url("content/labels/en_US.md"))
        try copy.write("content/labels/fr_FR.md", "---\nstatement:\n  title: Relevé\n---\n")
        #expect(copy.check() == ["content/labels/fr_FR.md:2:1: error: content/labels/fr_FR.md is for a locale Upkeep has no labels for; name it after one such as en_US, en_GB or de_DE"])
    }

    @Test("payment details are checked: IBAN and routing check digits, BIC, pay-online placeholders, locales", arguments: [
        ("  checks_payable_to: Northside Computer Care LLC\n", "  checks_payable_to: Northside Computer Care LLC\n  bank_transfr: x\n",
         "content/business.md:30:3: error: unknown key 'bank_transfr' in payment (did you mean 'bank_transfer'?); accepted keys: bank_transfer, checks_payable_to, note, past_due_reminder, pay_online"),
        ("routing_number: \"041215663\"", "routing_number: \"041215664\"",
         "content/business.md:34:21: error: 'routing_number' is not a valid ABA routing number: its check digit does not match (a digit mistyped?), found '041215664'"),
        ("    account_number: \"4402 1187 93\"\n    routing_number: \"041215663\"", "    iban: DE89 3704 0044 0532 0130 01",
         "content/business.md:33:11: error: 'iban' is not a valid IBAN: its check digits do not match (a digit mistyped?), found 'DE89 3704 0044 0532 0130 01'"),
        ("    account_number: \"4402 1187 93\"\n    routing_number: \"041215663\"", "    iban: DE89 3704 0044 0532 0130 00\n    bic: COBA",
         "content/business.md:34:10: error: 'bic' must be a BIC of 8 or 11 letters and digits, such as COBADEFFXXX, found 'COBA'"),
        ("    account_number: \"4402 1187 93\"\n", "    iban: DE89 3704 0044 0532 0130 00\n",
         "content/business.md:31:5: error: bank_transfer needs either iban (and bic) or account_number and routing_number, not both"),
        ("statement={statement}&amount", "statement={statment}&amount",
         "content/business.md:35:15: error: 'pay_online' has an unknown placeholder '{statment}' (did you mean '{statement}'?); placeholders: {account}, {statement}, {amount}, found 'https://northsidecare.example/pay?account={account}&statement={statment}&amount={amount}'"),
        ("locale: en_US", "locale: fr_FR",
         "content/business.md:11:9: error: 'locale' is a language Upkeep has no labels for; languages: de_DE, en_GB, en_US (and their other countries, such as de_AT), found 'fr_FR'"),
    ])
    func paymentDetailsChecked(old: String, new: String, expected: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/business.md", replacing: old, with: new)
        #expect(copy.check() == [expected])
    }
}

extension LanguageTests {
    @Test("docs/labels.md lists every label of every table, with its English text")
    func documented() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/labels.md"), encoding: .utf8)
        var sections: [String: String] = [:]
        for part in text.components(separatedBy: "\n## `").dropFirst() { sections[String(part.prefix { $0 != "`" })] = part }
        #expect(Set(sections.keys) == Set(Labels.tableNames))
        for table in Labels.tableNames {
            for name in Labels.names(table: table) {
                let english = Labels.english.label(table: table, name)!.replacingOccurrences(of: "|", with: "\\|")
                #expect(sections[table]?.contains("| `\(name)` | \(english) |") == true, "\(table).\(name)")
            }
        }
    }
}
