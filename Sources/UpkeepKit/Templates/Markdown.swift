import Foundation
import CMark

/// Markdown to HTML through libcmark, in its default safe mode: raw HTML and
/// `javascript:` links in content are dropped, never passed to the page.
public enum Markdown {
    public static func html(_ markdown: String) -> String {
        var source = markdown
        return source.withUTF8 { buffer in
            guard let base = buffer.baseAddress,
                  let rendered = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      cmark_markdown_to_html($0, buffer.count, CMARK_OPT_DEFAULT)
                  }) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}

/// Markdown that many pages of a build show alike, turned into HTML the first time it is asked
/// for and remembered: a month's message is on every statement of that month, so a business
/// with 10,000 clients would otherwise run cmark on it 10,000 times. Only for such shared text:
/// what it remembers is kept for the whole build. Thread-safe.
public final class SharedMarkdown: @unchecked Sendable {
    private var rendered: [String: String] = [:]
    private let lock = NSLock()

    public init() {}

    public func html(_ markdown: String) -> String {
        if let html = lock.withLock({ rendered[markdown] }) { return html }
        let html = Markdown.html(markdown)
        lock.withLock { rendered[markdown] = html }
        return html
    }
}
