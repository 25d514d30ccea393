/// One problem found in the content or templates, tied to the place a shop owner must fix.
///
/// Printed as `path:line:column: error: message`, the form compilers use, so editors
/// and terminals can jump to it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Path relative to the business folder, such as `content/clients/acme.md`.
    public var path: String
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column in the file, counted in characters.
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): error: \(message)" }
}

/// Thrown by any stage that found problems; carries all of them.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line, ordered by file, then line, then column.
    public var description: String {
        diagnostics.sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
            .map(\.description).joined(separator: "\n")
    }
}
