import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import UpkeepKit

/// `public/` as a static host serves it: Debian's nginx on 127.0.0.1, under `/shop/` rather than
/// at the root, so that a link written from the root (`/style.css`) would be caught.
@Suite("The public site served by nginx under /shop/", .enabled(if: Tool.available("nginx") || FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx")
                                                               || ProcessInfo.processInfo.environment["CI"] == "true"))
struct SubPathTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// Runs nginx in the foreground with its own configuration, serving `public` at `/shop/`.
    final class Server {
        let process = Process()
        let port: Int

        init(public folder: URL, work: URL) throws {
            port = 20_000 + Int(ProcessInfo.processInfo.processIdentifier % 20_000)
            let temp = work.appendingPathComponent("nginx")
            try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
            let config = """
                \(getuid() == 0 ? "user root;" : "")
                worker_processes 1;
                error_log \(temp.path)/error.log;
                pid \(temp.path)/nginx.pid;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path \(temp.path)/body;
                    proxy_temp_path \(temp.path)/proxy;
                    fastcgi_temp_path \(temp.path)/fastcgi;
                    uwsgi_temp_path \(temp.path)/uwsgi;
                    scgi_temp_path \(temp.path)/scgi;
                    server {
                        listen 127.0.0.1:\(port);
                        location /shop/ { alias \(folder.path)/; error_page 404 /shop/404.html; }
                    }
                }
                """
            try config.write(to: temp.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
            process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") ? "/usr/sbin/nginx" : "/usr/bin/env")
            process.arguments = (process.executableURL?.path == "/usr/bin/env" ? ["nginx"] : [])
                + ["-p", temp.path, "-c", temp.appendingPathComponent("nginx.conf").path, "-g", "daemon off;"]
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        deinit { process.terminate(); process.waitUntilExit() }

        func get(_ url: URL) async throws -> (status: Int, type: String, body: String) {
            var lastError: Error?
            for _ in 0..<50 {
                do {
                    let (data, response) = try await URLSession.shared.data(from: url)
                    let http = response as! HTTPURLResponse
                    return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data, as: UTF8.self))
                } catch {
                    lastError = error
                    try await Task.sleep(nanoseconds: 100_000_000)
                }
            }
            throw lastError!
        }
    }

    @Test("every link of every page answers 200 under /shop/, every #section exists, and a missing page gets the 404 page")
    func crawl() async throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let server = try Server(public: copy.url("public"), work: copy.root)
        let home = URL(string: "http://127.0.0.1:\(server.port)/shop/")!
        var queue = [home], seen: Set<String> = [home.absoluteString], anchors: [(page: URL, target: URL, id: String)] = []
        var pages: [String: String] = [:]
        while let url = queue.popLast() {
            let (status, type, body) = try await server.get(url)
            #expect(status == 200, "\(url) answered \(status)")
            guard type.hasPrefix("text/html") else { continue }
            pages[url.absoluteString] = body
            for link in matches(#"(?:href|src)="([^"]*)""#, in: body).map({ $0[0] }) {
                if ["mailto:", "tel:", "data:", "https://northsidecare.example"].contains(where: { link.hasPrefix($0) }) { continue }
                let resolved = try #require(URL(string: link.replacingOccurrences(of: "&amp;", with: "&"), relativeTo: url)?.absoluteURL)
                #expect(resolved.absoluteString.hasPrefix(home.absoluteString), "\(url) links \(link), outside the site")
                var components = URLComponents(url: resolved, resolvingAgainstBaseURL: false)!
                if let fragment = components.fragment { anchors.append((url, resolved, fragment)) }
                components.fragment = nil
                let page = components.url!
                if seen.insert(page.absoluteString).inserted { queue.append(page) }
            }
        }
        #expect(seen.contains(home.absoluteString + "compare/index.html"))
        #expect(seen.contains { $0.hasSuffix(".js") } && seen.contains { $0.hasSuffix(".css") } && seen.contains { $0.hasSuffix(".svg") })
        for anchor in anchors {
            var page = URLComponents(url: anchor.target, resolvingAgainstBaseURL: false)!
            page.fragment = nil
            let html = try #require(pages[page.url!.absoluteString], "\(anchor.target)")
            #expect(html.contains("id=\"\(anchor.id)\""), "\(anchor.page) links #\(anchor.id), which \(page.url!) does not have")
        }
        #expect(anchors.count >= 8)
        let missing = try await server.get(home.appendingPathComponent("no/such/page.html"))
        #expect(missing.status == 404 && missing.body.contains("Page not found"))
        #expect(try await server.get(home.appendingPathComponent("pricebook.json")).type.hasPrefix("application/json"))

        // The calculator works when served, too: one office, priced as upkeep quote prices it.
        let office = CalculatorTests.offices(2)[1]
        try copy.write("office.md", office.file)
        try copy.write("offices.json", String(decoding: try JSONEncoder().encode([office]), as: UTF8.self))
        let output = try Tool.run("python3", [repositoryRoot.appendingPathComponent("Tests/Support/calculator.py").path,
                                              home.absoluteString, copy.url("offices.json").path], stderr: true)
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
        #expect((shown["console"] as? [String]) == [])
        let cards = try #require((shown["offices"] as? [[[String: Any]]])?.first)
        let quote = CalculatorTests.plans(in: try ClientDocuments.quote(office: copy.url("office.md"), path: "office.md", plans: .all,
                                                                         root: copy.root, today: today))
        #expect(cards.map { $0["rows"] as? [[String]] ?? [] } == quote.map(\.rows))

        // Served, the page prices from pricebook.json itself: Essentials at $36.00 there shows at $36.00.
        let book = try copy.read("public/pricebook.json")
        try copy.write("public/pricebook.json", book.replacingOccurrences(of: #""name":"Essentials","perServer":12500,"perWorkstation":3500"#,
                                                                          with: #""name":"Essentials","perServer":12500,"perWorkstation":3600"#))
        #expect(try copy.read("public/pricebook.json") != book)
        let repriced = try Tool.run("python3", [repositoryRoot.appendingPathComponent("Tests/Support/calculator.py").path,
                                                home.absoluteString, copy.url("offices.json").path], stderr: true)
        let essentials = try #require(((try JSONSerialization.jsonObject(with: Data(repriced.utf8)) as? [String: Any])?["offices"] as? [[[String: Any]]])?.first?.first)
        #expect((essentials["rows"] as? [[String]])?.first?.first?.hasSuffix(" × $36.00") == true, "\(essentials)")
    }
}
