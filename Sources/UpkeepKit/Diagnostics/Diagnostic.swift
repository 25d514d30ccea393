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

    /// One line, whatever the path and message hold: control characters are escaped, so a
    /// file name with a line break cannot forge a second diagnostic.
    public var description: String { DiagnosticText.escaped("\(path):\(line):\(column): error: \(message)") }
}

/// Text from content and file names, made safe to print on one line of a terminal.
extension Diagnostic {
    /// A problem at `location`.
    init(at location: SourceLocation, message: String) {
        self.init(path: location.path, line: location.line, column: location.column, message: message)
    }
}

public enum DiagnosticText {
    /// `text` with every control character written as an escape: `\n`, `\t`, `\u{1B}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else { result.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// "ESC (U+001B)": how a message names a control character.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0: "NUL", 7: "BEL", 8: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"]
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return names[scalar.value].map { "\($0) (U+\(padded))" } ?? "U+\(padded)"
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}

/// Thrown by any stage that found problems; carries all of them.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// The pipeline stage that found them (`validate`, `compute`…), when a stage did.
    public var stage: String?
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line, ordered by file, then line, then column.
    public var description: String {
        diagnostics.sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
            .map(\.description).joined(separator: "\n")
    }
}
