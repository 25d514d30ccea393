import Foundation

/// `public/pricebook.json`: the plans, price book, contract taxes and hourly rates the build
/// prices with, for the pricing page's calculator and anyone else's. Amounts are whole minor
/// units (cents), percentages millionths (5% is 50000), hours hundredths; see docs/pricebook-json.md.
struct PriceBookFile: Encodable {
    struct PlanEntry: Encodable {
        var id: String
        var name: String
        /// `maintenance` or `unlimited`.
        var support: String
        var perWorkstation: Int64
        var perServer: Int64
        var includedAddons: [String]
    }
    struct Tier: Encodable { var from: Int; var discount: Int }
    struct Surcharge: Encodable { var olderThanYears: Int; var perDevice: Int64 }
    struct CallVolume: Encodable { var moreThan: Int; var surcharge: Int }
    struct AddonEntry: Encodable {
        var id: String
        var name: String
        var price: Int64
        /// `device`, `workstation`, `server` or `flat`.
        var per: String
    }
    struct Onboarding: Encodable { var perDevice: Int64; var minimum: Int64 }
    struct Term: Encodable { var months: Int; var discount: Int }
    struct TaxEntry: Encodable {
        var name: String
        var rate: Int
        /// `contract`, `labor`, `charges`.
        var appliesTo: [String]
    }

    /// Changes when a field changes meaning.
    var format = 1
    /// The year devices' ages are counted from: the build's.
    var year: Int
    var currency: String
    var minorDigits: Int
    var plans: [PlanEntry]
    var volumeTiers: [Tier]
    var ageSurcharges: [Surcharge]
    var maxAgeYears: Int?
    var onsiteVisitPrice: Int64
    var callVolume: [CallVolume]
    var addons: [AddonEntry]
    var minimumMonthly: Int64
    var onboarding: Onboarding
    var termDiscounts: [Term]
    var defaultTermMonths: Int
    var taxes: [TaxEntry]
    /// What a support call costs by the hour on maintenance-only plans, for recommending a plan.
    var remoteHourly: Int64
    var hoursPerCall: Int

    init(_ shop: Shop, year: Int) {
        let book = shop.priceBook
        func cents(_ money: Money) -> Int64 { Int64(money.minorUnits) }
        self.year = year
        currency = shop.business.currency.code
        minorDigits = shop.business.currency.minorDigits
        plans = shop.plans.map {
            PlanEntry(id: $0.id.rawValue, name: $0.name, support: $0.support.rawValue, perWorkstation: cents($0.perWorkstation),
                      perServer: cents($0.perServer), includedAddons: $0.includedAddons.map(\.value.rawValue))
        }
        volumeTiers = book.volumeTiers.map { Tier(from: $0.from, discount: $0.discount.perMillion) }
        ageSurcharges = book.ageSurcharges.map { Surcharge(olderThanYears: $0.olderThanYears, perDevice: cents($0.perDevice)) }
        maxAgeYears = book.maxAgeYears
        onsiteVisitPrice = cents(book.onsiteVisitPrice)
        callVolume = book.callVolume.map { CallVolume(moreThan: $0.moreThan, surcharge: $0.surcharge.perMillion) }
        addons = book.addons.map { AddonEntry(id: $0.id.value.rawValue, name: $0.name, price: cents($0.price), per: $0.per.rawValue) }
        minimumMonthly = cents(book.minimumMonthly)
        onboarding = Onboarding(perDevice: cents(book.onboarding.perDevice), minimum: cents(book.onboarding.minimum))
        termDiscounts = book.termDiscounts.map { Term(months: $0.months, discount: $0.discount.perMillion) }
        defaultTermMonths = book.defaultTermMonths
        taxes = shop.business.taxes.map { TaxEntry(name: $0.name, rate: $0.rate.perMillion, appliesTo: $0.appliesTo.map(\.rawValue)) }
        remoteHourly = cents(shop.business.rates.remoteHourly)
        hoursPerCall = book.hoursPerCall.hundredths
    }

    var json: String { scriptSafeJSON(self) }
}

/// `value` as JSON with its keys sorted, so the same value always gives the same bytes, and with
/// `<`, `>` and `&` written as `\u003c`…, so that the text can also stand inside a page's `<script>`.
func scriptSafeJSON(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var text = ""
    for character in String(decoding: try! encoder.encode(value), as: UTF8.self).unicodeScalars {
        switch character {
        case "<": text += "\\u003c"
        case ">": text += "\\u003e"
        case "&": text += "\\u0026"
        default: text.unicodeScalars.append(character)
        }
    }
    return text
}
