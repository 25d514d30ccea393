import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import UpkeepKit

/// Values at and past the limits, files that lead outside the folder, text that could forge
/// output: `check` says what is wrong where, and nothing it accepts crashes a command.
@Suite("Hostile values and files")
struct HostileFilesTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    @Test("values past the documented limits are refused at their line and column, with the limit", arguments: [
        ("content/clients/harbor-dental.md", "count: 8", "count: 100001",
         "content/clients/harbor-dental.md:13:12: error: 'count' is too large: at most 100000 (see Limits in docs/content-format.md), found '100001'"),
        ("content/plans/business.md", "per_workstation: 60.00", "per_workstation: 1000000000000.00",
         "content/plans/business.md:6:18: error: 'per_workstation' is too large: at most 999999999999.99 (see Limits in docs/content-format.md), found '1000000000000.00'"),
        ("content/plans/business.md", "per_workstation: 60.00", "per_workstation: 9999999999999.99",
         "content/plans/business.md:6:18: error: 'per_workstation' is too large: at most 999999999999.99 (see Limits in docs/content-format.md), found '9999999999999.99'"),
        ("content/ledger/2026-10.md", "hours: 1.5", "hours: 10000.01",
         "content/ledger/2026-10.md:5:12: error: 'hours' is too large: at most 10000 (see Limits in docs/content-format.md), found '10000.01'"),
        ("content/contracts/miller-accounting.md", "term_months: 12", "term_months: 1201",
         "content/contracts/miller-accounting.md:5:14: error: 'term_months' is too large: at most 1200 months (see Limits in docs/content-format.md)"),
        ("content/contracts/miller-accounting.md", "start: 2026-02-01", "start: 1999-12-31",
         "content/contracts/miller-accounting.md:4:8: error: 'start' is out of range: dates run from 2000-01-01 to 2099-12-31, found '1999-12-31'"),
        ("content/contracts/miller-accounting.md", "from: 2026-09-15", "from: 2100-01-01",
         "content/contracts/miller-accounting.md:9:11: error: 'from' is out of range: dates run from 2000-01-01 to 2099-12-31, found '2100-01-01'"),
    ])
    func limits(file: String, old: String, new: String, expected: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit(file, replacing: old, with: new)
        #expect(copy.check() == [expected])
    }

    @Test("extreme values within the limits: check accepts them and no command crashes", arguments: 0..<8)
    func extremeValuesNeverCrash(seed: UInt64) throws {
        var random = SplitMix(seed: seed)
        // Mostly the limit itself, sometimes a value just under it, sometimes a small one.
        func pick(_ maximum: Int) -> Int {
            switch Int.random(in: 0..<4, using: &random) {
            case 0, 1: maximum
            case 2: Int.random(in: maximum / 2...maximum, using: &random)
            default: Int.random(in: 1...9, using: &random)
            }
        }
        func amount() -> String { DecimalText.format(pick(ContentLimits.amount(minorDigits: 2)), fractionDigits: 2) }
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/clients/harbor-dental.md", replacing: "count: 8", with: "count: \(pick(ContentLimits.count))")
        try copy.edit("content/clients/corner-bakery.md", replacing: "status:", with: "calls_per_month: \(pick(ContentLimits.count))\nstatus:")
        try copy.edit("content/plans/business.md", replacing: "per_workstation: 60.00", with: "per_workstation: \(amount())")
        try copy.edit("content/plans/business.md", replacing: "per_server: 175.00", with: "per_server: \(amount())")
        try copy.edit("content/pricebook.md", replacing: "onsite_visit_price: 95.00", with: "onsite_visit_price: \(amount())")
        // A contract covers at most the workstations its client lists: Miller lists as many as it covers.
        let covered = pick(ContentLimits.count)
        try copy.edit("content/contracts/miller-accounting.md", replacing: "workstations: 11", with: "workstations: \(covered)")
        try copy.edit("content/clients/miller-accounting.md", replacing: "  - count: 8\n    purchased: 2023", with: "  - count: \(max(8, covered))\n    purchased: 2023")
        try copy.edit("content/contracts/miller-accounting.md", replacing: "term_months: 12", with: "term_months: \(pick(ContentLimits.termMonths))")
        try copy.edit("content/business.md", replacing: "after_hours_multiplier: 1.5",
                      with: "after_hours_multiplier: \(DecimalText.format(pick(ContentLimits.multiplier * 1_000_000), fractionDigits: 6))")
        // One work entry is at most 24 hours.
        try copy.edit("content/ledger/2026-10.md", replacing: "hours: 1.5", with: "hours: \(DecimalText.format(pick(2_400), fractionDigits: 2))")
        try copy.edit("content/ledger/2026-10.md", replacing: "hours: 1\n", with: "hours: \(DecimalText.format(pick(2_400), fractionDigits: 2))\n")
        let charges = (0..<50).map { _ in
            "  - client: miller-accounting\n    date: 2026-10-02\n    description: Server\n    unit_price: \(amount())\n    quantity: \(pick(ContentLimits.count))\n"
        }.joined()
        try copy.edit("content/ledger/2026-10.md", replacing: "charges:\n", with: "charges:\n" + charges)
        // The owner's balance assertion no longer holds with these amounts; it is not the subject.
        try copy.edit("content/ledger/2026-10.md", replacing: "balances:\n  - client: miller-accounting\n    date: 2026-10-09\n    balance: 592.25\n", with: "")
        #expect(copy.check() == [])
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        _ = try ClientDocuments.quote("harbor-dental", plans: .plan("business"), root: copy.root, today: today)
        _ = try ClientDocuments.writeStatement("miller-accounting", month: Month(year: 2026, month: 10)!, root: copy.root, today: today, pdf: false)
        #expect(try copy.read("private/clients/miller-accounting/statement-2026-10.html").contains("Server"))
    }

    @Test("links that lead outside the business folder are refused at the file; links inside it are followed")
    func symbolicLinks() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-outside-\(UUID().uuidString).md")
        try Data(try copy.read("content/pages/faq.md").utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let real = FolderWalk.realPath(outside.path)!
        try FileManager.default.removeItem(at: copy.url("content/pages/faq.md"))
        try FileManager.default.createSymbolicLink(atPath: copy.url("content/pages/faq.md").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: copy.url("content/logo.png").path, withDestinationPath: "/etc/hostname")
        try copy.edit("content/business.md", replacing: "\nlogo: logo.svg\n", with: "\n")
        try copy.edit("content/business.md", replacing: "currency: USD", with: "logo: logo.png\ncurrency: USD")
        try FileManager.default.createSymbolicLink(atPath: copy.url("templates/extra.mustache").path, withDestinationPath: "/etc/passwd")
        let realEtc = FolderWalk.realPath("/etc/passwd")!
        #expect(copy.check() == [
            "content/pages/faq.md:1:1: error: is a symbolic link to \(real), outside the business folder; Upkeep reads nothing outside it: copy the file in instead",
            "templates/extra.mustache:1:1: error: is a symbolic link to \(realEtc), outside the business folder; Upkeep reads nothing outside it: copy the file in instead",
        ])
        // Once the content reads, the logo is checked at its line.
        try FileManager.default.removeItem(at: copy.url("content/pages/faq.md"))
        try FileManager.default.removeItem(at: copy.url("templates/extra.mustache"))
        #expect(copy.check() == [
            "content/business.md:10:7: error: the logo 'content/logo.png' is a symbolic link to \(FolderWalk.realPath("/etc/hostname")!), outside the business folder; Upkeep reads nothing outside it: copy the file in instead",
        ])
        #expect(throws: DiagnosticsError.self) { try Pipeline.build(BuildSettings(root: copy.root, today: today)) }
        #expect(!FileManager.default.fileExists(atPath: copy.url("public").path))

        // A link to a file inside the business folder is read like the file.
        try FileManager.default.removeItem(at: copy.url("content/logo.png"))
        try copy.edit("content/business.md", replacing: "logo: logo.png\n", with: "")
        try copy.write("shared/faq.md", String(decoding: try Data(contentsOf: outside), as: UTF8.self))
        try FileManager.default.createSymbolicLink(atPath: copy.url("content/pages/faq.md").path, withDestinationPath: "../../shared/faq.md")
        #expect(copy.check() == [])
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        #expect(try copy.read("public/index.html").contains("FAQ") || copy.read("public/index.html").contains("faq"))
    }

    @Test("a dangling link, a loop or a folder named .md fail check and build alike, even after a build that succeeded", arguments: [
        ("dangling", "content/clients/ghost.md:1:1: error: is a symbolic link that leads nowhere (its target is missing, or the links go round in a loop)"),
        ("loop", "content/clients/ghost.md:1:1: error: is a symbolic link that leads nowhere (its target is missing, or the links go round in a loop)"),
        ("folder", "content/clients/ghost.md:1:1: error: is a folder named like a content file; content files are Markdown files, and folders are not named .md"),
        ("fifo", "content/clients/ghost.md:1:1: error: is not a regular file"),
    ])
    func unreadableEntries(kind: String, expected: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let ghost = copy.url("content/clients/ghost.md").path
        switch kind {
        case "dangling": try FileManager.default.createSymbolicLink(atPath: ghost, withDestinationPath: "nowhere.md")
        case "loop": try FileManager.default.createSymbolicLink(atPath: ghost, withDestinationPath: "ghost.md")
        case "folder": try FileManager.default.createDirectory(atPath: ghost, withIntermediateDirectories: false)
        default: #expect(mkfifo(ghost, 0o644) == 0)
        }
        #expect(copy.check() == [expected])
        do {
            let report = try Pipeline.build(BuildSettings(root: copy.root, today: today))
            Issue.record("the build said \(report.upToDate ? "up to date" : "it wrote files") instead of failing")
        } catch let error as DiagnosticsError {
            #expect(error.description == expected)
        }
    }

    @Test("the logo is checked at its logo: line, by check as by build", arguments: [
        ("missing.png", nil, "content/business.md:10:7: error: the logo 'content/missing.png' does not exist"),
        ("../outside.png", nil, "content/business.md:10:7: error: the logo's path is relative to content/ and stays inside it, such as 'logo.png'; found '../outside.png'"),
        ("logo.exe", 10, "content/business.md:10:7: error: the logo must be an image file ending in .gif, .jpeg, .jpg, .png, .svg, .webp, found 'logo.exe'"),
        ("big.png", (2 << 20) + 1, "content/business.md:10:7: error: the logo 'content/big.png' is 2097153 bytes; at most 2097152 (2 MiB) are accepted, as every document carries it"),
    ] as [(String, Int?, String)])
    func logo(path: String, size: Int?, expected: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        if let size { try Data(count: size).write(to: copy.url("content/" + path)) }
        try copy.edit("content/business.md", replacing: "\nlogo: logo.svg\n", with: "\n")
        try copy.edit("content/business.md", replacing: "currency: USD", with: "logo: \(path)\ncurrency: USD")
        #expect(copy.check() == [expected])
        #expect(throws: DiagnosticsError.self) { try Pipeline.build(BuildSettings(root: copy.root, today: today)) }
    }

    @Test("control characters in text are refused where they stand, and never printed raw", arguments: [
        (#"name: "North\0side \e[31m""#, "content/business.md:2:7: error: 'name' contains the control character NUL (U+0000) at character 6; remove it"),
        (#"name: "Northside\e[31m""#, "content/business.md:2:7: error: 'name' contains the control character ESC (U+001B) at character 10; remove it"),
    ])
    func controlCharacters(line: String, expected: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/business.md", replacing: "\nname: Northside Computer Care", with: "\n" + line)
        #expect(copy.check() == [expected])
    }

    @Test("control characters in Markdown are refused at their line and column")
    func controlCharactersInMarkdown() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let faq = try copy.read("content/pages/faq.md")
        let lines = faq.split(separator: "\n", omittingEmptySubsequences: false)
        let last = lines.count - 1
        try copy.write("content/pages/faq.md", faq + "Red \u{1B}[31malert\n")
        #expect(copy.check() == ["content/pages/faq.md:\(last + 1):5: error: the Markdown text contains the control character ESC (U+001B); remove it"])
    }

    @Test("a file name with a line break or an escape sequence cannot forge a second diagnostic line")
    func escapedFileNames() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/clients/evil\ncontent/x.md:1:1: error: forged\u{1B}[2J.md", "---\nname: x\n---\n")
        let problems = copy.check()
        #expect(problems.count == 3)
        for problem in problems {
            #expect(problem.hasPrefix("content/clients/evil\\ncontent/x.md:1:1: error: forged\\u{1B}[2J.md:"), "\(problem)")
        }
    }

    @Test("base_url must be an absolute http or https address", arguments: [
        "javascript:alert(1)", "\"https://a.example/\\nDisallow: /\"", "ftp://files.example/", "/relative/", "\"https://a.example/ x\"",
    ])
    func baseURL(value: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/business.md", replacing: "base_url: https://northsidecare.example/", with: "base_url: \(value)")
        let problems = copy.check()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("content/business.md:9:11: error: 'base_url' must be an absolute http or https address such as https://example.com/, found ") == true)
    }

    @Test("an id over the length limit says the limit")
    func longID() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let long = String(repeating: "a", count: 65)
        try copy.edit("content/contracts/miller-accounting.md", replacing: "client: miller-accounting", with: "client: \(long)")
        #expect(copy.check() == ["content/contracts/miller-accounting.md:2:9: error: 'client' is 65 characters long; ids are at most 64, found '\(long)'"])
        try FileManager.default.moveItem(at: copy.url("content/pages/terms.md"), to: copy.url("content/pages/\(long).md"))
        #expect(copy.check().contains("content/pages/\(long).md:1:1: error: the file name '\(long).md' is used as an id and is 65 characters long; ids are at most 64"))
    }

    @Test("check runs what build runs: a balance assertion that does not hold fails check too")
    func checkAgreesWithBuild() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let text = try copy.read("content/ledger/2026-10.md")
        guard let range = text.range(of: #"balance: [0-9.]+"#, options: .regularExpression) else {
            Issue.record("the sample's October ledger asserts no balance")
            return
        }
        try copy.write("content/ledger/2026-10.md", text.replacingCharacters(in: range, with: "balance: 1.23"))
        let problems = copy.check()
        #expect(problems.count == 1)
        do {
            _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
            Issue.record("the build must fail")
        } catch let error as DiagnosticsError {
            #expect(error.description.split(separator: "\n").map(String.init) == problems)
        }
    }

    @Test("work stays linear: 20,000 effective-dated changes in one contract")
    func boundedWork() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        var changes = ""
        var day = Day(year: 2026, month: 2, day: 2)!
        for _ in 0..<20_000 {
            changes += "  - from: \(day)\n    workstations: \(day < Day(year: 2026, month: 9, day: 15)! ? 8 : 11)\n"
            day = day.adding(days: 1)
        }
        try copy.edit("content/contracts/miller-accounting.md", replacing: "changes:\n  - from: 2026-09-15\n    workstations: 11\n    note: 3 workstations added for new hires\n",
                      with: "changes:\n" + changes)
        // A period a day rounds differently from a whole month: the owner's assertion is not the subject.
        try copy.edit("content/ledger/2026-10.md", replacing: "balances:\n  - client: miller-accounting\n    date: 2026-10-09\n    balance: 592.25\n", with: "")
        let started = Date()
        #expect(copy.check() == [])
        // Generous: quadratic work took 35 s at this size; linear work takes well under one.
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test("a ledger month split into parts is capped as a whole: its joined message")
    func splitMonthMessage() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let paragraph = String(repeating: "Closed for the holidays. ", count: 1_000) + "\n"
        for part in 1...3 {
            try copy.write("content/ledger/2026-12/part-\(part).md", "---\nwork: []\n---\n" + paragraph)
        }
        #expect(copy.check() == ["content/ledger/2026-12/part-3.md:1:1: error: the message of December 2026, its files' Markdown joined, passes 65536 bytes with this file; every statement of the month prints it: shorten it"])
    }

    @Test("today out of range is refused before anything is written")
    func todayOutOfRange() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        #expect(throws: DiagnosticsError.self) {
            try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 9999, month: 12, day: 31)!))
        }
        #expect(!FileManager.default.fileExists(atPath: copy.url(".upkeep-staging").path))
        #expect(!FileManager.default.fileExists(atPath: copy.url("public").path))
    }
}
