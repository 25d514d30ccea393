import Foundation

/// The shop's letterhead, on every page (`{{> letterhead}}`).
public struct LetterheadView: TemplateView {
    public var name: String
    public var addressLines: [String]
    public var phone: String
    public var email: String
    public var website: String?
    /// Logo path relative to the page, when the business has one.
    public var logo: String?

    init(_ business: Business, logo: String?) {
        name = business.name
        addressLines = business.address.lines
        phone = business.phone
        email = business.email
        website = business.website
        self.logo = logo
    }
}

/// Fields every page template has, whatever the document.
public struct PageFrame: TemplateView {
    /// The `<title>` of the page.
    public var title: String
    /// The meta description and Open Graph description (public pages).
    public var description: String?
    /// The page's absolute URL, when the business has a `base_url` (public pages).
    public var canonicalURL: String?
    /// The business's name, for `og:site_name`.
    public var siteName: String
    /// True for pages under `private/`: they ask search engines not to index them.
    public var isPrivate: Bool
    /// The stylesheet's text, for documents that carry it inline (proposals, so each stands
    /// alone when e-mailed); nil when the page links `stylesheetHref`.
    public var stylesheet: String?
    /// Relative link to the tree's content-hashed stylesheet; nil when inline.
    public var stylesheetHref: String?
    /// Relative link to the tree's home page.
    public var homeHref: String
    /// The logo, as the tab's icon: relative to the page (nil without a logo, and in standalone documents).
    public var favicon: String?
    public var letterhead: LetterheadView
    /// The page's language, for `<html lang>`: `en-US`, `de-DE`.
    public var language: String
    /// The labels of the print margin's page count: `page` 1 `of` 2.
    public var pageLabel: String
    public var pageOfLabel: String
    /// The build's "today", long form: `November 29, 2026`.
    public var today: String
    /// `2026-11-29`
    public var todayISO: String
    /// True for screen pages with wide tables (the dashboard): the page takes the window's width
    /// instead of a letter's.
    public var wide: Bool
    /// Printed in the bottom margin of every page with the page count, for documents that are
    /// signed or filed on paper (nil: none). Made only of characters safe in a CSS string.
    public var printFooter: String?
}

/// Shared services of the render stage: formatting, templates, assets and the frame of every page.
public struct RenderContext: Sendable {
    public let templates: Templates
    public let money: MoneyFormat
    public let business: Business
    public let languages: Languages
    public let today: Day
    public let logo: Logo?
    /// The HTML of Markdown that many pages share (a ledger month's message, the comparison
    /// narrative, the terms), rendered once.
    public let shared = SharedMarkdown()

    /// The business's logo: copied into both trees under a content-hashed name, inlined in standalone documents.
    public struct Logo: Sendable {
        public var data: [UInt8]
        /// `assets/logo-1a2b3c4d.png`, relative to either tree.
        public var publicPath: String
        /// `data:image/png;base64,…`
        public var dataURI: String

        init(_ image: LogoImage) {
            data = image.data
            publicPath = "assets/logo-\(Fingerprint.shortHex(image.data)).\(image.fileExtension)"
            dataURI = "data:\(image.mediaType);base64,\(image.base64)"
        }
    }

    /// `style-1a2b3c4d.css`: the stylesheet's name in both trees, which changes whenever its content does.
    public let stylesheetName: String

    /// `today` is only written on pages (the dashboard's "as of"); nothing is computed from it here.
    public init(templates: Templates, business: Business, today: Day, logo: LogoImage? = nil, languages: Languages? = nil) {
        self.templates = templates
        self.languages = languages ?? Languages(business: business, locales: [], overrides: [])
        self.business = business
        self.today = today
        self.logo = logo.map(Logo.init)
        self.money = MoneyFormat(currency: business.currency, locale: business.locale)
        self.stylesheetName = "style-\(Fingerprint.shortHex(templates.stylesheet)).css"
    }

    /// The frame for the page at `path` (such as `compare/index.html`) in `tree`. Pages link the
    /// tree's stylesheet, except documents sent to a client as a file (`standalone`: proposals),
    /// which carry it and their logo inline.
    public func frame(title: String, path: String, tree: Tree, description: String? = nil, printFooter: String? = nil,
                      standalone: Bool = false, language: Language? = nil, wide: Bool = false) -> PageFrame {
        let language = language ?? languages.business
        let up = String(repeating: "../", count: path.utf8.count { $0 == UInt8(ascii: "/") })
        let isPublic = tree == .public
        var canonical: String?
        if isPublic, let base = business.baseURL {
            let directory = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            canonical = (base.hasSuffix("/") ? base : base + "/") + directory
        }
        return PageFrame(title: title, description: description, canonicalURL: canonical, siteName: business.name,
                         isPrivate: !isPublic, stylesheet: standalone ? templates.stylesheet : nil,
                         stylesheetHref: standalone ? nil : up + stylesheetName, homeHref: up + "index.html",
                         favicon: standalone ? nil : logo.map { up + $0.publicPath },
                         letterhead: LetterheadView(business, logo: logo.map { standalone ? $0.dataURI : up + $0.publicPath }),
                         language: language.tag, pageLabel: language.common.page, pageOfLabel: language.common.pageOf,
                         today: language.long(today), todayISO: today.description, wide: wide, printFooter: printFooter)
    }
}
