import Foundation
import Yams

/// The kinds of content file, by where they live under `content/`.
public enum ContentKind: Sendable, Equatable {
    case business, priceBook, comparison, plan, client, contract, ledger(Month), page, closing(Month)
    /// `labels/<locale>.md`
    case labels(String)

    var isLedger: Bool {
        if case .ledger = self { true } else { false }
    }

    /// What the README calls each place, for the error on a file in none of them.
    static let places = "business.md, pricebook.md, comparison.md, plans/<id>.md, clients/<id>.md, contracts/<id>.md, ledger/<YYYY-MM>.md (or ledger/<YYYY-MM>/<name>.md), pages/<id>.md, labels/<locale>.md, closed/<YYYY-MM>.md (written by upkeep close)"
}

/// A content file with its front matter parsed into a YAML tree.
public struct LoadedFile {
    public var kind: ContentKind
    /// The file name without `.md`: the item's id.
    public var id: String
    public var path: String
    public var yaml: Node
    /// File line of the YAML's first line, minus one.
    public var lineOffset: Int
    public var body: String
}

/// A content file found under `content/`, not read yet.
public struct FoundFile: Sendable {
    public var kind: ContentKind
    /// `content/clients/acme.md`
    public var path: String
    /// Where it is read from (every link resolved).
    public var location: String
    /// Its size when it was found, in bytes.
    public var size: Int

    /// Reads, splits and parses the file.
    public func load() -> Result<LoadedFile, Diagnostic> {
        ContentLoader.read(self).flatMap { ContentLoader.parse($0, kind: kind) }
    }
}

/// What stage 1 found under `content/`.
public struct LoadedContent: Sendable {
    /// Every content file, in path order. Each is read and parsed only when validated, so that
    /// no more than a few YAML trees are in memory at once.
    public var files: [FoundFile]
    /// Files that are not content files.
    public var diagnostics: [Diagnostic]
}

/// Stage 1 of the pipeline: finds the content files; reads one, splits front matter from
/// Markdown and parses the YAML. Every file is read even after one fails, so all problems
/// come out at once.
public enum ContentLoader {
    /// The largest content file accepted, so that no input can stall a build.
    public static let maximumFileSize = 1 << 20
    /// The longest Markdown body accepted: plenty for a cover letter or an FAQ, and short enough
    /// that inputs on which cmark 0.30 is slow (it is quadratic on some) still render at once.
    public static let maximumBodySize = 64 << 10

    public static func load(root: URL) -> LoadedContent {
        var loaded = LoadedContent(files: [], diagnostics: [])
        let entries = FolderWalk.entries("content", in: root)
        guard !entries.isEmpty || FileManager.default.fileExists(atPath: root.appendingPathComponent("content").path) else {
            loaded.diagnostics.append(Diagnostic(path: "content", line: 1, column: 1,
                                                 message: "there is no content folder here; run upkeep in a business folder or pass --root"))
            return loaded
        }
        for entry in entries {
            let path = entry.path
            let size: Int
            switch entry.kind {
            // Other files are not content; the one read among them, the logo, is checked at its
            // `logo:` line. (`content` itself is an entry only when it cannot be used.)
            case _ where !path.hasSuffix(".md") && path != "content": continue
            case .file(let bytes): size = bytes
            case .folder:
                loaded.diagnostics.append(Diagnostic(path: path, line: 1, column: 1,
                                                     message: "is a folder named like a content file; content files are Markdown files, and folders are not named .md"))
                continue
            case .unusable(let why):
                loaded.diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: why))
                continue
            }
            let relative = String(path.dropFirst("content/".count))
            guard let kind = kind(of: relative) else {
                let parts = relative.split(separator: "/")
                let message = !relative.hasPrefix("ledger/")
                    ? "Upkeep does not know this file; content files go in: \(ContentKind.places)"
                    : parts.count > 1 && Month(parts.count == 2 ? id(of: relative) : String(parts[1])) != nil
                    ? "this ledger month is out of range: \(ContentLimits.daysText)"
                    : "a ledger file is named after its month, such as ledger/2026-11.md, or sits in a folder named after it, such as ledger/2026-11/part-1.md"
                loaded.diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: message))
                continue
            }
            loaded.files.append(FoundFile(kind: kind, path: path, location: entry.location, size: size))
        }
        return loaded
    }

    /// A content file's id: its name without `.md`.
    static func id(of path: String) -> String { String(path.split(separator: "/").last!.dropLast(3)) }

    static func kind(of relative: String) -> ContentKind? {
        let parts = relative.split(separator: "/")
        let stem = id(of: relative)
        switch (parts.first, parts.count) {
        case ("business.md", 1): return .business
        case ("pricebook.md", 1): return .priceBook
        case ("comparison.md", 1): return .comparison
        case ("plans", 2): return .plan
        case ("clients", 2...): return .client
        case ("contracts", 2...): return .contract
        case ("ledger", 2): return Month(stem).flatMap(ledger)
        // A big month may be split over files in a folder named after it: ledger/2026-11/<any>.md.
        case ("ledger", 3): return Month(String(parts[1])).flatMap(ledger)
        case ("pages", 2): return .page
        case ("labels", 2): return .labels(stem)
        case ("closed", 2): return Month(stem).flatMap { ContentLimits.days.contains($0.firstDay) ? .closing($0) : nil }
        default: return nil
        }
    }

    /// A ledger month within the range of dates content may hold.
    private static func ledger(_ month: Month) -> ContentKind? {
        ContentLimits.days.contains(month.firstDay) ? .ledger(month) : nil
    }

    static func read(_ file: FoundFile) -> Result<SourceFile, Diagnostic> {
        let path = file.path
        func failure(_ message: String) -> Result<SourceFile, Diagnostic> {
            .failure(Diagnostic(path: path, line: 1, column: 1, message: message))
        }
        // The size is checked before reading, so a huge file is never read into memory.
        func tooLarge(_ size: Int) -> Result<SourceFile, Diagnostic> {
            failure("is \(size) bytes; content files are limited to \(maximumFileSize) bytes (1 MiB)")
        }
        guard file.size <= maximumFileSize else { return tooLarge(file.size) }
        guard let data = FileManager.default.contents(atPath: file.location) else {
            return failure("cannot be read")
        }
        guard data.count <= maximumFileSize else { return tooLarge(data.count) }
        guard let text = String(data: data, encoding: .utf8), !text.utf8.contains(0) else {
            return failure("is not UTF-8 text; save it as plain text (UTF-8)")
        }
        return .success(SourceFile(path: path, text: text))
    }

    /// Splits and parses one file.
    public static func parse(_ source: SourceFile, kind: ContentKind) -> Result<LoadedFile, Diagnostic> {
        let document: Document
        switch Document.split(source) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let d): document = d
        }
        let offset = document.frontMatterLine - 1
        // The file line on which the Markdown starts.
        let bodyLine = lineBreaks(in: document.file.text) - lineBreaks(in: document.body) + 1
        if document.body.utf8.count > maximumBodySize {
            return .failure(Diagnostic(path: source.path, line: bodyLine, column: 1,
                                       message: "the Markdown text is \(document.body.utf8.count) bytes; at most \(maximumBodySize) are accepted: split it over several files"))
        }
        // Control characters are refused in the Markdown as in every text value (`String.read`).
        if document.body.unicodeScalars.contains(where: String.isRefused) {
            for (index, line) in document.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let column = line.unicodeScalars.firstIndex(where: String.isRefused) else { continue }
                let scalar = line.unicodeScalars[column]
                let scalars = line.unicodeScalars
                return .failure(Diagnostic(path: source.path, line: bodyLine + index, column: scalars.distance(from: scalars.startIndex, to: column) + 1,
                                           message: "the Markdown text contains the control character \(DiagnosticText.name(of: scalar)); remove it"))
            }
        }
        let stem = id(of: source.path)
        do {
            // Every scalar is read as text and interpreted by its field (ContentValue), so Yams
            // need not guess types: its default resolver runs regular expressions on every key.
            // Nor does it construct Swift values (no constructor tables, which `.default` builds
            // afresh for every file), and the encoding is given, or Yams would read the whole
            // environment for every file.
            let node = try Yams.compose(yaml: document.frontMatter, .basic, Constructor([:], [:], [:]), .utf8) ?? Node("", .init(.null))
            return .success(LoadedFile(kind: kind, id: stem, path: source.path, yaml: node,
                                       lineOffset: offset, body: document.body))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: source.path, lineOffset: offset))
        } catch {
            return .failure(Diagnostic(path: source.path, line: 1, column: 1, message: "invalid YAML: \(error)"))
        }
    }

    /// How many line breaks `text` holds, counted in its bytes (splitting a large ledger file
    /// into lines to count them cost a tenth of reading it).
    static func lineBreaks(in text: some StringProtocol) -> Int {
        text.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark, _ message: String) -> Diagnostic {
            Diagnostic(path: path, line: mark.line + lineOffset, column: mark.column, message: message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
             .parser(let context, let problem, let mark, let yaml),
             .composer(let context, let problem, let mark, let yaml):
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            // A common slip, found where it was made rather than where YAML gave up: a tab, a key
            // without its colon, a colon without its space.
            if mark.line >= 1, let slip = YAMLSlips.first(in: lines.prefix(mark.line)) {
                return Diagnostic(path: path, line: slip.line + lineOffset, column: slip.column, message: "invalid YAML: \(slip.message)")
            }
            let detail = context.map { " (\($0.text) on line \($0.mark.line + lineOffset))" } ?? ""
            // An unclosed bracket or quote is noticed lines later; its opening is where to look.
            let unclosed = ["while parsing a flow sequence": "a list opened with '[' is never closed",
                            "while parsing a flow mapping": "a mapping opened with '{' is never closed",
                            "while scanning a quoted scalar": "a quoted text is never closed"]
            if let context, let what = unclosed.first(where: { context.text.hasPrefix($0.key) })?.value {
                return at(context.mark, "invalid YAML: \(what) (\(problem))")
            }
            return at(mark, "invalid YAML: \(problem)\(detail); text containing ': ' or starting with [ { * & ! | > % @ must be put in quotes")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return at(context.mark, "duplicate key \(keys): each key may appear once")
        default:
            return Diagnostic(path: path, line: 1 + lineOffset, column: 1, message: "invalid YAML: \(error)")
        }
    }
}
