import Yams

extension PriceBook {
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
}

extension VolumeTier: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> VolumeTier? {
        guard let f = r.fields(node, of: "volume tier", accepted: ["from", "discount"]) else { return nil }
        let from: Int? = r.required("from", in: f)
        let discount: Percentage? = r.required("discount", in: f)
        guard let from, let discount else { return nil }
        return VolumeTier(from: from, discount: discount.ratio, location: r.location(of: node))
    }
}

extension AgeSurcharge: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> AgeSurcharge? {
        guard let f = r.fields(node, of: "age surcharge", accepted: ["older_than_years", "per_device"]) else { return nil }
        let years: Int? = r.required("older_than_years", in: f)
        let price: Money? = r.required("per_device", in: f)
        guard let years, let price else { return nil }
        return AgeSurcharge(olderThanYears: years, perDevice: price, location: r.location(of: node))
    }
}

extension CallVolumeSurcharge: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> CallVolumeSurcharge? {
        guard let f = r.fields(node, of: "call volume surcharge", accepted: ["more_than", "surcharge"]) else { return nil }
        let moreThan: Int? = r.required("more_than", in: f)
        let surcharge: Percentage? = r.required("surcharge", in: f)
        guard let moreThan, let surcharge else { return nil }
        return CallVolumeSurcharge(moreThan: moreThan, surcharge: surcharge.ratio, location: r.location(of: node))
    }
}

extension Addon: ContentValue {
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

extension Addon.Per: ContentChoice {}

extension Onboarding: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> Onboarding? {
        guard let f = r.fields(node, of: "onboarding", accepted: ["per_device", "minimum"]) else { return nil }
        return Onboarding(perDevice: r.optional("per_device", in: f, default: .zero),
                          minimum: r.optional("minimum", in: f, default: .zero))
    }
}

extension TermDiscount: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> TermDiscount? {
        guard let f = r.fields(node, of: "term discount", accepted: ["months", "discount"]) else { return nil }
        let months = r.termMonths("months", in: f, required: true)
        let discount: Percentage? = r.required("discount", in: f)
        guard let months, let discount else { return nil }
        return TermDiscount(months: months, discount: discount.ratio, location: r.location(of: node))
    }
}
