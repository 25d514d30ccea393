import Foundation
import Mustache
import Testing
@testable import UpkeepKit

/// The template engine owns its errors: syntax, partials, and names checked per page.
@Suite("Template checks")
struct TemplateCheckTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// The problems of `sources` (name → text), each as `file:line:column: error: message`.
    func problems(_ sources: [String: String], pages: [String: String] = ["main": "Root"]) -> [String] {
        var compiled: [String: CompiledTemplate] = [:]
        var found: [String] = []
        var unreadable: Set<String> = []
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do { compiled[name] = try CompiledTemplate(text) } catch {
                unreadable.insert(name)
                found.append("templates/\(name).mustache:\(error.line):\(error.column): error: template: \(error.message)")
            }
        }
        let views: [String: [String: FieldShape]] = [
            "Root": ["title": .text, "note": .optionalText, "count": .number, "yes": .flag, "words": .texts,
                     "items": .views("Item"), "child": .optionalView("Item")],
            "Item": ["name": .text, "tags": .texts],
        ]
        return found + TemplateCheck.problems(in: compiled, unreadable: unreadable, pages: pages, views: views).map(\.description)
    }

    @Test("syntax Upkeep refuses, each at its line and column", arguments: [
        ("a\n{{=<% %>=}}", "2:1: error: template: changing the delimiters ({{=…=}}) is not supported; see docs/templates.md"),
        ("{{%PRAGMA}}", "1:1: error: template: a pragma ({{%…}}) is not supported; see docs/templates.md"),
        ("x {{upper(title)}}", "1:3: error: template: a transform ({{f(name)}}) is not supported; see docs/templates.md"),
        ("{{>*name}}", "1:1: error: template: a dynamic partial ({{>*name}}) is not supported; see docs/templates.md"),
        ("{{<*name}}{{/name}}", "1:1: error: template: a dynamic parent ({{<*name}}) is not supported; see docs/templates.md"),
        ("a\r b", "1:2: error: template: a line break other than LF or CRLF is not supported; see docs/templates.md"),
        ("ok\n  {{title", "2:3: error: template: this tag is never closed with }}"),
        ("{{title}", "1:8: error: template: this tag ends with a single }: close it with }}"),
        ("{{! note", "1:1: error: template: this tag is never closed with }}"),
        ("a {{}}", "1:3: error: template: this tag has no name"),
        ("{{ti tle}}", "1:6: error: template: 't' cannot be in a tag's name: names are letters, digits, '-', '_' and '.' (a tag ends with }})"),
        ("{{{title}}", "1:1: error: template: '{{{title}}' needs a third } to close it"),
        ("\n{{#items}}{{name}}", "2:1: error: template: {{#items}} is never closed: add {{/items}}"),
        ("{{#items}}{{#yes}}{{/items}}", "1:19: error: template: '{{/items}}' cannot close {{#yes}}, opened on line 1: close it first with {{/yes}}"),
        ("{{title}}{{/items}}", "1:10: error: template: '{{/items}}' closes nothing"),
        ("{{<part}}{{title}}{{/part}}", "1:1: error: template: only blocks ({{$name}}…{{/name}}) can be inside the parent {{<part}}"),
    ])
    func refusedSyntax(_ template: String, _ expected: String) {
        #expect(problems(["main": template, "part": "p"]) == ["templates/main.mustache:" + expected])
        // swift-mustache refuses these too, or Upkeep refuses a feature it has no use for.
        _ = try? MustacheTemplate(string: template)
    }

    @Test("names are checked against the views open at each tag", arguments: [
        ("{{titel}}", "1:1: error: 'titel' is not a field of Root, the views open here in the main page; did you mean 'title'? see docs/templates.md for their fields"),
        ("{{#items}}{{nme}}{{/items}}", "1:11: error: 'nme' is not a field of Item or Root, the views open here in the main page; did you mean 'name'? see docs/templates.md for their fields"),
        ("{{name}}", "1:1: error: 'name' is not a field of Root, the views open here in the main page; did you mean 'note'? see docs/templates.md for their fields"),
        ("{{child.nam}}", "1:1: error: 'child.nam': 'nam' is not a field of Item; see docs/templates.md"),
        ("{{items.name}}", "1:1: error: 'items.name': 'name' is not inside a list; see docs/templates.md"),
        ("{{items}}", "1:1: error: 'items' is a list, which a section shows ({{#items}}…{{/items}}), not a tag"),
        ("{{child}}", "1:1: error: 'child' is a group of fields, which a section shows ({{#child}}…{{/child}}), not a tag"),
        ("{{#items}}{{.title}}{{/items}}", "1:11: error: '.title' is not a field of Item, the views open here in the main page; see docs/templates.md for their fields"),
        ("{{> leterhead}}", "1:1: error: there is no template 'leterhead' (templates/leterhead.mustache): did you mean 'letterhead'? templates: letterhead, main"),
    ])
    func refusedNames(_ template: String, _ expected: String) {
        #expect(problems(["main": template, "letterhead": "{{title}}"]) == ["templates/main.mustache:" + expected])
    }

    @Test("every supported tag passes when its names are right")
    func supported() {
        let template = """
            {{! a comment }}{{title}} {{{title}}} {{&title}} {{count}} {{note}}
            {{#yes}}y{{/yes}}{{^yes}}n{{/yes}}{{#note}}{{.}}{{/note}}
            {{#items}}{{name}} {{title}} {{#tags}}{{.}}{{/tags}}{{/items}}
            {{#child}}{{name}}{{/child}} {{child.name}} {{^items}}none{{/items}}
            {{> part}}
            {{<parent}}{{$block}}{{title}}{{/block}}{{/parent}}
            """
        #expect(problems(["main": template, "part": "{{title}}", "parent": "<{{$block}}default{{/block}}>"]) == [])
    }

    @Test("a partial is checked with the views of the page that includes it")
    func partialsPerPage() {
        let sources = ["main": "{{> footer}}", "other": "{{#items}}{{> footer}}{{/items}}", "footer": "{{name}}"]
        #expect(problems(sources, pages: ["main": "Root", "other": "Root"]) == [
            "templates/footer.mustache:1:1: error: 'name' is not a field of Root, the views open here in the main page; did you mean 'note'? see docs/templates.md for their fields",
        ])
    }

    @Test("the sample's templates: a name of one page is an error in another, and a misspelt partial is no longer silent")
    func samplePerPage() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("templates/pricing.mustache", replacing: "{{/site}}\n<main", with: "{{/site}}{{amountDue}}\n<main")
        try copy.edit("templates/statement.mustache", replacing: "{{> letterhead}}", with: "{{> leterhead}}")
        let lines = copy.check()
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("templates/pricing.mustache:") && $0.hasSuffix("error: 'amountDue' is not a field of PricingPageView, the views open here in the pricing page; see docs/templates.md for their fields") })
        #expect(lines.contains { $0.hasPrefix("templates/statement.mustache:") && $0.contains("there is no template 'leterhead'") })
    }

    @Test("problems found by a stage say which stage")
    func stageNamed() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("templates/footer.mustache", replacing: "{{number}}", with: "{{numbr}}")
        guard case .failure(let error) = Pipeline.check(root: copy.root, today: today) else {
            Issue.record("check must fail")
            return
        }
        #expect(error.stage == "validate")
    }

    /// The field reference in docs/templates.md and the view models' generated tables name the
    /// same fields: each page's section mentions every field its view (and the views inside it)
    /// has, and the first column lists nothing that is not a field.
    @Test("docs/templates.md lists exactly the fields of each page's view model")
    func documentedFields() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        var sections: [String: String] = [:]
        for part in text.components(separatedBy: "\n## ").dropFirst() {
            let title = String(part.prefix { $0 != "\n" })
            sections[title] = part
        }
        func names(_ view: String, skipping: Set<String> = []) -> Set<String> {
            var all: Set<String> = []
            for (field, shape) in TemplateSchema.views[view]! where !skipping.contains(field) {
                all.insert(field)
                // Labels are listed in docs/labels.md (checked by LanguageTests).
                if let inner = shape.entered, !inner.hasSuffix("Labels") { all.formUnion(names(inner)) }
            }
            return all
        }
        func backticked(_ text: some StringProtocol) -> Set<String> {
            Set(String(text).components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        }
        var checked: [(section: String, fields: Set<String>, firstColumn: Set<String>)] = []
        for (template, view) in TemplateSchema.pages {
            let section = try #require(sections["`\(template)`"], "docs/templates.md has no section for \(template)")
            let firstColumn = section.split(separator: "\n").filter { $0.hasPrefix("| `") }.flatMap { backticked($0.split(separator: "|")[0]) }
            checked.append((section, names(view, skipping: ["page"]), Set(firstColumn)))
        }
        let frame = try #require(sections["On every page"])
        let frameColumn = frame.split(separator: "\n").filter { $0.hasPrefix("| `") }.flatMap { backticked($0.split(separator: "|")[0]) }
        func dotted(_ view: String, _ prefix: String) -> Set<String> {
            var all: Set<String> = []
            for (field, shape) in TemplateSchema.views[view]! {
                all.insert(prefix + field)
                if case .view(let inner) = shape { all.formUnion(dotted(inner, prefix + field + ".")) }
            }
            return all
        }
        checked.append((frame, dotted("PageFrame", "page."), Set(frameColumn)))
        for (section, fields, firstColumn) in checked {
            let mentioned = backticked(section).flatMap { $0.split(separator: ".").map(String.init) + [$0] }
            for field in fields {
                let last = String(field.split(separator: ".").last!)
                #expect(mentioned.contains(last), "docs/templates.md does not mention '\(field)' in \(section.prefix { $0 != "\n" })")
            }
            // Names only, not examples of values (`tel:…`); `.email` after `page.letterhead.phone` is its sibling.
            for name in firstColumn where name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." }) {
                let known = fields.contains(name) || (name.hasPrefix(".") && fields.contains { $0.hasSuffix(name) })
                #expect(known, "docs/templates.md lists '\(name)' in \(section.prefix { $0 != "\n" }), which is not a field")
            }
        }
    }
}
