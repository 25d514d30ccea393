/// A template parsed once into nodes, which `RenderProgram` flattens into instructions that
/// `TemplateRenderer` renders straight into bytes.
///
/// swift-mustache remains the judge of a template's syntax (its parser reports errors with
/// line and column when templates load) and the reference for what a template means: a test
/// renders every document through both and requires the same bytes. Its renderer, though,
/// looked every name up through dynamic casts and built each page by concatenating strings,
/// which made up most of a build's time; this one reads the typed fields of view models.
///
/// It follows swift-mustache's rules for whitespace and standalone lines exactly, and supports
/// every tag but those a shop's templates have no use for: changing the delimiters (`{{=`),
/// pragmas (`{{%`), transforms (`{{f(name)}}`) and dynamic partials (`{{>*name}}`), which are
/// reported as errors when templates load.
struct CompiledTemplate: Sendable {
    enum Node: Sendable {
        case text([UInt8])
        case value(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        /// `{{> name}}`, or `{{< name}}` (a parent) with the blocks it overrides. A standalone
        /// partial indents every line it renders by the whitespace before its tag.
        case partial(String, indentation: [UInt8]?, overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}` in a template: what a parent's child put there, or the default.
        case block(String, defaults: [Node], indentation: [UInt8])
        /// `{{$name}}…{{/name}}` directly inside a parent tag: an override, collected by the parent.
        case override(String, [Node])
    }

    /// A name in a tag: `.`, `name`, `a.b.c`, or `.name` (looked up in the innermost view only).
    struct Name: Sendable {
        var parts: [String]
        var innermostOnly: Bool
        var isDot: Bool
    }

    /// A tag the compiled renderer does not support, with where it is.
    struct Unsupported: Error, Equatable {
        var feature: String
        var line: Int
        var column: Int
    }

    let nodes: [Node]

    /// Compiles a template swift-mustache has already accepted.
    init(_ text: String) throws(Unsupported) {
        var parser = Parser(Array(text))
        if let unusual = parser.characters.firstIndex(where: { $0.isNewline && $0 != "\n" && $0 != "\r\n" }) {
            throw parser.unsupported("a line break other than LF or CRLF", at: unusual)
        }
        nodes = try parser.parse(Parser.State())
    }
}

/// Reads a template the way swift-mustache's parser does, keeping only what rendering needs.
private struct Parser {
    let characters: [Character]
    var position = 0

    init(_ characters: [Character]) { self.characters = characters }

    struct State {
        var section: String?
        /// At the start of a line (only spaces and tabs read since the last line break).
        var newLine = true
        /// Inside a parent tag (`{{< name}}`): directly (top level) or within one of its blocks.
        var inParent = false
        var parentTopLevel = false
        /// The indentation of a block's first line, removed from each of its lines.
        var blockIndent: [Character]?

        func entering(section name: String, newLine: Bool) -> State {
            var state = self
            state.section = name
            state.parentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func enteringParent(_ name: String) -> State {
            var state = self
            state.section = name
            state.newLine = true
            state.inParent = true
            state.parentTopLevel = true
            return state
        }
    }

    var atEnd: Bool { position >= characters.count }
    var current: Character? { atEnd ? nil : characters[position] }

    mutating func parse(_ initial: State) throws(CompiledTemplate.Unsupported) -> [CompiledTemplate.Node] {
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
            guard let sigil = current else { break }
            let tagStart = position - 2
            var setNewLine = false
            switch sigil {
            case "#", "^":
                position += 1
                let name = try parseName(tagStart)
                if isStandalone(state) { setNewLine = true } else { flushBefore() }
                let body = try parse(state.entering(section: name.source, newLine: setNewLine))
                nodes.append(.section(name.name, body, inverted: sigil == "^"))
            case "/":
                position += 1
                _ = try parseName(tagStart)
                if !isStandalone(state) { flushBefore() }
                return merged(nodes)
            case "!":
                position += 1
                skipPast("}}")
                setNewLine = isStandalone(state)
            case "{", "&":
                flushBefore()
                position += 1
                let name = try parseName(tagStart)
                if sigil == "{" { skipPast("}") }
                nodes.append(.value(name.name, escaped: false))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                if current == "*" { throw unsupported("a dynamic partial ({{>*name}})", at: tagStart) }
                let name = partialName()
                if !before.isEmpty { nodes.append(.text(bytes(before))) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: bytes(before), overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                before = []
            case "<":
                position += 1
                _ = read { $0.isWhitespace }
                let name = partialName()
                if name.first == "*" { throw unsupported("a dynamic parent ({{<*name}})", at: tagStart) }
                if !before.isEmpty { nodes.append(.text(bytes(before))) }
                if isStandalone(state) { setNewLine = true }
                var overrides: [String: [CompiledTemplate.Node]] = [:]
                for node in try parse(state.enteringParent(name)) {
                    if case .override(let block, let body) = node { overrides[block] = body }
                }
                nodes.append(.partial(name, indentation: bytes(before), overrides: overrides))
                before = []
            case "$":
                position += 1
                let name = try parseName(tagStart).source
                if state.parentTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    nodes.append(.override(name, try parse(state.entering(section: name, newLine: setNewLine))))
                } else {
                    if !before.isEmpty { nodes.append(.text(bytes(before))) }
                    if isStandalone(state) { setNewLine = true }
                    let defaults = try parse(state.entering(section: name, newLine: setNewLine))
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

    mutating func parseName(_ tagStart: Int) throws(CompiledTemplate.Unsupported) -> (name: CompiledTemplate.Name, source: String) {
        _ = read { $0.isWhitespace }
        let source = String(read { Self.nameCharacters.contains($0) })
        _ = read { $0.isWhitespace }
        skipPast("}}")
        if source.contains("(") { throw unsupported("a transform ({{f(name)}})", at: tagStart) }
        let name = CompiledTemplate.Name(parts: source.split(separator: ".").map(String.init),
                                         innermostOnly: source.first == "." && source != ".", isDot: source == ".")
        return (name, source)
    }

    mutating func partialName() -> String {
        let name = String(read { Self.partialNameCharacters.contains($0) })
        _ = read { $0.isWhitespace }
        skipPast("}}")
        return name
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

    mutating func skipPast(_ end: String) {
        let end = Array(end)
        while !atEnd {
            if characters[position...].starts(with: end) { position += end.count; return }
            position += 1
        }
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

    func unsupported(_ feature: String, at index: Int) -> CompiledTemplate.Unsupported {
        var line = 1, column = 1
        for character in characters[..<min(index, characters.count)] {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return CompiledTemplate.Unsupported(feature: feature, line: line, column: column)
    }
}
