/// A table of a document's labels: each stored property is one label, in one language. The
/// ViewFields plugin generates the table of names (so templates show a label as
/// `{{labels.billTo}}`) and `set(_:to:in:)` (so the owner can override any label by name, in
/// `content/labels/<locale>.md`).
public protocol LabelTable: TemplateView {
    static func set(_ name: String, to text: String, in table: inout Self) -> Bool
}

extension LabelTable {
    /// The label `name`, for checking an override against the built-in text.
    func label(_ name: String) -> String? {
        if case .text(let text) = Self.fields[name]?(self) { text } else { nil }
    }
}
