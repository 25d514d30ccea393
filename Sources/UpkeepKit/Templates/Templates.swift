import Foundation

/// The Mustache templates of `templates/`, each named by its file name without `.mustache`
/// (so `letterhead.mustache` is the partial `{{> letterhead}}`), plus the stylesheet.
public struct Templates: Sendable {
    /// Every template compiled for rendering (see `CompiledTemplate` and `RenderProgram`).
    let program: RenderProgram
    /// `templates/style.css`, inlined into every page so a document stands alone when e-mailed.
    public let stylesheet: String

    /// Reads, parses and checks every template: each syntax error, unknown partial and name
    /// that the page's view model lacks is reported with its file, line and column.
    public static func load(root: URL) -> Result<Templates, DiagnosticsError> {
        var compiled: [String: CompiledTemplate] = [:]
        var unreadable: Set<String> = []
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
                compiled[String(name.dropLast(".mustache".count))] = try CompiledTemplate(text)
            } catch {
                unreadable.insert(String(name.dropLast(".mustache".count)))
                diagnostics.append(Diagnostic(path: path, line: error.line, column: error.column, message: "template: \(error.message)"))
            }
        }
        diagnostics += TemplateCheck.problems(in: compiled, unreadable: unreadable)
        let stylesheet = text("style.css")
        if stylesheet == nil {
            diagnostics.append(Diagnostic(path: "templates/style.css", line: 1, column: 1, message: "missing: the stylesheet every page uses"))
        }
        guard diagnostics.isEmpty, let stylesheet else { return .failure(DiagnosticsError(diagnostics)) }
        return .success(Templates(program: RenderProgram(compiled), stylesheet: stylesheet))
    }

    /// Renders `page` with its template, as UTF-8 bytes (a page is written as it is).
    public func render<Page: PageView>(_ page: Page) throws(DiagnosticsError) -> [UInt8] {
        var renderer = TemplateRenderer(program: program, model: page)
        // The template exists: `load` checked every page's.
        _ = renderer.render(template: Page.template)
        if renderer.tooDeep {
            throw DiagnosticsError([Diagnostic(path: "templates/\(Page.template).mustache", line: 1, column: 1,
                                               message: "partials and blocks nest more than \(TemplateRenderer.maximumNesting) deep: does a template include itself, or a block contain itself?")])
        }
        return renderer.output
    }
}
