/// The words of a price's lines, on proposals, statements and `upkeep quote`. `{name}`s are filled in.
public struct PriceLineLabels: LabelTable, Encodable {
    /// One, and (next) more than one.
    public var workstation: String
    public var workstations: String
    public var server: String
    public var servers: String
    public var device: String
    public var devices: String
    public var call: String
    public var calls: String
    public var visit: String
    public var visits: String
    /// `12 workstations × $60.00`
    public var perUnit: String
    public var volumeDiscount: String
    public var ageSurcharge: String
    public var callVolume: String
    public var visitsLine: String
    public var addonFlat: String
    public var addonFor: String
    public var addonIncluded: String
    public var termDiscount: String
    public var agreedDiscount: String
    public var minimumFee: String
    public var tax: String
    public var onboardingDevices: String
    public var onboardingMinimum: String

    public static let english = PriceLineLabels(
        workstation: "{count} workstation",
        workstations: "{count} workstations",
        server: "{count} server",
        servers: "{count} servers",
        device: "{count} device",
        devices: "{count} devices",
        call: "{count} call",
        calls: "{count} calls",
        visit: "{count} scheduled on-site visit",
        visits: "{count} scheduled on-site visits",
        perUnit: "{units} × {price}",
        volumeDiscount: "Volume discount, {from} or more workstations: −{rate} of {base}",
        ageSurcharge: "{devices} older than {years} years × {price} age surcharge",
        callVolume: "Frequent support: {calls} a month (more than {moreThan}): +{rate} of {base}",
        visitsLine: "{visits} a year × {price} ÷ 12",
        addonFlat: "{name}, flat monthly fee",
        addonFor: "{name} for {units} × {price}",
        addonIncluded: "{name}: included in {plan}",
        termDiscount: "{months}-month term: −{rate} of {base}",
        agreedDiscount: "Agreed discount: −{rate} of {base}",
        minimumFee: "Minimum monthly fee applied ({minimum})",
        tax: "{name} {rate} of {base}",
        onboardingDevices: "Onboarding {devices} × {price}",
        onboardingMinimum: "Minimum onboarding fee applied ({minimum})")

    public static let german = PriceLineLabels(
        workstation: "{count} Arbeitsplatz",
        workstations: "{count} Arbeitsplätze",
        server: "{count} Server",
        servers: "{count} Server",
        device: "{count} Gerät",
        devices: "{count} Geräte",
        call: "{count} Anruf",
        calls: "{count} Anrufe",
        visit: "{count} geplanter Vor-Ort-Termin",
        visits: "{count} geplante Vor-Ort-Termine",
        perUnit: "{units} × {price}",
        volumeDiscount: "Mengenrabatt ab {from} Arbeitsplätzen: −{rate} von {base}",
        ageSurcharge: "{devices} älter als {years} Jahre × {price} Alterszuschlag",
        callVolume: "Häufiger Support: {calls} im Monat (mehr als {moreThan}): +{rate} von {base}",
        visitsLine: "{visits} im Jahr × {price} ÷ 12",
        addonFlat: "{name}, monatliche Pauschale",
        addonFor: "{name} für {units} × {price}",
        addonIncluded: "{name}: in {plan} enthalten",
        termDiscount: "Laufzeit {months} Monate: −{rate} von {base}",
        agreedDiscount: "Vereinbarter Rabatt: −{rate} von {base}",
        minimumFee: "Monatliche Mindestgebühr angewandt ({minimum})",
        tax: "{name} {rate} von {base}",
        onboardingDevices: "Einrichtung {devices} × {price}",
        onboardingMinimum: "Mindestgebühr für die Einrichtung angewandt ({minimum})")
}
