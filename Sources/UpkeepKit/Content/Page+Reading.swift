import Yams

extension Page {
    static func read(id: ID, _ node: Node, body: String, _ r: inout ContentReader) -> Page? {
        guard let f = r.fields(node, of: "page", accepted: ["title"]) else { return nil }
        let title: String? = r.required("title", in: f)
        return title.map { Page(id: id, title: $0, body: body) }
    }
}
