/// Text with `{name}` placeholders: labels (`Amount due by {date}`), the pay-online address
/// (`…?statement={statement}`).
public enum Placeholders {
    /// `template` with each `{name}` replaced by its value; unknown names stay as written.
    public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        // In UTF-8 bytes (the braces are ASCII): labels are filled for every line of every page,
        // and Foundation's `contains` and character-wise indexing cost more than the rest of a line.
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var rest = bytes[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "{")), let close = rest[open...].firstIndex(of: UInt8(ascii: "}")) {
            out.append(contentsOf: rest[..<open])
            let name = rest[bytes.index(after: open)..<close]
            if let value = values.first(where: { $0.key.utf8.elementsEqual(name) })?.value {
                out.append(contentsOf: value.utf8)
            } else {
                out.append(contentsOf: rest[open...close])
            }
            rest = rest[bytes.index(after: close)...]
        }
        out.append(contentsOf: rest)
        return String(decoding: out, as: UTF8.self)
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
