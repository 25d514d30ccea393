import Yams

/// `content/pages/<id>.md`: Markdown used by documents, such as `terms` and `faq`.
public struct Page: Sendable, Identifiable {
    public var id: ID
    public var title: String
    public var body: String

    static func read(id: ID, _ node: Node, body: String, _ r: inout ContentReader) -> Page? {
        guard let f = r.fields(node, of: "page", accepted: ["title"]) else { return nil }
        let title: String? = r.required("title", in: f)
        return title.map { Page(id: id, title: $0, body: body) }
    }
}
