import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the standard error stream is: a terminal gets colour and progress, a pipe or a file
/// plain lines only. `NO_COLOR` (no-color.org) turns colour off everywhere.
struct Terminal: Sendable {
    let isTerminal: Bool
    let color: Bool

    static let standardError: Terminal = {
        let tty = isatty(STDERR_FILENO) == 1
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        return Terminal(isTerminal: tty, color: tty && !noColor)
    }()

    /// A diagnostic line with its place bold, `error:` red and quoted text ('…') yellow.
    func colored(_ line: String) -> String {
        guard color else { return line }
        var out = line
        if let range = out.range(of: "error: ") {
            let place = String(out[..<range.lowerBound])
            let message = String(out[range.upperBound...])
            var quoted = "", inQuote = false, previous: Character = " "
            for character in message {
                // An apostrophe inside a word (don't) is not a quote.
                if character == "'", !(previous.isLetter && !inQuote) {
                    quoted += inQuote ? "'\u{1B}[0m" : "\u{1B}[33m'"
                    inQuote.toggle()
                } else {
                    quoted.append(character)
                }
                previous = character
            }
            if inQuote { quoted += "\u{1B}[0m" }
            out = (place.isEmpty ? "" : "\u{1B}[1m\(place)\u{1B}[0m") + "\u{1B}[1;31merror:\u{1B}[0m " + quoted
        }
        return out
    }

    /// Progress on one line, redrawn in place (a terminal only).
    func progress(_ text: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func clearProgress() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
