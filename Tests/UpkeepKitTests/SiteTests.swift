import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import UpkeepKit

@Suite("The public site, the dashboard, init and serve")
struct SiteTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    func built() throws -> SampleCopy {
        let copy = try SampleCopy()
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        return copy
    }

    @Test func publicHoldsOnlyTheSite() throws {
        let copy = try built()
        defer { copy.remove() }
        let files = try snapshot(of: copy.url("public")).keys.sorted()
        let stylesheet = try #require(files.first { $0.hasPrefix("style-") })
        let script = try #require(files.first { $0.hasPrefix("calculator-") })
        let logo = try #require(files.first { $0.hasPrefix("assets/logo-") })
        #expect(files == ["404.html", logo, script, "compare/index.html", "index.html", "pricebook.json", "robots.txt", "sitemap.xml", stylesheet])
        let css = try copy.read("templates/style.css")
        #expect(stylesheet == "style-\(Fingerprint.shortHex(css)).css")
        let index = try copy.read("public/index.html")
        #expect(index.contains("<link rel=\"stylesheet\" href=\"\(stylesheet)\">"))
        #expect(try copy.read("public/compare/index.html").contains("<link rel=\"stylesheet\" href=\"../\(stylesheet)\">"))
        #expect(index.contains("<meta property=\"og:url\" content=\"https://northsidecare.example/\">"))
        #expect(index.contains("<meta name=\"description\" content=\"Plans and prices"))
        // One script, the calculator's, and nothing from elsewhere.
        #expect(index.components(separatedBy: "<script src=").count == 2 && !index.contains("<script src=\"http"))
        // The example offices are priced by the same engine as proposals: 10 × $35.00 − 5% + $125.00.
        #expect(index.contains("<tr><td>10 workstations and a server</td><td class=\"num\">$457.50</td>"))
        #expect(try copy.read("public/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://northsidecare.example/sitemap.xml\n")
    }

    @Test("nothing about any client appears anywhere under public/")
    func noClientDataInPublic() throws {
        let copy = try built()
        defer { copy.remove() }
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let files = try snapshot(of: copy.url("public"))
        // The calculator's price book is searched like every page.
        #expect(files.keys.contains("pricebook.json") && files.keys.contains { $0.hasPrefix("calculator-") })
        let everything = files.values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        var secrets = Set<String>()
        for client in shop.clients {
            secrets.formUnion([client.name, client.contact.name, client.id.rawValue] + [client.contact.email, client.contact.phone, client.contact.title].compactMap { $0 })
            secrets.formUnion((client.billingAddress?.lines ?? []).filter { !shop.business.address.lines.contains($0) })
            secrets.formUnion(client.body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 12 })
        }
        for contract in shop.contracts {
            secrets.formUnion(contract.notes.split(separator: "\n").map(String.init).filter { $0.count > 12 })
        }
        for secret in secrets {
            #expect(!everything.contains(secret) && !everything.contains(escapeXML(secret)), "\(secret) is in public/")
        }
    }

    @Test("every link in every page leads to a file the build wrote")
    func noDeadLinks() throws {
        let copy = try built()
        defer { copy.remove() }
        var checked = 0
        for tree in Tree.allCases {
            for (path, data) in try snapshot(of: copy.url(tree.rawValue)) where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self)
                let page = copy.url("\(tree.rawValue)/\(path)")
                for whole in matches(#"(?:href|src)="([^"]*)""#, in: html).map({ $0[0] }) {
                    if ["http:", "https:", "mailto:", "tel:", "data:"].contains(where: { whole.hasPrefix($0) }) { continue }
                    // A section of a page (`#plans`, `index.html#plans`) needs the page; SubPathTests checks the section.
                    let link = String(whole.prefix { $0 != "#" })
                    let target = link.isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(link).standardizedFileURL
                    #expect(FileManager.default.fileExists(atPath: target.path), "\(tree)/\(path) links \(link)")
                    #expect(!link.hasPrefix("/"), "\(tree)/\(path) has a root-relative link \(link)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }

    @Test func sitemapIsValidAndListsOnlyPublicPages() throws {
        let copy = try built()
        defer { copy.remove() }
        let parser = XMLParser(data: Data(try copy.read("public/sitemap.xml").utf8))
        let collector = LocCollector()
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.locs == ["https://northsidecare.example/", "https://northsidecare.example/compare/"])
        for loc in collector.locs {
            let path = String(loc.dropFirst("https://northsidecare.example/".count)) + "index.html"
            #expect(FileManager.default.fileExists(atPath: copy.url("public/\(path)").path))
        }
        // Without a base URL there is no sitemap, and robots.txt names none.
        try copy.edit("content/business.md", replacing: "base_url: https://northsidecare.example/\n", with: "")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        #expect(!FileManager.default.fileExists(atPath: copy.url("public/sitemap.xml").path))
        #expect(try copy.read("public/robots.txt") == "User-agent: *\nAllow: /\n")
    }

    @Test func dashboard() throws {
        let copy = try built()
        defer { copy.remove() }
        let html = try copy.read("private/index.html")
        // Miller 11 × $35 − 5% + backup 11 × $9 = $464.75; Oak Street $1,388.90; Riverside $251.10.
        #expect(html.contains("<div class=\"figure\">$2,104.75</div>"))
        #expect(html.contains("<div class=\"figure\">$25,257.00</div>"))
        #expect(html.contains("<tr><td dir=\"auto\">Miller &amp; Sons Accounting</td><td data-label=\"Plan\" dir=\"auto\">Essentials</td><td data-label=\"Date\">January 31, 2027</td><td class=\"num\" data-label=\"Days left\">63</td>"))
        #expect(html.contains("<tr><td dir=\"auto\">Riverside Printing Co.</td><td class=\"num\" data-label=\"Amount due\">$999.55</td><td class=\"num\" data-label=\"Past due\">$684.70</td><td data-label=\"Oldest\">31–60 days</td>"))
        #expect(html.contains("<tr><td class=\"nowrap\">October 2026</td><td class=\"num\" data-label=\"Recurring\">$2,104.75</td><td class=\"num\" data-label=\"Break/fix\">$373.75</td><td class=\"num\" data-label=\"Recurring share\">85%</td>"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
    }

    @Test("init --sample, then build, in an empty folder")
    func initSampleThenBuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try BusinessFolder.create(at: folder, .sample)
        // What the binary embeds is exactly the repository's content/ and templates/.
        let files = BusinessFolder.files(.sample).map(\.path)
        for path in files {
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: repositoryRoot.appendingPathComponent(path).path), "\(path)")
        }
        let repository = try snapshot(of: repositoryRoot.appendingPathComponent("content")).count
            + snapshot(of: repositoryRoot.appendingPathComponent("templates")).count
        #expect(files.count == repository)
        let report = try Pipeline.build(BuildSettings(root: folder, today: today))
        #expect(report.filesWritten > 50)
        #expect(throws: RequestError.self) { try BusinessFolder.create(at: folder) }
    }

    @Test("init lays out the owner's own shop: placeholders check names one by one, no clients, a .gitignore, a git repository")
    func initOwnShop() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = try BusinessFolder.create(at: folder)
        #expect(git == Tool.available("git"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/clients").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/plans/business.md").path))
        let ignore = try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.contains("/public/\n") && ignore.contains("/private/\n") && ignore.contains("/.upkeep-*\n"))
        guard case .failure(let problems) = Pipeline.check(root: folder, today: today) else {
            Issue.record("the placeholders must be reported")
            return
        }
        #expect(problems.description.split(separator: "\n") == [
            "content/business.md:3:7: error: fill in 'name': replace <your shop's name> with yours",
            "content/business.md:5:5: error: fill in 'address': replace <street and number> with yours",
            "content/business.md:6:5: error: fill in 'address': replace <town, state and postcode> with yours",
            "content/business.md:7:8: error: fill in 'phone': replace <your phone number> with yours",
            "content/business.md:8:8: error: fill in 'email': replace <the e-mail address clients write to> with yours",
            "content/business.md:34:9: error: fill in 'owner.name': replace <your name> with yours",
        ])
        // Filled in, it builds: no clients, a pricing page.
        var text = try String(contentsOf: folder.appendingPathComponent("content/business.md"), encoding: .utf8)
        for (placeholder, value) in [("<your shop's name>", "Lakeview PC Care"), ("<street and number>", "1 Main St"),
                                     ("<town, state and postcode>", "Lakeview, OH 43000"), ("<your phone number>", "(740) 555-0100"),
                                     ("<the e-mail address clients write to>", "hello@lakeview.example"), ("<your name>", "Sam Reyes")] {
            text = text.replacingOccurrences(of: placeholder, with: value)
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent("content/business.md"))
        let report = try Pipeline.build(BuildSettings(root: folder, today: today))
        #expect(report.filesWritten > 5)
        #expect(try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8).contains("Lakeview PC Care"))
    }

    @Test("serve answers, rebuilds after a change, and shows errors instead of stale pages")
    func serve() async throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let server = PreviewServer(settings: BuildSettings(root: copy.root, today: today))
        let port = try server.start(port: 0)
        defer { server.stop() }
        func get(_ path: String) async throws -> (Int, String) {
            let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
        }
        func waitForBuild(after count: Int) async throws {
            for _ in 0..<100 where server.buildCount <= count { try await Task.sleep(for: .milliseconds(100)) }
        }
        let (status, home) = try await get("/")
        #expect(status == 200 && home.contains("Northside Computer Care"))
        #expect(try await get("/private/").1.contains("Dashboard"))
        #expect(try await get("/public/missing.html").0 == 404)

        var count = server.buildCount
        try copy.edit("content/business.md", replacing: "\nname: Northside Computer Care", with: "\nname: Eastside Computer Care")
        try await waitForBuild(after: count)
        #expect(try await get("/public/index.html").1.contains("Eastside Computer Care"))

        count = server.buildCount
        try copy.edit("content/plans/business.md", replacing: "per_server: 175.00", with: "per_server: lots")
        try await waitForBuild(after: count)
        let (failed, page) = try await get("/public/index.html")
        #expect(failed == 500)
        #expect(page.contains("content/plans/business.md:7:13: error: &#39;per_server&#39;") || page.contains("content/plans/business.md:7:13: error: 'per_server' must be an amount"))
    }
}

final class LocCollector: NSObject, XMLParserDelegate {
    var locs: [String] = []
    private var inLoc = false
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        inLoc = name == "loc"
        if inLoc { locs.append("") }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inLoc { locs[locs.count - 1] += string }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inLoc = false }
}

@Suite("The logo")
struct LogoTests {
    @Test("copied under a hashed name into both trees, inlined in proposals; a missing one is reported")
    func logo() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
        try Data(png).write(to: copy.url("content/logo.png"))
        try copy.edit("content/business.md", replacing: "\nlogo: logo.svg\n", with: "\n")
        try copy.edit("content/business.md", replacing: "currency: USD", with: "logo: logo.png\ncurrency: USD")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        let name = "assets/logo-\(Fingerprint.shortHex(png)).png"
        #expect(FileManager.default.contents(atPath: copy.url("public/\(name)").path) == Data(png))
        #expect(FileManager.default.contents(atPath: copy.url("private/\(name)").path) == Data(png))
        #expect(try copy.read("public/compare/index.html").contains("<img class=\"logo\" src=\"../\(name)\""))
        #expect(try copy.read("private/clients/harbor-dental/proposal.html").contains("src=\"data:image/png;base64,\(Data(png).base64EncodedString())\""))

        try copy.edit("content/business.md", replacing: "logo: logo.png", with: "logo: missing.png")
        #expect(throws: DiagnosticsError.self) {
            try Pipeline.build(BuildSettings(root: copy.root, today: Day(year: 2026, month: 11, day: 29)!))
        }
    }
}
