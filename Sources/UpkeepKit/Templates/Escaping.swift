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
    var text = text
    text.withUTF8 { bytes in
        // Runs of bytes that need no escaping are copied whole.
        var start = 0
        for index in bytes.indices {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}
