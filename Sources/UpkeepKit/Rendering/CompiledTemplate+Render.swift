/// Renders compiled templates into one growing byte buffer, with a stack of the values
/// entered by sections, as Mustache looks names up.
struct TemplateRenderer {
    let templates: [String: CompiledTemplate]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    /// Partials and blocks being rendered inside one another. A template that includes itself
    /// (or a block whose override contains the same block) would never end; past
    /// `maximumNesting` rendering stops and `tooDeep` is set.
    private var nesting = 0
    static let maximumNesting = 100
    private(set) var tooDeep = false

    init(templates: [String: CompiledTemplate], model: some TemplateView) {
        self.templates = templates
        self.stack = [.view(model)]
        output.reserveCapacity(16 * 1024)
    }

    /// Renders `nodes`; `indentation` goes before each line a standalone partial renders, and
    /// `overrides` are the blocks the enclosing parents' children define.
    mutating func render(_ nodes: [CompiledTemplate.Node], indentation: [UInt8], overrides: [String: [CompiledTemplate.Node]]?) {
        let start = output.count
        for node in nodes {
            let nodeStart = output.count
            render(node, indentation: indentation, overrides: overrides)
            // Indentation goes where this template's own output is at the start of a line.
            if !indentation.isEmpty, output.count > nodeStart, nodeStart > start, output[nodeStart - 1] == UInt8(ascii: "\n"),
               nodeStart - 2 < start || output[nodeStart - 2] != UInt8(ascii: "\r") {
                output.insert(contentsOf: indentation, at: nodeStart)
            }
        }
    }

    private mutating func render(_ node: CompiledTemplate.Node, indentation: [UInt8], overrides: [String: [CompiledTemplate.Node]]?) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .value(let name, let escaped):
            if let value = lookUp(name) { append(value, escaped: escaped) }
        case .section(let name, let body, inverted: false):
            switch lookUp(name) {
            case .list(let items)?:
                for item in items { enter(item) { $0.render(body, indentation: indentation, overrides: overrides) } }
            case .flag(let flag)?:
                if flag { render(body, indentation: indentation, overrides: overrides) }
            case nil, .absent?:
                break
            case let value?:
                enter(value) { $0.render(body, indentation: indentation, overrides: overrides) }
            }
        case .section(let name, let body, inverted: true):
            switch lookUp(name) {
            case .list(let items)?:
                if items.isEmpty { enter(.list(items)) { $0.render(body, indentation: indentation, overrides: overrides) } }
            case .flag(let flag)?:
                if !flag { render(body, indentation: indentation, overrides: overrides) }
            case nil, .absent?:
                render(body, indentation: indentation, overrides: overrides)
            case .some:
                break
            }
        case .partial(let name, let indented, let blocks):
            guard let template = templates[name], enterNesting() else { return }
            defer { nesting -= 1 }
            var inherited = overrides
            if let blocks { inherited = overrides?.merging(blocks) { outer, _ in outer } ?? blocks }
            render(template.nodes, indentation: Self.indent(indentation, by: indented), overrides: inherited)
        case .block(let name, let defaults, let indented):
            guard enterNesting() else { return }
            defer { nesting -= 1 }
            render(overrides?[name] ?? defaults, indentation: Self.indent(indentation, by: indented), overrides: overrides)
        case .override:
            break
        }
    }

    private mutating func enterNesting() -> Bool {
        guard nesting < Self.maximumNesting else { tooDeep = true; return false }
        nesting += 1
        return true
    }

    private static func indent(_ indentation: [UInt8], by more: [UInt8]?) -> [UInt8] {
        guard let more, !more.isEmpty else { return indentation }
        return indentation + more
    }

    private mutating func enter(_ value: TemplateValue, _ body: (inout TemplateRenderer) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
    }

    /// A name's value: `.` is the innermost value; otherwise the first name is looked for from
    /// the innermost view outwards, and the rest of a dotted name inside what it found.
    private func lookUp(_ name: CompiledTemplate.Name) -> TemplateValue? {
        guard !name.isDot, let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        if name.innermostOnly {
            found = stack.last.flatMap { Self.child(first, of: $0) }
        } else {
            for value in stack.reversed() {
                if let child = Self.child(first, of: value) { found = child; break }
            }
        }
        for part in name.parts.dropFirst() {
            guard let value = found else { return nil }
            found = Self.child(part, of: value)
        }
        return found
    }

    private static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
        guard case .view(let view) = value else { return nil }
        return view.field(name)
    }

    private mutating func append(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .view, .list:
            let text = String(describing: value.mustacheValue!)
            if escaped { appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .absent:
            break
        }
    }
}
