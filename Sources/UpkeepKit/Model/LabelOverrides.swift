/// `content/labels/<locale>.md`: the owner's own words for some of a language's labels.
public struct LabelOverrides: Sendable {
    public struct Entry: Sendable {
        /// `statement`
        public var table: String
        /// `pastDueReminder`
        public var name: String
        public var text: String
    }

    public var locale: String
    public var entries: [Entry]
}
