/// A template parsed once into nodes, which `RenderProgram` flattens into instructions that
/// `TemplateRenderer` renders straight into bytes.
///
/// It reads Mustache as swift-mustache does, whitespace and standalone lines included (the
/// tests hold the two to the same bytes, swift-mustache being a test-only reference), and
/// reports its own syntax errors with line and column: an unclosed tag or section, a closing tag
/// that closes nothing or the wrong section, a tag without a name or with stray characters, and
/// the tags a shop's templates have no use for: changing the delimiters (`{{=`), pragmas
/// (`{{%`), transforms (`{{f(name)}}`) and dynamic partials (`{{>*name}}`). What a template's
/// names refer to is checked later, against the view models (`TemplateCheck`).
struct CompiledTemplate: Sendable {
    enum Node: Sendable {
        case text([UInt8])
        case value(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        /// `{{> name}}`, or `{{< name}}` (a parent) with the blocks it overrides, its tag at
        /// character `at`. A standalone partial indents every line it renders by the whitespace
        /// before its tag.
        case partial(String, at: Int, indentation: [UInt8]?, overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}` in a template: what a parent's child put there, or the default.
        case block(String, defaults: [Node], indentation: [UInt8])
        /// `{{$name}}…{{/name}}` directly inside a parent tag: an override, collected by the parent.
        case override(String, [Node])
    }

    /// A name in a tag: `.`, `name`, `a.b.c`, or `.name` (looked up in the innermost view
    /// only), as written (`source`), its tag at character `at` of the template.
    struct Name: Sendable {
        var parts: [String]
        var innermostOnly: Bool
        var isDot: Bool
        var source: String
        var at: Int
    }

    /// A template that cannot be read: what is wrong, where.
    struct SyntaxError: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    let nodes: [Node]
    /// The character offset where each line starts, for turning a tag's offset into a line and column.
    private let lineStarts: [Int]

    init(_ text: String) throws(SyntaxError) {
        let characters = Array(text)
        var starts = [0]
        for (offset, character) in characters.enumerated() where character.isNewline { starts.append(offset + 1) }
        lineStarts = starts
        var parser = TemplateParser(characters, lineStarts: starts)
        if let unusual = characters.firstIndex(where: { $0.isNewline && $0 != "\n" && $0 != "\r\n" }) {
            throw parser.error("a line break other than LF or CRLF is not supported; see docs/templates.md", at: unusual)
        }
        nodes = try parser.parse(TemplateParser.State())
    }

    /// The line and column of character `offset`, both from 1.
    func location(of offset: Int) -> (line: Int, column: Int) {
        Self.location(of: offset, lineStarts: lineStarts)
    }

    static func location(of offset: Int, lineStarts: [Int]) -> (line: Int, column: Int) {
        let line = lineStarts.partitionPoint { $0 > offset }
        return (line, offset - lineStarts[line - 1] + 1)
    }
}
