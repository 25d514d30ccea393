import Foundation
import Mustache

/// The Mustache templates of `templates/`, each named by its file name without `.mustache`
/// (so `letterhead.mustache` is the partial `{{> letterhead}}`), plus the stylesheet.
public struct Templates: Sendable {
    /// The templates as swift-mustache parsed them: what checked their syntax, and the
    /// reference the tests compare Upkeep's renderer with.
    public let library: MustacheLibrary
    /// The same templates compiled for rendering (see `CompiledTemplate` and `RenderProgram`).
    let program: RenderProgram
    /// `templates/style.css`, inlined into every page so a document stands alone when e-mailed.
    public let stylesheet: String

    /// Reads and parses every template, reporting each syntax error with its file and line.
    public static func load(root: URL) -> Result<Templates, DiagnosticsError> {
        var templates: [String: MustacheTemplate] = [:]
        var compiled: [String: CompiledTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        // The files directly in templates/, found as `check` and the build's inputs find them.
        var files: [String: String] = [:]
        for entry in FolderWalk.entries("templates", in: root) {
            switch entry.kind {
            case .unusable(let why): diagnostics.append(Diagnostic(path: entry.path, line: 1, column: 1, message: why))
            case .file(let size) where size > ContentLoader.maximumFileSize:
                diagnostics.append(Diagnostic(path: entry.path, line: 1, column: 1,
                                              message: "is \(size) bytes; templates are limited to \(ContentLoader.maximumFileSize) bytes (1 MiB)"))
            case .file where entry.path.split(separator: "/").count == 2:
                files[String(entry.path.dropFirst("templates/".count))] = entry.location
            default: break
            }
        }
        func text(_ name: String) -> String? {
            files[name].flatMap { FileManager.default.contents(atPath: $0) }.flatMap { String(data: $0, encoding: .utf8) }
        }
        for name in files.keys.sorted() where name.hasSuffix(".mustache") {
            let path = "templates/" + name
            guard let text = text(name) else {
                diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "cannot be read as UTF-8 text"))
                continue
            }
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
                do {
                    compiled[String(name.dropLast(".mustache".count))] = try CompiledTemplate(text)
                } catch {
                    diagnostics.append(Diagnostic(path: path, line: error.line, column: error.column,
                                                  message: "template: \(error.feature) is not supported; see docs/templates.md"))
                }
                // Only a template that parses is checked for names: a broken tag would be misread.
                for unknown in TemplateFields.unknown(in: text) {
                    diagnostics.append(Diagnostic(path: path, line: unknown.line, column: unknown.column,
                                                  message: "'\(unknown.name)' is not a field any page has; see docs/templates.md for the fields each template can use"))
                }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(path: path, line: error.context.lineNumber, column: error.context.columnNumber + 1,
                                              message: "template syntax: \(describe(error.error))"))
            } catch {
                diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "template syntax: \(error)"))
            }
        }
        let stylesheet = text("style.css")
        if stylesheet == nil {
            diagnostics.append(Diagnostic(path: "templates/style.css", line: 1, column: 1, message: "missing: the stylesheet every page uses"))
        }
        guard diagnostics.isEmpty, let stylesheet else { return .failure(DiagnosticsError(diagnostics)) }
        return .success(Templates(library: MustacheLibrary(templates: templates), program: RenderProgram(compiled), stylesheet: stylesheet))
    }

    /// Renders `model` with the template `name`, as UTF-8 bytes (a page is written as it is).
    public func render(_ name: String, _ model: some TemplateView) throws(DiagnosticsError) -> [UInt8] {
        var renderer = TemplateRenderer(program: program, model: model)
        guard renderer.render(template: name) else {
            throw DiagnosticsError([Diagnostic(path: "templates/\(name).mustache", line: 1, column: 1,
                                               message: "missing: this template is needed to build the site")])
        }
        if renderer.tooDeep {
            throw DiagnosticsError([Diagnostic(path: "templates/\(name).mustache", line: 1, column: 1,
                                               message: "partials and blocks nest more than \(TemplateRenderer.maximumNesting) deep: does a template include itself, or a block contain itself?")])
        }
        return renderer.output
    }

    private static func describe(_ error: Error) -> String {
        let name = String(describing: error)
        let words = name.reduce(into: "") { text, c in
            if c.isUppercase { text += " " + c.lowercased() } else { text.append(c) }
        }
        return words.trimmingCharacters(in: .whitespaces)
    }
}
