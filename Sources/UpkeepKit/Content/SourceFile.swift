import Foundation

/// A content file as read from disk: its path relative to the business folder and its text.
public struct SourceFile: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A content file split into its YAML front matter and its Markdown body.
public struct Document: Sendable {
    public var file: SourceFile
    /// The YAML between the `---` lines (without them).
    public var frontMatter: String
    /// Line of the file on which the front matter's first line stands.
    public var frontMatterLine: Int
    /// The Markdown after the closing `---` line.
    public var body: String

    /// Splits `file` into front matter and body.
    ///
    /// The file must start with a line `---` and the front matter ends at the next line that is
    /// `---` (or `...`). A UTF-8 byte order mark, CRLF and CR line endings are accepted.
    public static func split(_ file: SourceFile) -> Result<Document, Diagnostic> {
        var text = file.text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Swift treats "\r\n" as one Character; normalise so lines and columns match what editors show.
        // Old Mac files end lines with a lone CR; editors and YAML count it as a line break too.
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        func failure(_ line: Int, _ message: String) -> Result<Document, Diagnostic> {
            .failure(Diagnostic(path: file.path, line: line, column: 1, message: message))
        }
        if text.allSatisfy(\.isWhitespace) {
            return failure(1, "the file is empty; a content file starts with a '---' line, its YAML front matter, and a closing '---' line")
        }
        // Lines are found by their bytes: a line break is never part of a longer character here.
        let bytes = text.utf8
        var start = bytes.startIndex
        var yamlStart = start
        var isFirst = true
        while true {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = text[start..<end].trimmingTrailingSpaces
            if isFirst {
                guard line == "---" else {
                    return failure(1, "missing front matter: the first line must be '---', followed by YAML and a closing '---' line")
                }
                isFirst = false
            } else if line == "---" || line == "..." {
                var copy = file
                copy.text = text
                let yaml = start == yamlStart ? "" : String(text[yamlStart..<bytes.index(before: start)])
                let body = end == bytes.endIndex ? "" : String(text[bytes.index(after: end)...])
                return .success(Document(file: copy, frontMatter: yaml, frontMatterLine: 2, body: body))
            }
            guard end < bytes.endIndex else { break }
            start = bytes.index(after: end)
            if yamlStart == bytes.startIndex { yamlStart = start }
        }
        return failure(1, "the front matter opened on line 1 is never closed: add a line '---' after the last YAML line")
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}

