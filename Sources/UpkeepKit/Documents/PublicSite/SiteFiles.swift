/// `public/404.html`: what a static host shows for a missing page.
public struct NotFoundView: PageView {
    public static let template = "not-found"
    public var page: PageFrame
    public var labels: SiteLabels
    /// `There is no page here. Our …`, the home page, the phone number and the e-mail address
    /// each a link (insert with `{{{textHTML}}}`).
    public var textHTML: String

    static func make(_ shop: Shop, _ context: RenderContext) -> NotFoundView {
        let words = context.languages.business.labels.site
        // The home page: absolute when the business has a base URL (a host serves this page at
        // any missing path, where a relative link would not resolve), relative otherwise.
        let home = shop.business.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "index.html"
        let business = shop.business
        return NotFoundView(page: context.frame(title: "\(words.notFoundTitle): \(business.name)", path: "404.html", tree: .public),
                            labels: words,
                            textHTML: filledHTML(words.notFound, ["home": linkHTML(words.homeLink, home),
                                                                  "phone": linkHTML(business.phone, telephoneLink(business.phone)),
                                                                  "email": linkHTML(business.email, "mailto:" + business.email)]))
    }
}

/// `tel:` and the phone number's digits: `(740) 555-0142` → `tel:7405550142`.
func telephoneLink(_ phone: String) -> String {
    "tel:" + phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
}

/// The files that make `public/` ready for a static host besides its pages.
public enum SiteFiles {
    /// `robots.txt`: everything may be crawled; the sitemap is named when there is one.
    public static func robots(baseURL: String?) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = baseURL { text += "\nSitemap: \(absolute(base, "sitemap.xml"))\n" }
        return text
    }

    /// `sitemap.xml` listing `pages` (paths in `public/`), or nil without a base URL: a sitemap
    /// needs absolute URLs.
    public static func sitemap(baseURL: String?, pages: [String]) -> String? {
        guard let base = baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            let directory = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
            xml += "  <url><loc>\(escapeXML(absolute(base, directory)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func absolute(_ base: String, _ path: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + path
    }
}
