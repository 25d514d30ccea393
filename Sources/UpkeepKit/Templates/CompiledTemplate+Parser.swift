/// Reads a template the way swift-mustache's parser does, keeping only what rendering needs.
struct TemplateParser {
    let characters: [Character]
    let lineStarts: [Int]
    var position = 0

    init(_ characters: [Character], lineStarts: [Int]) {
        self.characters = characters
        self.lineStarts = lineStarts
    }

    struct State {
        var section: String?
        /// The tag that opened `section` (`{{#rows}}`) and where.
        var opening = ""
        var openedAt = 0
        /// At the start of a line (only spaces and tabs read since the last line break).
        var newLine = true
        /// Inside a parent tag (`{{< name}}`): directly (top level) or within one of its blocks.
        var inParent = false
        var parentTopLevel = false
        /// The indentation of a block's first line, removed from each of its lines.
        var blockIndent: [Character]?

        func entering(section name: String, opening: String, at offset: Int, newLine: Bool) -> State {
            var state = self
            state.section = name
            state.opening = opening
            state.openedAt = offset
            state.parentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func enteringParent(_ name: String, at offset: Int) -> State {
            var state = self
            state.section = name
            state.opening = "{{<\(name)}}"
            state.openedAt = offset
            state.newLine = true
            state.inParent = true
            state.parentTopLevel = true
            return state
        }
    }

    var atEnd: Bool { position >= characters.count }
    var current: Character? { atEnd ? nil : characters[position] }

    mutating func parse(_ initial: State) throws(CompiledTemplate.SyntaxError) -> [CompiledTemplate.Node] {
        var nodes: [CompiledTemplate.Node] = []
        var state = initial
        var before: [Character] = []
        func flushBefore() {
            if !before.isEmpty { nodes.append(.text(bytes(before))); before = [] }
        }
        while !atEnd {
            if state.newLine {
                let whitespace = read { $0 == " " || $0 == "\t" }
                if state.inParent, !state.parentTopLevel {
                    if let indent = state.blockIndent {
                        before = Array(whitespace.dropFirst(indent.count))
                    } else {
                        state.blockIndent = whitespace
                    }
                } else {
                    before = whitespace
                }
            }
            let text = readText()
            if let newline = current, newline.isNewline {
                nodes.append(.text(bytes(before + text + [newline])))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(bytes(before + text)))
                before = []
                state.newLine = false
            }
            let tagStart = position - 2
            guard let sigil = current else {
                if tagStart >= 0, characters[tagStart...].starts(with: ["{", "{"]) {
                    throw error("this tag is never closed with }}", at: tagStart)
                }
                break
            }
            var setNewLine = false
            switch sigil {
            case "#", "^":
                position += 1
                let name = try parseName(tagStart)
                if isStandalone(state) { setNewLine = true } else { flushBefore() }
                let body = try parse(state.entering(section: name.source, opening: "{{\(sigil)\(name.source)}}", at: tagStart, newLine: setNewLine))
                nodes.append(.section(name.name, body, inverted: sigil == "^"))
            case "/":
                position += 1
                let name = try parseName(tagStart).source
                guard let open = state.section else { throw error("'{{/\(name)}}' closes nothing", at: tagStart) }
                guard name == open else {
                    throw error("'{{/\(name)}}' cannot close \(state.opening), opened on line \(location(of: state.openedAt).line): close it first with {{/\(open)}}", at: tagStart)
                }
                if !isStandalone(state) { flushBefore() }
                return merged(nodes)
            case "!":
                position += 1
                try skipPast("}}", tagStart)
                setNewLine = isStandalone(state)
            case "{", "&":
                flushBefore()
                position += 1
                let name = try parseName(tagStart)
                if sigil == "{" {
                    guard current == "}" else { throw error("'{{{\(name.source)}}' needs a third } to close it", at: tagStart) }
                    position += 1
                }
                nodes.append(.value(name.name, escaped: false))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                if current == "*" { throw unsupported("a dynamic partial ({{>*name}})", at: tagStart) }
                let name = try partialName(tagStart)
                if !before.isEmpty { nodes.append(.text(bytes(before))) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, at: tagStart, indentation: bytes(before), overrides: nil))
                } else {
                    nodes.append(.partial(name, at: tagStart, indentation: nil, overrides: nil))
                }
                before = []
            case "<":
                position += 1
                _ = read { $0.isWhitespace }
                if current == "*" { throw unsupported("a dynamic parent ({{<*name}})", at: tagStart) }
                let name = try partialName(tagStart)
                if !before.isEmpty { nodes.append(.text(bytes(before))) }
                if isStandalone(state) { setNewLine = true }
                var overrides: [String: [CompiledTemplate.Node]] = [:]
                for node in try parse(state.enteringParent(name, at: tagStart)) {
                    switch node {
                    case .override(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw error("only blocks ({{$name}}…{{/name}}) can be inside the parent {{<\(name)}}", at: tagStart)
                    }
                }
                nodes.append(.partial(name, at: tagStart, indentation: bytes(before), overrides: overrides))
                before = []
            case "$":
                position += 1
                let name = try parseName(tagStart).source
                if state.parentTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    nodes.append(.override(name, try parse(state.entering(section: name, opening: "{{$\(name)}}", at: tagStart, newLine: setNewLine))))
                } else {
                    if !before.isEmpty { nodes.append(.text(bytes(before))) }
                    if isStandalone(state) { setNewLine = true }
                    let defaults = try parse(state.entering(section: name, opening: "{{$\(name)}}", at: tagStart, newLine: setNewLine))
                    nodes.append(.block(name, defaults: defaults, indentation: bytes(before)))
                    before = []
                }
            case "=":
                throw unsupported("changing the delimiters ({{=…=}})", at: tagStart)
            case "%":
                throw unsupported("a pragma ({{%…}})", at: tagStart)
            default:
                flushBefore()
                nodes.append(.value(try parseName(tagStart).name, escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = initial.section {
            throw error("\(initial.opening) is never closed: add {{/\(open)}}", at: initial.openedAt)
        }
        return merged(nodes)
    }

    /// Text up to a line break (not read) or a tag's opening `{{` (read).
    mutating func readText() -> [Character] {
        var text: [Character] = []
        while let character = current {
            if character == "\n" || character == "\r\n" { break }
            position += 1
            if character == "{", current == "{" {
                position += 1
                break
            }
            text.append(character)
        }
        return text
    }

    static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    mutating func parseName(_ tagStart: Int) throws(CompiledTemplate.SyntaxError) -> (name: CompiledTemplate.Name, source: String) {
        _ = read { $0.isWhitespace }
        let source = String(read { Self.nameCharacters.contains($0) })
        _ = read { $0.isWhitespace }
        try closeTag(tagStart, name: source)
        if source.contains("(") { throw unsupported("a transform ({{f(name)}})", at: tagStart) }
        let name = CompiledTemplate.Name(parts: source.split(separator: ".").map(String.init),
                                         innermostOnly: source.first == "." && source != ".", isDot: source == ".",
                                         source: source, at: tagStart)
        return (name, source)
    }

    mutating func partialName(_ tagStart: Int) throws(CompiledTemplate.SyntaxError) -> String {
        let name = String(read { Self.partialNameCharacters.contains($0) })
        _ = read { $0.isWhitespace }
        try closeTag(tagStart, name: name)
        return name
    }

    /// Reads the `}}` that ends a tag whose name was `name`.
    mutating func closeTag(_ tagStart: Int, name: String) throws(CompiledTemplate.SyntaxError) {
        if characters[position...].starts(with: ["}", "}"]) {
            guard !name.isEmpty else { throw error("this tag has no name", at: tagStart) }
            position += 2
            return
        }
        guard let stray = current else { throw error("this tag is never closed with }}", at: tagStart) }
        if stray == "}" { throw error("this tag ends with a single }: close it with }}", at: position) }
        throw error("'\(stray)' cannot be in a tag's name: names are letters, digits, '-', '_' and '.' (a tag ends with }})", at: position)
    }

    /// A tag alone on its line: the rest of the line (spaces, tabs, the line break) is read.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    mutating func read(while matches: (Character) -> Bool) -> [Character] {
        let start = position
        while let character = current, matches(character) { position += 1 }
        return Array(characters[start..<position])
    }

    mutating func skipPast(_ end: String, _ tagStart: Int) throws(CompiledTemplate.SyntaxError) {
        let end = Array(end)
        while !atEnd {
            if characters[position...].starts(with: end) { position += end.count; return }
            position += 1
        }
        throw error("this tag is never closed with \(String(end))", at: tagStart)
    }

    func bytes(_ characters: [Character]) -> [UInt8] { Array(String(characters).utf8) }

    /// Joins runs of text, except after a line break, where a partial's indentation may go.
    func merged(_ nodes: [CompiledTemplate.Node]) -> [CompiledTemplate.Node] {
        var result: [CompiledTemplate.Node] = []
        for node in nodes {
            if case .text(let next) = node, case .text(let previous)? = result.last, previous.last != UInt8(ascii: "\n") {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(node)
            }
        }
        return result
    }

    func unsupported(_ feature: String, at offset: Int) -> CompiledTemplate.SyntaxError {
        error("\(feature) is not supported; see docs/templates.md", at: offset)
    }

    func error(_ message: String, at offset: Int) -> CompiledTemplate.SyntaxError {
        let (line, column) = location(of: offset)
        return CompiledTemplate.SyntaxError(message: message, line: line, column: column)
    }

    func location(of offset: Int) -> (line: Int, column: Int) {
        CompiledTemplate.location(of: offset, lineStarts: lineStarts)
    }
}
