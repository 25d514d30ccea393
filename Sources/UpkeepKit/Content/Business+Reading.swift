import Foundation
import Yams

extension Business {
    static let keys = ["name", "address", "phone", "email", "website", "base_url", "logo", "currency",
                       "locale", "taxes", "payment_terms_days", "proposal_valid_days", "rates", "owner", "proposal_comparison", "sendmail",
                       "payment", "late_fee", "target_hourly_rate", "contact_url"]

    static func read(_ node: Node, body: String, _ r: inout ContentReader) -> Business? {
        guard let f = r.fields(node, of: "business", accepted: keys) else { return nil }
        let name: String? = r.required("name", in: f)
        let address: AddressLines? = r.required("address", in: f)
        let phone: String? = r.required("phone", in: f)
        let email: String? = r.required("email", in: f)
        let currency: Currency? = r.required("currency", in: f)
        if let currency { r.minorDigits = currency.minorDigits; r.currencyCode = currency.code }
        let rates: Rates? = r.required("rates", in: f)
        let taxes: [Tax] = r.optional("taxes", in: f, default: [])
        let business = Business(
            name: name ?? "", address: address ?? AddressLines(lines: []), phone: phone ?? "",
            email: email ?? "", website: r.optional("website", in: f),
            contactURL: (r.optional("contact_url", in: f) as WebAddress?)?.text,
            baseURL: (r.optional("base_url", in: f) as WebAddress?)?.text,
            logo: r.optional("logo", in: f), currency: currency ?? .usd,
            locale: (r.optional("locale", in: f) as LocaleName?)?.identifier ?? "en_US", taxes: taxes,
            paymentTermsDays: r.optional("payment_terms_days", in: f, default: 30),
            proposalValidDays: r.optional("proposal_valid_days", in: f, default: 30),
            rates: rates ?? .zero, owner: r.optional("owner", in: f),
            proposalComparison: r.optional("proposal_comparison", in: f, default: .whenManagedSaves),
            sendmail: r.optional("sendmail", in: f, default: Business.defaultSendmail),
            payment: r.optional("payment", in: f), targetHourlyRate: r.optional("target_hourly_rate", in: f),
            lateFee: r.optional("late_fee", in: f), about: body)
        guard name != nil, address != nil, phone != nil, email != nil, currency != nil, rates != nil else { return nil }
        return business
    }
}

extension ComparisonPolicy: ContentChoice {}

extension WebAddress: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> WebAddress? {
        let requirement = "must be an absolute http or https address such as https://example.com/"
        guard let text = String.read(node, &r) else { return nil }
        guard isValid(text) else {
            r.invalid(node, requirement)
            return nil
        }
        return WebAddress(text: text)
    }

    /// Printable ASCII with none of the characters that could leave an attribute or a URL,
    /// an http or https scheme, a host, and no user or password.
    static func isValid(_ text: String) -> Bool {
        let allowed = text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"\"'<>\\`{}|^".unicodeScalars.contains($0) }
        guard allowed, let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = parts.host, !host.isEmpty, parts.user == nil, parts.password == nil else { return false }
        return true
    }
}

extension Rates: ContentValue {
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

extension Tax: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> Tax? {
        guard let f = r.fields(node, of: "tax", accepted: ["name", "rate", "applies_to"]) else { return nil }
        let name: String? = r.required("name", in: f)
        let rate: Percentage? = r.required("rate", in: f)
        let bases: [Base] = r.optional("applies_to", in: f, default: Base.allCases)
        guard let name, let rate else { return nil }
        return Tax(name: name, rate: rate.ratio, appliesTo: bases)
    }
}

extension Tax.Base: ContentChoice {}

extension AddressLines: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> AddressLines? {
        if case .sequence = node {
            return [String].read(node, &r).map(AddressLines.init(lines:))
        }
        guard let text = String.read(node, &r) else { return nil }
        return AddressLines(lines: text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    }
}

extension Currency: ContentValue {
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
