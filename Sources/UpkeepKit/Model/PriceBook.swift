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

    public func addon(_ id: ID) -> Addon? { addons.first { $0.id.value == id } }
}

public struct VolumeTier: Sendable {
    /// The tier applies when the client has at least this many workstations.
    public var from: Int
    public var discount: Ratio
    public var location: SourceLocation
}

public struct AgeSurcharge: Sendable {
    /// Applies to devices strictly older than this many years.
    public var olderThanYears: Int
    public var perDevice: Money
    public var location: SourceLocation
}

public struct CallVolumeSurcharge: Sendable {
    /// Applies when the client calls more than this many times a month.
    public var moreThan: Int
    /// Percentage of the devices subtotal (workstations, servers, age surcharges).
    public var surcharge: Ratio
    public var location: SourceLocation
}

/// An optional service: backup, antivirus, e-mail…
public struct Addon: Sendable {
    public enum Per: String, CaseIterable, Sendable {
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
}

public struct Onboarding: Sendable {
    public var perDevice: Money
    public var minimum: Money
}

public struct TermDiscount: Sendable {
    /// Applies to contracts of at least this many months.
    public var months: Int
    public var discount: Ratio
    public var location: SourceLocation
}
