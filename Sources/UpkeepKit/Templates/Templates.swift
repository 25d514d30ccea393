/// The Mustache templates of `templates/`, each named by its file name without `.mustache`
/// (so `letterhead.mustache` is the partial `{{> letterhead}}`), plus the stylesheet.
public struct Templates: Sendable {
    /// Every template compiled for rendering (see `CompiledTemplate` and `RenderProgram`).
    let program: RenderProgram
    /// `templates/style.css`, inlined into every page so a document stands alone when e-mailed.
    public let stylesheet: String

    /// Parses and checks every template read from `templates/`: each syntax error, unknown
    /// partial and name that the page's view model lacks is reported with its file, line and column.
    public static func compile(_ sources: TemplateSources) -> Result<Templates, DiagnosticsError> {
        var compiled: [String: CompiledTemplate] = [:]
        var unreadable: Set<String> = []
        var diagnostics = sources.problems
        for (name, text) in sources.templates.sorted(by: { $0.key < $1.key }) {
            do {
                compiled[name] = try CompiledTemplate(text)
            } catch {
                unreadable.insert(name)
                diagnostics.append(Diagnostic(path: TemplateCheck.path(name), line: error.line, column: error.column, message: "template: \(error.message)"))
            }
        }
        diagnostics += TemplateCheck.problems(in: compiled, unreadable: unreadable)
        guard diagnostics.isEmpty, let stylesheet = sources.stylesheet else { return .failure(DiagnosticsError(diagnostics)) }
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
