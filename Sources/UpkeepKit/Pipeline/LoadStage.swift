import Foundation

/// What the load stage read from a business folder: the content files found (each read and
/// split into front matter and Markdown, with positions, as validation asks for it) and the
/// templates' text.
public struct LoadedBusiness: Sendable {
    public var root: URL
    public var content: LoadedContent
    public var templates: TemplateSources
}

/// Stage 1, load: files → front matter and Markdown with their positions, and templates.
enum LoadStage {
    static func run(root: URL) -> LoadedBusiness {
        LoadedBusiness(root: root, content: ContentLoader.load(root: root), templates: TemplateSources.read(root: root))
    }
}
