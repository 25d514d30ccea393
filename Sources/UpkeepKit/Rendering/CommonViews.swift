import Foundation

/// The shop's letterhead, on every page (`{{> letterhead}}`).
public struct LetterheadView: Sendable {
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
public struct PageFrame: Sendable {
    /// The `<title>` of the page.
    public var title: String
    /// The contents of `templates/style.css`.
    public var stylesheet: String
    public var letterhead: LetterheadView
    /// The build's "today", long form: `November 29, 2026`.
    public var today: String
    /// `2026-11-29`
    public var todayISO: String
    /// Printed in the bottom margin of every page with the page count, for documents that are
    /// signed or filed on paper (nil: none). Made only of characters safe in a CSS string.
    public var printFooter: String?
}

/// Shared services of the render stage: formatting, templates and the frame of every page.
public struct RenderContext: Sendable {
    public let templates: Templates
    public let money: MoneyFormat
    public let business: Business
    public let today: Day

    /// Loads the templates of the business folder at `root`.
    public init(root: URL, shop: Shop, today: Day) throws {
        self.init(templates: try Templates.load(root: root).get(), business: shop.business, today: today)
    }

    public init(templates: Templates, business: Business, today: Day) {
        self.templates = templates
        self.business = business
        self.today = today
        self.money = MoneyFormat(currency: business.currency, locale: business.locale)
    }

    /// The frame for a page at `depth` folders below its tree's root.
    public func frame(title: String, depth: Int, printFooter: String? = nil) -> PageFrame {
        let up = String(repeating: "../", count: depth)
        return PageFrame(title: title, stylesheet: templates.stylesheet,
                         letterhead: LetterheadView(business, logo: business.logo.map { up + $0 }),
                         today: today.longText, todayISO: today.description, printFooter: printFooter)
    }
}
