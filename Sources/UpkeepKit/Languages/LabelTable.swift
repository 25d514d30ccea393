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

/// Labels with placeholders: `Amount due by {date}`.
public enum Placeholders {
    /// `template` with each `{name}` replaced by its value; unknown names stay as written.
    public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            if let value = values.first(where: { $0.key == name })?.value { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The names of the `{name}` placeholders in `text`, sorted.
    public static func names(in text: String) -> [String] {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names.sorted()
    }
}
