import Yams

/// `content/pricebook.md`: the rules that tailor a contract to a client, one per factor of the
/// article (number of computers, how often they need service, age, services, server,
/// maintenance vs unlimited), plus minimum fee, onboarding and term discounts.
public struct PriceBook: Sendable {
    /// Number of computers: a discount on the per-workstation price once the count reaches a tier.
    public var volumeTiers: [VolumeTier]
    /// Age of computers: a monthly surcharge per device older than a number of years.
    public var ageSurcharges: [AgeSurcharge]
    /// Devices older than this are not covered at all (nil: no limit).
    public var maxAgeYears: Int?
    /// How often they need service: the price of one scheduled on-site visit.
    public var onsiteVisitPrice: Money
    /// How often they need service: surcharges on unlimited plans for clients who call a lot.
    public var callVolume: [CallVolumeSurcharge]
    /// Hours a typical support call takes: what a call costs by the hour on a maintenance-only plan.
    public var hoursPerCall: Hours
    /// Which services matter to them: optional services priced per device or flat.
    public var addons: [Addon]
    public var minimumMonthly: Money
    public var onboarding: Onboarding
    public var termDiscounts: [TermDiscount]
    public var defaultTermMonths: Int

    static let keys = ["volume_tiers", "age_surcharges", "max_age_years", "onsite_visit_price", "call_volume",
                       "hours_per_call", "addons", "minimum_monthly", "onboarding", "term_discounts", "default_term_months"]

    static func read(_ node: Node, _ r: inout ContentReader) -> PriceBook? {
        guard let f = r.fields(node, of: "price book", accepted: keys) else { return nil }
        let book = PriceBook(
            volumeTiers: r.optional("volume_tiers", in: f, default: []),
            ageSurcharges: r.optional("age_surcharges", in: f, default: []),
            maxAgeYears: r.optional("max_age_years", in: f),
            onsiteVisitPrice: r.optional("onsite_visit_price", in: f, default: .zero),
            callVolume: r.optional("call_volume", in: f, default: []),
            hoursPerCall: r.optional("hours_per_call", in: f, default: Hours(hundredths: 100)),
            addons: r.optional("addons", in: f, default: []),
            minimumMonthly: r.optional("minimum_monthly", in: f, default: .zero),
            onboarding: r.optional("onboarding", in: f, default: Onboarding(perDevice: .zero, minimum: .zero)),
            termDiscounts: r.optional("term_discounts", in: f, default: []),
            defaultTermMonths: r.optional("default_term_months", in: f, default: 12))
        return book
    }

    public func addon(_ id: ID) -> Addon? { addons.first { $0.id.value == id } }
}

public struct VolumeTier: ContentValue, Sendable {
    /// The tier applies when the client has at least this many workstations.
    public var from: Int
    public var discount: Ratio
    public var location: SourceLocation

    public static func read(_ node: Node, _ r: inout ContentReader) -> VolumeTier? {
        guard let f = r.fields(node, of: "volume tier", accepted: ["from", "discount"]) else { return nil }
        let from: Int? = r.required("from", in: f)
        let discount: Percentage? = r.required("discount", in: f)
        guard let from, let discount else { return nil }
        return VolumeTier(from: from, discount: discount.ratio, location: r.location(of: node))
    }
}

public struct AgeSurcharge: ContentValue, Sendable {
    /// Applies to devices strictly older than this many years.
    public var olderThanYears: Int
    public var perDevice: Money
    public var location: SourceLocation

    public static func read(_ node: Node, _ r: inout ContentReader) -> AgeSurcharge? {
        guard let f = r.fields(node, of: "age surcharge", accepted: ["older_than_years", "per_device"]) else { return nil }
        let years: Int? = r.required("older_than_years", in: f)
        let price: Money? = r.required("per_device", in: f)
        guard let years, let price else { return nil }
        return AgeSurcharge(olderThanYears: years, perDevice: price, location: r.location(of: node))
    }
}

public struct CallVolumeSurcharge: ContentValue, Sendable {
    /// Applies when the client calls more than this many times a month.
    public var moreThan: Int
    /// Percentage of the devices subtotal (workstations, servers, age surcharges).
    public var surcharge: Ratio
    public var location: SourceLocation

    public static func read(_ node: Node, _ r: inout ContentReader) -> CallVolumeSurcharge? {
        guard let f = r.fields(node, of: "call volume surcharge", accepted: ["more_than", "surcharge"]) else { return nil }
        let moreThan: Int? = r.required("more_than", in: f)
        let surcharge: Percentage? = r.required("surcharge", in: f)
        guard let moreThan, let surcharge else { return nil }
        return CallVolumeSurcharge(moreThan: moreThan, surcharge: surcharge.ratio, location: r.location(of: node))
    }
}

/// An optional service: backup, antivirus, e-mail…
public struct Addon: ContentValue, Sendable {
    public enum Per: String, ContentChoice, Sendable {
        /// Every covered workstation and server.
        case device
        case workstation
        case server
        /// One price a month whatever the size of the office.
        case flat
    }

    public var id: Located<ID>
    public var name: String
    public var price: Money
    public var per: Per
    public var description: String

    public static func read(_ node: Node, _ r: inout ContentReader) -> Addon? {
        guard let f = r.fields(node, of: "add-on", accepted: ["id", "name", "price", "per", "description"]) else { return nil }
        let id: Located<ID>? = r.required("id", in: f)
        let name: String? = r.required("name", in: f)
        let price: Money? = r.required("price", in: f)
        let per: Per? = r.required("per", in: f)
        let description: String = r.optional("description", in: f, default: "")
        guard let id, let name, let price, let per else { return nil }
        return Addon(id: id, name: name, price: price, per: per, description: description)
    }
}

public struct Onboarding: ContentValue, Sendable {
    public var perDevice: Money
    public var minimum: Money

    public static func read(_ node: Node, _ r: inout ContentReader) -> Onboarding? {
        guard let f = r.fields(node, of: "onboarding", accepted: ["per_device", "minimum"]) else { return nil }
        return Onboarding(perDevice: r.optional("per_device", in: f, default: .zero),
                          minimum: r.optional("minimum", in: f, default: .zero))
    }
}

public struct TermDiscount: ContentValue, Sendable {
    /// Applies to contracts of at least this many months.
    public var months: Int
    public var discount: Ratio
    public var location: SourceLocation

    public static func read(_ node: Node, _ r: inout ContentReader) -> TermDiscount? {
        guard let f = r.fields(node, of: "term discount", accepted: ["months", "discount"]) else { return nil }
        let months = r.termMonths("months", in: f, required: true)
        let discount: Percentage? = r.required("discount", in: f)
        guard let months, let discount else { return nil }
        return TermDiscount(months: months, discount: discount.ratio, location: r.location(of: node))
    }
}
