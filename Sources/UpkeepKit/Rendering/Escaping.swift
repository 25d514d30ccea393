/// Text safe inside HTML and XML, in content and in quoted attributes: `<`, `>`, `&`, `"` and
/// `'` escaped, byte by byte (unlike escaping by characters, a quote followed by a combining
/// mark is escaped too). What `{{name}}` in a template and the inline SVG charts use.
func escapeXML(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    appendEscaped(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}

func appendEscaped(_ text: String, to output: inout [UInt8]) {
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
        default: output.append(byte)
        }
    }
}
