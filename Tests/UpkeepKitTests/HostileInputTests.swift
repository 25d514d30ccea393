import Foundation
import Testing
@testable import UpkeepKit

@Suite("Hostile and unusual input")
struct HostileInputTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    @Test("markup and template syntax in text are escaped, never executed or re-templated")
    func escaping() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("content/clients/harbor-dental.md", replacing: "name: Harbor Dental Group",
                      with: #"name: "<script>alert('x')</script> & \"Quotes\" {{page.title}}""#)
        try copy.edit("content/clients/harbor-dental.md", replacing: "Dear Dr. Raman,",
                      with: "Dear Dr. Raman, <script>steal()</script> [click me](javascript:alert(1)) <b onclick=\"x()\">bold</b>")
        try copy.edit("content/ledger/2026-10.md", replacing: "summary: Restored a deleted client folder from backup",
                      with: "summary: \"<img src=x onerror=alert(1)> {{#page}}boom{{/page}}\"")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let proposal = try copy.read("private/clients/harbor-dental/proposal.html")
        #expect(proposal.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Quotes&quot; {{page.title}}"))
        #expect(!proposal.contains("<script"))
        #expect(!proposal.contains("steal()</script>"))
        #expect(proposal.contains("<!-- raw HTML omitted -->"))
        #expect(!proposal.contains("javascript:"))
        #expect(proposal.contains(#"<a href="">click me</a>"#))
        #expect(!proposal.contains("onclick"))
        let statement = try copy.read("private/clients/miller-accounting/statement-2026-10.html")
        #expect(statement.contains("&lt;img src=x onerror=alert(1)&gt; {{#page}}boom{{/page}}"))
        #expect(!statement.contains("<img src=x"))
    }

    @Test("very long and right-to-left names render as written")
    func longAndRightToLeftNames() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let long = String(repeating: "Very Long Name Dental Group ", count: 40).trimmingCharacters(in: .whitespaces)
        try copy.edit("content/clients/harbor-dental.md", replacing: "name: Harbor Dental Group", with: "name: \(long)")
        try copy.edit("content/clients/lakeside-law.md", replacing: "name: Lakeside Law Office", with: "name: مكتب المحاماة على البحيرة")
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        #expect(try copy.read("private/clients/harbor-dental/proposal.html").contains(long))
        #expect(try copy.read("private/clients/lakeside-law/proposal.html").contains("<strong dir=\"auto\">مكتب المحاماة على البحيرة</strong>"))
    }

    @Test("ids that would leave the output folder are refused", arguments: [
        ("content/contracts/miller-accounting.md", "client: miller-accounting", "client: ../../etc",
         "content/contracts/miller-accounting.md:2:9: error: 'client' must be an id of lowercase letters, digits and dashes, such as 'acme-dental', found '../../etc'"),
        ("content/contracts/miller-accounting.md", "client: miller-accounting", "client: a/b",
         "content/contracts/miller-accounting.md:2:9: error: 'client' must be an id of lowercase letters, digits and dashes, such as 'acme-dental', found 'a/b'"),
        ("content/contracts/miller-accounting.md", "client: miller-accounting", "client: /etc/passwd",
         "content/contracts/miller-accounting.md:2:9: error: 'client' must be an id of lowercase letters, digits and dashes, such as 'acme-dental', found '/etc/passwd'"),
        ("content/contracts/miller-accounting.md", "client: miller-accounting", "client: .",
         "content/contracts/miller-accounting.md:2:9: error: 'client' must be an id of lowercase letters, digits and dashes, such as 'acme-dental', found '.'"),
        ("content/contracts/miller-accounting.md", "client: miller-accounting", "client: \"\"",
         "content/contracts/miller-accounting.md:2:9: error: 'client' must be an id of lowercase letters, digits and dashes, such as 'acme-dental', found ''"),
    ])
    func escapingIDs(file: String, old: String, new: String, expected: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit(file, replacing: old, with: new)
        #expect(copy.check() == [expected])
    }

    @Test("a file whose name is not an id is refused; hidden files are not content")
    func fileNames() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.write("content/clients/-acme.md", try copy.read("content/clients/lakeside-law.md"))
        try copy.write("content/clients/.lakeside-law.md.swp", "editor swap file")
        try copy.write("content/clients/.draft.md", "---\nnot: checked\n---\n")
        #expect(copy.check() == ["content/clients/-acme.md:1:1: error: the file name '-acme.md' is used as an id and must be lowercase letters, digits and dashes, such as 'acme-dental.md'"])
    }

    @Test("a template with a syntax error, or naming a field no page has, is reported with its line")
    func brokenTemplates() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("templates/footer.mustache", replacing: "{{#fingerprint}}", with: "{{#fingerprint}")
        try copy.edit("templates/statement.mustache", replacing: "{{amountDue}}</td></tr>{{/isCredit}}", with: "{{amountDeu}}</td></tr>{{/isCredit}}")
        do {
            _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
            Issue.record("the build must fail")
        } catch let error as DiagnosticsError {
            let lines = error.description.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            #expect(lines.first == "templates/footer.mustache:3:17: error: template: this tag ends with a single }: close it with }}")
            #expect(lines.last == "templates/statement.mustache:30:74: error: 'amountDeu' is not a field of StatementView, the views open here in the statement page; did you mean 'amountDue'? see docs/templates.md for their fields")
        }
    }

    /// Plants a marker, a script tag and template syntax in every text field of every client,
    /// contract and ledger file, and a marker in every Markdown body; then checks that no marker
    /// reaches `public/`, that they do reach `private/` (so the planting worked), escaped.
    @Test("no field of any client, contract or ledger entry ever reaches public/; every one is escaped")
    func markersNeverLeak() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        var planted = 0
        let textKey = try NSRegularExpression(pattern: #"^(\s*(?:- )?)(name|title|email|phone|label|summary|description|reference|reason|note|recommend_because): (.+)$"#,
                                              options: [.anchorsMatchLines])
        let listLine = try NSRegularExpression(pattern: #"^(  - )([^:\n]+)$"#, options: [.anchorsMatchLines])
        for folder in ["clients", "contracts", "ledger"] {
            for (path, data) in try snapshot(of: copy.url("content/\(folder)")) {
                var text = String(decoding: data, as: UTF8.self)
                let parts = text.components(separatedBy: "\n---\n")
                var front = parts[0]
                for regex in [textKey, listLine] {
                    let ns = front as NSString
                    var result = ""
                    var last = 0
                    for match in regex.matches(in: front, range: NSRange(location: 0, length: ns.length)) {
                        result += ns.substring(with: NSRange(location: last, length: match.range.location - last))
                        planted += 1
                        let value = ns.substring(with: match.range(at: match.numberOfRanges - 1))
                            .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                        let prefix = (1..<match.numberOfRanges - 1).map { ns.substring(with: match.range(at: $0)) }
                        result += prefix[0] + (prefix.count > 1 ? prefix[1] + ": " : "")
                            + "\"\(value) ZZLEAK\(planted) <script>alert(1)</script> {{page.title}}\""
                        last = match.range.location + match.range.length
                    }
                    front = result + ns.substring(from: last)
                }
                planted += 1
                text = front + "\n---\n" + parts.dropFirst().joined(separator: "\n---\n") + "\n\nZZLEAK\(planted) in the body.\n"
                try copy.write("content/\(folder)/\(path)", text)
            }
        }
        #expect(planted > 100)
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        for (path, data) in try snapshot(of: copy.url("public")) {
            #expect(!String(decoding: data, as: UTF8.self).contains("ZZLEAK"), "public/\(path) holds client data")
        }
        let everythingPrivate = try snapshot(of: copy.url("private")).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(everythingPrivate.contains("ZZLEAK"))
        // In every page, every field's markup is escaped and its template syntax stays text.
        // (The CSV and journal exports are plain text and hold the fields as written.)
        for (path, data) in try snapshot(of: copy.url("private")) where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("<script>"), "private/\(path) holds a live script tag")
        }
        #expect(everythingPrivate.contains("&lt;script&gt;alert(1)&lt;/script&gt; {{page.title}}"))
    }
}
