/// The public pages' header (`{{> site-header}}`): the logo and name linking home, the sections
/// of the pricing page, and the phone number.
public struct SiteHeader: TemplateView {
    public struct Link: TemplateView {
        public var text: String
        public var href: String
    }
    public var name: String
    /// The logo's path relative to the page (nil without a logo).
    public var logo: String?
    /// The pricing page, relative to the page.
    public var homeHref: String
    public var links: [Link]
    public var phone: String
    /// `tel:7405550142`
    public var phoneHref: String

    /// The header of the public page whose links to the home page's sections start with `home`
    /// (`""` on the home page, `../index.html` below it).
    init(_ shop: Shop, frame: PageFrame, words: SiteLabels, home: String) {
        let business = shop.business
        name = business.name
        logo = frame.letterhead.logo
        homeHref = frame.homeHref
        var links = [Link(text: words.plans, href: home + "#plans"), Link(text: words.navCalculator, href: home + "#calculator")]
        if !shop.priceBook.addons.isEmpty { links.append(Link(text: words.addons, href: home + "#addons")) }
        if shop.page("faq") != nil { links.append(Link(text: words.navQuestions, href: home + "#faq")) }
        links.append(Link(text: words.navContact, href: "#contact"))
        self.links = links
        phone = business.phone
        phoneHref = telephoneLink(business.phone)
    }
}

/// The parts every public page has around its own: for templates that are public on some pages
/// only (the comparison sheet), `{{#site}}{{> site-header}}{{/site}}`.
public struct SiteFrame: TemplateView {
    public var header: SiteHeader
    public var callToAction: CallToAction

    init(_ shop: Shop, frame: PageFrame, context: RenderContext, home: String) {
        let language = context.languages.business
        header = SiteHeader(shop, frame: frame, words: language.labels.site, home: home)
        callToAction = CallToAction(shop.business, words: language.labels.site, language: language, today: context.today)
    }
}

/// "Talk to us" at the foot of the public pages (`{{> call-to-action}}`): the owner's words, and
/// a button for each way in: a call, an e-mail, the contact page of `business.md`'s `contact_url`.
public struct CallToAction: TemplateView {
    public var heading: String
    /// `Call <a href="tel:…">(740) 555-0142</a> or write to …` (insert with `{{{textHTML}}}`).
    public var textHTML: String
    /// `Call (740) 555-0142`, to `tel:7405550142`: the first of `buttons`, and the hero's second button.
    public var call: SiteHeader.Link
    public var buttons: [SiteHeader.Link]
    public var addressLines: [String]
    /// `Prices as of November 30, 2026.`
    public var pricesAsOf: String

    init(_ business: Business, words: SiteLabels, language: Language, today: Day) {
        heading = words.talkToUs
        textHTML = filledHTML(words.callToAction, ["phone": linkHTML(business.phone, telephoneLink(business.phone)),
                                                   "email": linkHTML(business.email, "mailto:" + business.email)])
        call = SiteHeader.Link(text: Placeholders.fill(words.callButton, ["phone": business.phone]), href: telephoneLink(business.phone))
        var buttons = [call, SiteHeader.Link(text: words.emailButton, href: "mailto:" + business.email)]
        if let contact = business.contactURL { buttons.append(SiteHeader.Link(text: words.contactButton, href: contact)) }
        self.buttons = buttons
        addressLines = business.address.lines
        pricesAsOf = Placeholders.fill(words.pricesAsOf, ["date": language.long(today)])
    }
}
