/// Renders a `RenderProgram` into one growing byte buffer, with a stack of the values entered
/// by sections, as Mustache looks names up.
struct TemplateRenderer {
    let program: RenderProgram
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    /// What the first part of a dotted name found in the view at `depth` of the stack (`page`
    /// in `{{page.title}}`), kept while that view is on the stack: a field hands over a nested
    /// view by copying it, and a page reads a dozen fields of the same one.
    private var passedThrough: [(depth: Int, part: Int32, value: TemplateValue)] = []
    /// Partials and blocks being rendered inside one another. A template that includes itself
    /// (or a block whose override contains the same block) would never end; past
    /// `maximumNesting` rendering stops and `tooDeep` is set.
    private var nesting = 0
    static let maximumNesting = 100
    private(set) var tooDeep = false

    init(program: RenderProgram, model: some TemplateView) {
        self.program = program
        self.stack = [.view(model)]
        output.reserveCapacity(16 * 1024)
    }

    /// Renders the template `name`; false when there is no such template.
    mutating func render(template name: String) -> Bool {
        guard let number = program.numbers[name] else { return false }
        let range = program.templates[Int(number)]
        run(range.lowerBound, range.upperBound, indentation: [], overrides: [])
        return true
    }

    /// Renders `instructions[start..<end]`; `indentation` goes before each line a standalone
    /// partial renders, and `overrides` are the blocks the enclosing parents' children define,
    /// the outermost first (it wins).
    private mutating func run(_ start: Int, _ end: Int, indentation: [UInt8], overrides: [RenderProgram.Override]) {
        let first = output.count
        var index = start
        while index < end {
            let nodeStart = output.count
            index = step(index, indentation: indentation, overrides: overrides)
            // Indentation goes where this template's own output is at the start of a line.
            if !indentation.isEmpty, output.count > nodeStart, nodeStart > first, output[nodeStart - 1] == UInt8(ascii: "\n"),
               nodeStart - 2 < first || output[nodeStart - 2] != UInt8(ascii: "\r") {
                output.insert(contentsOf: indentation, at: nodeStart)
            }
        }
    }

    /// Renders the instruction at `index`; returns the index of the next one.
    private mutating func step(_ index: Int, indentation: [UInt8], overrides: [RenderProgram.Override]) -> Int {
        switch program.instructions[index] {
        case .text(let start, let end):
            // Through a pointer, not a slice: a slice retains the buffer, whose count both
            // rendering threads would then keep taking from each other (docs/performance.md).
            program.bytes.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)])) }
            return index + 1
        case .value(let name, let escaped):
            if let value = lookUp(name) { append(value, escaped: escaped) }
            return index + 1
        case .section(let name, inverted: false, let end):
            let body = (index + 1, Int(end))
            switch lookUp(name) {
            case .list(let items)?:
                for item in items { enter(item) { $0.run(body.0, body.1, indentation: indentation, overrides: overrides) } }
            case .flag(let flag)?:
                if flag { run(body.0, body.1, indentation: indentation, overrides: overrides) }
            case nil, .absent?:
                break
            case let value?:
                enter(value) { $0.run(body.0, body.1, indentation: indentation, overrides: overrides) }
            }
            return Int(end)
        case .section(let name, inverted: true, let end):
            let body = (index + 1, Int(end))
            switch lookUp(name) {
            case .list(let items)?:
                if items.isEmpty { enter(.list(items)) { $0.run(body.0, body.1, indentation: indentation, overrides: overrides) } }
            case .flag(let flag)?:
                if !flag { run(body.0, body.1, indentation: indentation, overrides: overrides) }
            case nil, .absent?:
                run(body.0, body.1, indentation: indentation, overrides: overrides)
            case .some:
                break
            }
            return Int(end)
        case .partial(let template, let indented, let set, let end):
            guard enterNesting() else { return Int(end) }
            defer { nesting -= 1 }
            let range = program.templates[Int(template)]
            let inherited = set < 0 ? overrides : overrides + program.overrideSets[Int(set)]
            run(range.lowerBound, range.upperBound, indentation: indent(indentation, by: indented), overrides: inherited)
            return Int(end)
        case .block(let label, let indented, let end):
            guard enterNesting() else { return Int(end) }
            defer { nesting -= 1 }
            if let override = overrides.first(where: { $0.label == label }) {
                run(Int(override.start), Int(override.end), indentation: indent(indentation, by: indented), overrides: overrides)
            } else {
                run(index + 1, Int(end), indentation: indent(indentation, by: indented), overrides: overrides)
            }
            return Int(end)
        }
    }

    private mutating func enterNesting() -> Bool {
        guard nesting < Self.maximumNesting else { tooDeep = true; return false }
        nesting += 1
        return true
    }

    private func indent(_ indentation: [UInt8], by more: RenderProgram.Indentation) -> [UInt8] {
        guard more.end > more.start else { return indentation }
        return indentation + program.bytes[Int(more.start)..<Int(more.end)]
    }

    private mutating func enter(_ value: TemplateValue, _ body: (inout TemplateRenderer) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
        if !passedThrough.isEmpty { passedThrough.removeAll { $0.depth >= stack.count } }
    }

    /// A name's value: `.` is the innermost value; otherwise the first name is looked for from
    /// the innermost view outwards, and the rest of a dotted name inside what it found.
    private mutating func lookUp(_ number: Int32) -> TemplateValue? {
        let name = program.names[Int(number)]
        guard !name.isDot, name.count > 0 else { return stack.last }
        let first = Int(name.first)
        let outermost = name.innermostOnly ? stack.count - 1 : 0
        var found: TemplateValue?
        for depth in stack.indices[outermost...].reversed() {
            if let value = child(first, at: depth, passedThrough: name.count > 1) { found = value; break }
        }
        for part in first + 1 ..< first + Int(name.count) {
            guard let value = found else { return nil }
            found = Self.child(program.nameParts[part], of: value)
        }
        return found
    }

    /// The field named by name part `part` of the view at `depth`, remembered when a dotted name
    /// passes through it.
    private mutating func child(_ part: Int, at depth: Int, passedThrough remember: Bool) -> TemplateValue? {
        guard remember else { return Self.child(program.nameParts[part], of: stack[depth]) }
        let number = program.partNumbers[part]
        if let known = passedThrough.first(where: { $0.depth == depth && $0.part == number }) { return known.value }
        guard let value = Self.child(program.nameParts[part], of: stack[depth]) else { return nil }
        passedThrough.append((depth, number, value))
        return value
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
        case .view, .list, .absent:
            // A group of fields or a list is entered by a section, never shown: `TemplateCheck`
            // refuses a template that tries.
            break
        }
    }
}
