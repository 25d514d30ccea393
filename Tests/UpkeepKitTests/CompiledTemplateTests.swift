import Foundation
import Mustache
import Testing
@testable import UpkeepKit

/// Upkeep renders templates itself (`CompiledTemplate`); swift-mustache is the reference for
/// what they mean. These tests hold the two to the same bytes.
@Suite("Template renderer")
struct CompiledTemplateTests {
    struct Item: TemplateView {
        var name: String
        var flag: Bool
        static let fields: [String: @Sendable (Item) -> TemplateValue] = ["name": { .init($0.name) }, "flag": { .init($0.flag) }]
    }

    struct Root: TemplateView {
        var title = "Ada & <Bob> \"quoted\" 'single'"
        var empty: String? = nil
        var blank = ""
        var yes = true
        var no = false
        var count = 0
        var items = [Item(name: "one", flag: true), Item(name: "two", flag: false)]
        var none: [Item] = []
        var words = ["alpha", "beta"]
        var child: Item? = Item(name: "inner", flag: true)
        static let fields: [String: @Sendable (Root) -> TemplateValue] = [
            "title": { .init($0.title) }, "empty": { .init($0.empty) }, "blank": { .init($0.blank) },
            "yes": { .init($0.yes) }, "no": { .init($0.no) }, "count": { .init($0.count) },
            "items": { .init($0.items) }, "none": { .init($0.none) }, "words": { .init($0.words) },
            "child": { .init($0.child) },
        ]
    }

    /// Renders `main` (with the partials) through both renderers.
    func renderBoth(_ main: String, partials: [String: String] = [:]) throws -> (ours: String, reference: String) {
        let sources = partials.merging(["main": main]) { $1 }
        let library = MustacheLibrary(templates: try sources.mapValues { try MustacheTemplate(string: $0) })
        let compiled = try sources.mapValues { try CompiledTemplate($0) }
        var renderer = TemplateRenderer(program: RenderProgram(compiled), model: Root())
        let rendered = renderer.render(template: "main")
        #expect(rendered)
        return (String(decoding: renderer.output, as: UTF8.self), library.render(Reference(Root()), withTemplate: "main")!)
    }

    @Test("every page of the sample business renders to the same bytes as through swift-mustache")
    func samplePages() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let today = Day(year: 2026, month: 11, day: 29)!
        let context = try Pipeline.validate(root: repositoryRoot).get().renderContext(today: today)
        let templates = context.templates
        let library = try Reference.library(root: repositoryRoot)
        func same(_ view: some PageView) throws {
            let ours = String(decoding: try templates.render(view), as: UTF8.self)
            #expect(ours == library.render(Reference(view), withTemplate: type(of: view).template), "\(type(of: view).template)")
            #expect(ours.count > 1000)
        }
        let last = Month("2026-10")!
        let statements = StatementEngine.statements(for: shop, through: last)
        try same(PricingPageView.make(Books(shop, today: today), context))
        try same(NotFoundView.make(shop, context))
        let books = Books(shop, today: today)
        let example = try #require(books.example)
        try same(ComparisonView.make(example.comparison, subject: example.office.name, path: "compare/index.html", tree: .public,
                                     policy: .always, shop: shop, context: context, language: context.languages.business))
        try same(DashboardView.make(DashboardFigures(Books(shop, today: today), summaries: statements.mapValues({ ClientSummary($0, planToday: nil) }), totals: [:]), Books(shop, today: today), context))
        var pages = 3
        for client in shop.clients {
            let proposal = try ClientDocuments.proposal(client.id.rawValue, in: Books(shop, today: today))
            try same(ProposalView.make(proposal, shop, context))
            let comparison = try #require(Books(shop, today: today).comparison(for: client))
            try same(ComparisonView.make(comparison, subject: client.name, path: ClientFolder.comparison(client.id),
                                                       tree: .private, policy: .always, shop: shop, context: context,
                                                       language: context.languages.business))
            for statement in statements[client.id] ?? [] {
                try same(StatementView.make(statement, client: client, context: context))
                pages += 1
            }
            pages += 2
        }
        #expect(pages == 55)
    }

    @Test("standalone lines, indented partials, parents and blocks", arguments: [
        "a\n  {{#yes}}\n  in\n  {{/yes}}\nb\n",
        "  {{> part}}\n{{^no}} x {{/no}}\n",
        "{{<parent}}\n  {{$b}}\n    first\n  second\n  {{/b}}\n{{/parent}}\n",
        "{{$b}}default{{/b}}|{{<parent}}{{$b}}over {{title}}{{/b}}{{/parent}}",
        "{{#items}}{{name}}{{#flag}}!{{/flag}}{{^flag}}?{{/flag}} {{/items}}{{^none}}none{{/none}}",
        "{{#child}}{{name}} {{title}}{{/child}} {{child.name}} {{.child.name}} {{#words}}<{{.}}>{{/words}}",
        "{{empty}}|{{#empty}}x{{/empty}}|{{^empty}}y{{/empty}}|{{#blank}}b{{/blank}}|{{count}}|{{#count}}c{{/count}}",
        "\t{{! comment }}\n{{{title}}} {{&title}} {{ title }}\r\n{{#yes}}\r\n crlf\r\n{{/yes}}\r\n",
        "{{yes}} {{no}} {{count}} {{#words}}{{.}}{{/words}}",
    ])
    func cases(_ template: String) throws {
        let partials = ["part": "p {{title}}\n{{#items}}\n- {{name}}\n{{/items}}\n  end\n",
                        "parent": "<p>\n  {{$b}}default\n  lines{{/b}}\n</p>\n"]
        let (ours, reference) = try renderBoth(template, partials: partials)
        #expect(ours == reference)
    }

    /// Random templates made of every supported tag, text, spaces, tabs and line breaks: the
    /// places where Mustache's whitespace rules are subtle.
    @Test("2,000 random templates: refused by both, or rendered the same through both")
    func randomTemplates() throws {
        var random = SplitMix(seed: 7)
        // Lists and groups of fields are entered by sections, never shown as values (TemplateCheck).
        let values = ["title", "empty", "blank", "yes", "no", "count", "child.name", "missing"]
        let names = values + ["items", "none", "words", "child"]
        func piece(_ depth: Int) -> String {
            let texts = ["a", " ", "  ", "\t", "\n", "\n", "x y", "<&>", "{", "}"]
            switch random.next(depth > 2 ? 5 : 10) {
            case 0, 1: return texts[random.next(texts.count)]
            case 2: return "{{" + values[random.next(values.count)] + "}}"
            case 3: return ["{{{title}}}", "{{&count}}", "{{ name }}", "{{! note }}"][random.next(4)]
            case 4: return ["{{> part}}", "\n{{> part}}\n", "  {{>part}}\n"][random.next(3)]
            case 5, 6:
                let name = names[random.next(names.count)]
                let sigil = random.next(2) == 0 ? "#" : "^"
                let open = ["", "\n", "  "][random.next(3)], close = ["", "\n", " \n"][random.next(3)]
                return open + "{{\(sigil)\(name)}}" + close + body(depth + 1) + open + "{{/\(name)}}" + close
            case 7:
                // Blocks only at the top: a block inside an override of the same name never ends.
                guard depth == 0 else { return "{{title}}" }
                return ["", "\n", "  "][random.next(3)] + "{{$b}}" + ["", "\n"][random.next(2)] + body(depth + 1) + "{{/b}}" + ["", "\n"][random.next(2)]
            default:
                // A parent only at the top: one inside a block that overrides itself never ends.
                guard depth == 0 else { return "{{count}}" }
                let inside = ["", "\n", "  "][random.next(3)] + "{{$b}}" + body(depth + 1) + "{{/b}}" + ["", "\n"][random.next(2)]
                return ["", "\n", "  "][random.next(3)] + "{{<parent}}" + ["", "\n"][random.next(2)] + inside + "{{/parent}}" + ["", "\n"][random.next(2)]
            }
        }
        func body(_ depth: Int) -> String { (0..<random.next(5)).map { _ in piece(depth) }.joined() }
        let partials = ["part": "p {{title}}\n{{#items}}\n  - {{name}}\n{{/items}}\nend\n",
                        "parent": "<p>\n  {{$b}}default{{/b}}\n  {{#yes}}\n  {{$b}}again{{/b}}\n  {{/yes}}\n</p>\n"]
        var compared = 0
        for _ in 0..<2000 {
            let template = body(0)
            // Both refuse the same templates (an unclosed section, a wrong closing tag…), except
            // one swift-mustache quirk: it refuses a template whose last character is a lone `{`,
            // which Upkeep reads as text.
            let accepted = (try? MustacheTemplate(string: template)) != nil
            let compiles = (try? CompiledTemplate(template)) != nil
            #expect(accepted == compiles || (template.hasSuffix("{") && !template.hasSuffix("{{")), "template: \(template.debugDescription)")
            guard accepted else { continue }
            let (ours, reference) = try renderBoth(template, partials: partials)
            #expect(ours == reference, "template: \(template.debugDescription)")
            compared += 1
        }
        #expect(compared > 1500)
    }

    @Test("tags the renderer does not support are errors with their line and column")
    func unsupported() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("templates/footer.mustache", replacing: "{{#fingerprint}}", with: "{{=<% %>=}}<%#fingerprint%>")
        try copy.edit("templates/footer.mustache", replacing: "{{/fingerprint}}", with: "<%/fingerprint%>")
        #expect(throws: DiagnosticsError.self) { try Templates.load(root: copy.root).get() }
        if case .failure(let error) = Templates.load(root: copy.root) {
            #expect(error.description == "templates/footer.mustache:3:3: error: template: changing the delimiters ({{=…=}}) is not supported; see docs/templates.md")
        }
    }

    @Test("a template that includes itself is an error, not a crash")
    func selfInclusion() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        try copy.edit("templates/footer.mustache", replacing: "<footer class=\"doc-footer\">", with: "<footer class=\"doc-footer\">{{> footer}}")
        let templates = try Templates.load(root: copy.root).get()
        let shop = try Pipeline.validate(root: copy.root).get().shop
        let context = RenderContext(templates: templates, business: shop.business, today: Day(year: 2026, month: 11, day: 29)!)
        let proposal = try ClientDocuments.proposal("greenfield-vet", in: Books(shop, today: context.today))
        #expect(throws: DiagnosticsError.self) { try templates.render(ProposalView.make(proposal, shop, context)) }
    }

    @Test("a quote followed by a combining mark is still escaped")
    func combiningMarks() throws {
        let template = try CompiledTemplate("<a title=\"{{name}}\">")
        var renderer = TemplateRenderer(program: RenderProgram(["main": template]), model: Item(name: "\"\u{301} onmouseover=alert(1)", flag: true))
        let rendered = renderer.render(template: "main")
        #expect(rendered)
        #expect(String(decoding: renderer.output, as: UTF8.self) == "<a title=\"&quot;\u{301} onmouseover=alert(1)\">")
    }
}
