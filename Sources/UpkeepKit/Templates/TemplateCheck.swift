/// Checks every page template against the view model it renders, before anything is rendered:
/// each name in a tag must be a field of a view that is open at that tag (the page's view, and
/// the views the enclosing sections entered), used as its shape allows (a list or a group of
/// fields is entered by a section, never shown), and each partial and parent must exist.
///
/// A partial is checked where it is included, with the views open there, so `{{amountDue}}` in
/// a partial passes under the statement and fails under the pricing page. Without this check a
/// misspelt name would print as nothing on a client's document.
struct TemplateCheck {
    let templates: [String: CompiledTemplate]
    let views: [String: [String: FieldShape]]
    /// Templates that exist but did not parse (reported already): the pages that include them
    /// are checked without them.
    let unreadable: Set<String>
    private(set) var problems: [Diagnostic] = []
    /// Partials already checked with the same views open, so a template included twice (or
    /// including itself) is walked once.
    private var walked: Set<String> = []

    /// Every problem of `templates`, each page template checked against its view in `pages`.
    static func problems(in templates: [String: CompiledTemplate], unreadable: Set<String> = [],
                         pages: [String: String] = TemplateSchema.pages,
                         views: [String: [String: FieldShape]] = TemplateSchema.views) -> [Diagnostic] {
        var check = TemplateCheck(templates: templates, views: views, unreadable: unreadable)
        for name in templates.keys.sorted() {
            check.partials(of: templates[name]!.nodes, in: name)
        }
        for (template, view) in pages.sorted(by: { $0.key < $1.key }) {
            guard let compiled = templates[template] else {
                if unreadable.contains(template) { continue }
                check.problems.append(Diagnostic(path: path(template), line: 1, column: 1, message: "missing: this template is needed to build the site"))
                continue
            }
            check.walk(compiled.nodes, in: template, page: template, open: [view])
        }
        // A partial included from several pages reports the same problem once.
        var seen: Set<Diagnostic> = []
        return check.problems.filter { seen.insert($0).inserted }
    }

    static func path(_ template: String) -> String { "templates/\(template).mustache" }

    private mutating func report(_ message: String, in template: String, at offset: Int) {
        let (line, column) = templates[template]!.location(of: offset)
        problems.append(Diagnostic(path: Self.path(template), line: line, column: column, message: message))
    }

    /// Partials and parents that name no template, in every template, whether a page uses it or not.
    private mutating func partials(of nodes: [CompiledTemplate.Node], in template: String) {
        for node in nodes {
            switch node {
            case .section(_, let body, _), .block(_, let body, _), .override(_, let body): partials(of: body, in: template)
            case .partial(let name, let at, _, let overrides):
                if templates[name] == nil, !unreadable.contains(name) {
                    let known = templates.keys.sorted().joined(separator: ", ")
                    let hint = Suggestion.hint(name, among: Array(templates.keys))
                    report("there is no template '\(name)' (templates/\(name).mustache): \(hint)templates: \(known)", in: template, at: at)
                }
                for body in (overrides ?? [:]).values { partials(of: body, in: template) }
            case .text, .value: break
            }
        }
    }

    /// `open`: the views a name is looked up in, innermost last; nil for a section over a
    /// text or a list of texts (`{{.}}` shows it; names are looked up further out).
    private mutating func walk(_ nodes: [CompiledTemplate.Node], in template: String, page: String, open: [String?]) {
        for node in nodes {
            switch node {
            case .text: break
            case .value(let name, _):
                guard !name.isDot, let shape = resolve(name, in: template, page: page, open: open) else { continue }
                switch shape {
                case .text, .optionalText, .number, .flag: break
                default:
                    report("'\(name.source)' is \(shape.described), which a section shows ({{#\(name.source)}}…{{/\(name.source)}}), not a tag", in: template, at: name.at)
                }
            case .section(let name, let body, let inverted):
                if name.isDot { walk(body, in: template, page: page, open: open); continue }
                guard let shape = resolve(name, in: template, page: page, open: open) else { continue }
                switch shape {
                case _ where inverted: walk(body, in: template, page: page, open: open)
                case .texts, .text, .optionalText, .number: walk(body, in: template, page: page, open: open + [nil])
                case .flag: walk(body, in: template, page: page, open: open)
                case .view(let view), .optionalView(let view), .views(let view): walk(body, in: template, page: page, open: open + [view])
                }
            case .partial(let name, _, _, let overrides):
                for body in (overrides ?? [:]).values { walk(body, in: template, page: page, open: open) }
                guard let partial = templates[name] else { continue }
                let key = name + "|" + open.map { $0 ?? "." }.joined(separator: ",")
                guard walked.insert(key).inserted else { continue }
                walk(partial.nodes, in: name, page: page, open: open)
            case .block(_, let defaults, _): walk(defaults, in: template, page: page, open: open)
            case .override(_, let body): walk(body, in: template, page: page, open: open)
            }
        }
    }

    /// The shape of the field `name` finds, as the renderer looks it up: the first part in the
    /// innermost open view that has it (or only the innermost, for `.name`), the rest inside
    /// what it found. Reports the name and returns nil when it finds nothing.
    private mutating func resolve(_ name: CompiledTemplate.Name, in template: String, page: String, open: [String?]) -> FieldShape? {
        let candidates = name.innermostOnly ? Array(open.suffix(1)) : open.reversed()
        let first = name.parts[0]
        var found: FieldShape?
        for view in candidates {
            if let view, let shape = views[view]?[first] { found = shape; break }
        }
        guard var shape = found else {
            let here = candidates.compactMap { $0 }
            let fields = here.flatMap { views[$0]!.keys }
            let hint = Suggestion.hint(first, among: fields)
            report("'\(name.source)' is not a field of \(here.joined(separator: " or ")), the views open here in the \(page) page; \(hint)see docs/templates.md for their fields", in: template, at: name.at)
            return nil
        }
        for part in name.parts.dropFirst() {
            guard case .view(let view) = shape.asSingle, let next = views[view]?[part] else {
                var inside = "inside \(shape.described)"
                if case .view(let view) = shape.asSingle { inside = "a field of \(view)" }
                report("'\(name.source)': '\(part)' is not \(inside); see docs/templates.md", in: template, at: name.at)
                return nil
            }
            shape = next
        }
        return shape
    }
}

private extension FieldShape {
    /// A dotted name passes only through single views (`page.letterhead.name`), not lists.
    var asSingle: FieldShape {
        switch self {
        case .optionalView(let name): .view(name)
        default: self
        }
    }
}
