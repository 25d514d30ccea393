import Foundation
import Yams

/// `content/business.md`: who the shop is and how it bills.
public struct Business: Sendable {
    public var name: String
    public var address: AddressLines
    public var phone: String
    public var email: String
    public var website: String?
    /// Absolute URL the public site is served from, for `sitemap.xml` and Open Graph tags.
    public var baseURL: String?
    /// Path of a logo image, relative to `content/`, where `logo:` was written.
    public var logo: Located<String>?
    public var currency: Currency
    public var locale: String
    public var taxes: [Tax]
    public var paymentTermsDays: Int
    public var proposalValidDays: Int
    public var rates: Rates
    /// Markdown: a few words about the shop.
    public var about: String

    static let keys = ["name", "address", "phone", "email", "website", "base_url", "logo", "currency",
                       "locale", "taxes", "payment_terms_days", "proposal_valid_days", "rates"]

    static func read(_ node: Node, body: String, _ r: inout ContentReader) -> Business? {
        guard let f = r.fields(node, of: "business", accepted: keys) else { return nil }
        let name: String? = r.required("name", in: f)
        let address: AddressLines? = r.required("address", in: f)
        let phone: String? = r.required("phone", in: f)
        let email: String? = r.required("email", in: f)
        let currency: Currency? = r.required("currency", in: f)
        if let currency { r.minorDigits = currency.minorDigits }
        let rates: Rates? = r.required("rates", in: f)
        let taxes: [Tax] = r.optional("taxes", in: f, default: [])
        let business = Business(
            name: name ?? "", address: address ?? AddressLines(lines: []), phone: phone ?? "",
            email: email ?? "", website: r.optional("website", in: f),
            baseURL: (r.optional("base_url", in: f) as WebAddress?)?.text,
            logo: r.optional("logo", in: f), currency: currency ?? .usd,
            locale: r.optional("locale", in: f, default: "en_US"), taxes: taxes,
            paymentTermsDays: r.optional("payment_terms_days", in: f, default: 30),
            proposalValidDays: r.optional("proposal_valid_days", in: f, default: 30),
            rates: rates ?? .zero, about: body)
        guard name != nil, address != nil, phone != nil, email != nil, currency != nil, rates != nil else { return nil }
        return business
    }
}

/// An absolute `http` or `https` address, such as the public site's `base_url`: it is written
/// into `robots.txt`, `sitemap.xml` and Open Graph tags, so nothing else may pass.
public struct WebAddress: ContentValue, Sendable {
    public var text: String

    public static func read(_ node: Node, _ r: inout ContentReader) -> WebAddress? {
        let requirement = "must be an absolute http or https address such as https://example.com/"
        guard let text = String.read(node, &r) else { return nil }
        let allowed = text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"\"'<>\\`{}|^".unicodeScalars.contains($0) }
        guard allowed, let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = parts.host, !host.isEmpty, parts.user == nil, parts.password == nil else {
            r.invalid(node, requirement)
            return nil
        }
        return WebAddress(text: text)
    }
}

/// Hourly rates for work the contract does not cover, and for break/fix clients.
public struct Rates: ContentValue, Sendable {
    public var remoteHourly: Money
    public var onsiteHourly: Money
    /// Applied to the hourly rate for work outside business hours.
    public var afterHoursMultiplier: Ratio
    /// Charged once per on-site visit.
    public var tripFee: Money

    static let zero = Rates(remoteHourly: .zero, onsiteHourly: .zero, afterHoursMultiplier: .one, tripFee: .zero)

    public static func read(_ node: Node, _ r: inout ContentReader) -> Rates? {
        guard let f = r.fields(node, of: "rates", accepted: ["remote_hourly", "onsite_hourly", "after_hours_multiplier", "trip_fee"]) else { return nil }
        let remote: Money? = r.required("remote_hourly", in: f)
        let onsite: Money? = r.required("onsite_hourly", in: f)
        let multiplier: Multiplier = r.optional("after_hours_multiplier", in: f, default: Multiplier(Ratio(perMillion: 1_500_000)))
        let trip: Money = r.optional("trip_fee", in: f, default: .zero)
        guard let remote, let onsite else { return nil }
        return Rates(remoteHourly: remote, onsiteHourly: onsite, afterHoursMultiplier: multiplier.ratio, tripFee: trip)
    }
}

/// A sales tax and what it applies to.
public struct Tax: ContentValue, Sendable {
    public enum Base: String, ContentChoice, Sendable {
        /// The monthly contract fee and onboarding.
        case contract
        /// Billable hours and trip fees.
        case labor
        /// One-off charges: hardware, projects.
        case charges
    }

    public var name: String
    public var rate: Ratio
    public var appliesTo: [Base]

    public static func read(_ node: Node, _ r: inout ContentReader) -> Tax? {
        guard let f = r.fields(node, of: "tax", accepted: ["name", "rate", "applies_to"]) else { return nil }
        let name: String? = r.required("name", in: f)
        let rate: Percentage? = r.required("rate", in: f)
        let bases: [Base] = r.optional("applies_to", in: f, default: Base.allCases)
        guard let name, let rate else { return nil }
        return Tax(name: name, rate: rate.ratio, appliesTo: bases)
    }
}

/// A postal address, written either as a list of lines or as a block of text.
public struct AddressLines: ContentValue, Hashable, Sendable {
    public var lines: [String]

    public static func read(_ node: Node, _ r: inout ContentReader) -> AddressLines? {
        if case .sequence = node {
            return [String].read(node, &r).map(AddressLines.init(lines:))
        }
        guard let text = String.read(node, &r) else { return nil }
        return AddressLines(lines: text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    }
}

/// The currency of every amount in the content, by its ISO 4217 code.
public struct Currency: ContentValue, Hashable, Sendable {
    public var code: String
    /// Decimals of the minor unit: 2 for USD, 0 for JPY, 3 for KWD.
    public var minorDigits: Int

    public static let usd = Currency(code: "USD", minorDigits: 2)

    /// ISO 4217 codes whose minor unit is not 2 decimals.
    static let exceptions: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
        "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    ]

    public static func read(_ node: Node, _ r: inout ContentReader) -> Currency? {
        let requirement = "must be a three-letter ISO 4217 currency code such as USD"
        guard let text = r.scalar(node, requirement) else { return nil }
        guard text.count == 3, text.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            r.invalid(node, requirement)
            return nil
        }
        return Currency(code: text, minorDigits: exceptions[text] ?? 2)
    }
}
