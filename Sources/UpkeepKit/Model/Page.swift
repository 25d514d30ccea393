/// `content/pages/<id>.md`: Markdown used by documents, such as `terms` and `faq`.
public struct Page: Sendable, Identifiable {
    public var id: ID
    public var title: String
    public var body: String
}
