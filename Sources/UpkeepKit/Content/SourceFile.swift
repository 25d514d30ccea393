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
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        func failure(_ line: Int, _ message: String) -> Result<Document, Diagnostic> {
            .failure(Diagnostic(path: file.path, line: line, column: 1, message: message))
        }
        if text.allSatisfy(\.isWhitespace) {
            return failure(1, "the file is empty; a content file starts with a '---' line, its YAML front matter, and a closing '---' line")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines[0].trimmingTrailingSpaces == "---" else {
            return failure(1, "missing front matter: the first line must be '---', followed by YAML and a closing '---' line")
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let l = lines[$0].trimmingTrailingSpaces
            return l == "---" || l == "..."
        }) else {
            return failure(1, "the front matter opened on line 1 is never closed: add a line '---' after the last YAML line")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        lines.removeSubrange(0...close)
        var copy = file
        copy.text = text
        return .success(Document(file: copy, frontMatter: yaml, frontMatterLine: 2,
                                 body: lines.joined(separator: "\n")))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}

