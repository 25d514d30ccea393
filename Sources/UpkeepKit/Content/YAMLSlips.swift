/// The slips a person makes typing YAML by hand, which YAML itself reports late and in its own
/// terms ("mapping values are not allowed in this context", a line further down): found on the
/// line where they are, with what to type instead. Looked for only in front matter that YAML
/// refused, up to where it gave up.
enum YAMLSlips {
    struct Slip {
        var line: Int
        var column: Int
        var message: String
    }

    static func first(in lines: some Collection<Substring>) -> Slip? {
        var previous: (indent: Int, isKey: Bool)?
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            let rest = line.dropFirst(indentation.count)
            if rest.isEmpty || rest.hasPrefix("#") { continue }
            if indentation.contains("\t") {
                return Slip(line: number, column: 1, message: "a tab indents this line; YAML indents with spaces only: replace the tab with spaces")
            }
            let item = rest.hasPrefix("- ") ? rest.dropFirst(2) : rest
            let key = item.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            let after = item.dropFirst(key.count)
            if !key.isEmpty, key.first!.isLetter {
                if after.hasPrefix(":"), let next = after.dropFirst().first, next != " ", next != "/", !after.hasPrefix("::") {
                    let value = after.dropFirst()
                    return Slip(line: number, column: indentation.count + 1 + (item.count < rest.count ? 2 : 0),
                                message: "'\(key):\(value)' needs a space after the colon: '\(key): \(value)'")
                }
                // `name Dr. Raman` among keys: a key whose colon is missing.
                if after.hasPrefix(" "), !item.contains(":"), !rest.hasPrefix("- "),
                   let previous, previous.isKey, previous.indent <= indentation.count {
                    let value = after.drop { $0 == " " }
                    return Slip(line: number, column: indentation.count + 1,
                                message: "'\(key) \(value)' has no colon after its key: '\(key): \(value)'")
                }
            }
            previous = (indentation.count, !key.isEmpty && after.hasPrefix(":"))
        }
        return nil
    }
}
