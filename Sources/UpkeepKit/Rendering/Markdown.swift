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
