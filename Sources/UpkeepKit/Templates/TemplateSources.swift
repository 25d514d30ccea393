import Foundation

/// The text of every file directly in `templates/`: the load stage's part of the templates
/// (`Templates.compile` is the validate stage's).
public struct TemplateSources: Sendable {
    /// Each `<name>.mustache`'s text, by name.
    public var templates: [String: String] = [:]
    /// `templates/style.css`.
    public var stylesheet: String?
    /// Files that cannot be used, and a missing stylesheet.
    public var problems: [Diagnostic] = []

    /// Reads the templates of the business folder at `root`, found as `check` and the build's
    /// inputs find them.
    public static func read(root: URL) -> TemplateSources {
        var sources = TemplateSources()
        var files: [String: String] = [:]
        for entry in FolderWalk.entries("templates", in: root) {
            switch entry.kind {
            case .unusable(let why): sources.problems.append(Diagnostic(path: entry.path, line: 1, column: 1, message: why))
            case .file(let size) where size > ContentLoader.maximumFileSize:
                sources.problems.append(Diagnostic(path: entry.path, line: 1, column: 1,
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
            guard let text = text(name) else {
                sources.problems.append(Diagnostic(path: "templates/" + name, line: 1, column: 1, message: "cannot be read as UTF-8 text"))
                continue
            }
            sources.templates[String(name.dropLast(".mustache".count))] = text
        }
        sources.stylesheet = text("style.css")
        if sources.stylesheet == nil {
            sources.problems.append(Diagnostic(path: "templates/style.css", line: 1, column: 1, message: "missing: the stylesheet every page uses"))
        }
        return sources
    }
}
