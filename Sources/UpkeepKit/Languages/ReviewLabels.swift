/// The words of a client's quarterly review. `{name}`s are filled in.
public struct ReviewLabels: LabelTable {
    /// The page's title.
    public var pageTitle: String
    /// In the print margin.
    public var printFooter: String
    public var preparedFor: String
    public var period: String
    /// `July–September 2026`
    public var quarterName: String
    public var plan: String
    public var heading: String
    public var incidents: String
    public var hours: String
    public var afterHours: String
    public var coveredValue: String
    public var valueSentence: String
    public var billedSentence: String
    public var monthByMonth: String
    public var month: String
    public var incidentsShort: String
    public var coveredHours: String
    public var billedHours: String
    public var afterHoursShort: String
    public var fees: String
    public var total: String
    public var chartTitle: String
    public var legendCovered: String
    public var legendBilled: String
    public var devicesHeading: String
    public var devicesIntro: String
    public var devicesIntroNoMax: String
    public var computers: String
    public var count: String
    public var bought: String
    public var age: String
    public var ageYears: String
    public var nextYear: String
    public var replacingSaves: String
    public var kindWorkstations: String
    public var kindServer: String
    public var outOfCoverage: String
    public var leavesCoverage: String
    public var newSurcharge: String
    public var sameSurcharge: String
    public var noChange: String
    public var perMonth: String
    public var roadmap: String
    public var roadmapNone: String

    public static let english = ReviewLabels(
        pageTitle: "Quarterly review {quarter}: {client}",
        printFooter: "Quarterly review {quarter} · {client}",
        preparedFor: "Prepared for",
        period: "Period",
        quarterName: "{from}–{to} {year}",
        plan: "Plan",
        heading: "Your quarter with us",
        incidents: "Problems we handled",
        hours: "Hours of work",
        afterHours: "Help after hours",
        coveredValue: "Covered work at our hourly rates",
        valueSentence: "Your fees for the quarter came to {fees}. The work your plan covered would have cost {value} at our hourly rates, trip fees included.",
        billedSentence: "Work outside your plan was billed by the hour: {amount}.",
        monthByMonth: "Month by month",
        month: "Month",
        incidentsShort: "Problems",
        coveredHours: "Hours covered",
        billedHours: "Hours billed",
        afterHoursShort: "After hours",
        fees: "Fees",
        total: "The quarter",
        chartTitle: "Hours of work each month, covered by your plan and billed",
        legendCovered: "Covered",
        legendBilled: "Billed",
        devicesHeading: "Your computers, and next year",
        devicesIntro: "Older computers cost more to look after: our prices add a surcharge past certain ages, and we cannot cover a computer older than {years} years.",
        devicesIntroNoMax: "Older computers cost more to look after: our prices add a surcharge past certain ages.",
        computers: "Computers",
        count: "Count",
        bought: "Bought",
        age: "Age",
        ageYears: "{age} y",
        nextYear: "Next year",
        replacingSaves: "Replacing saves",
        kindWorkstations: "Workstations",
        kindServer: "Server",
        outOfCoverage: "Too old to cover: work on it is billed by the hour",
        leavesCoverage: "Becomes too old to cover",
        newSurcharge: "Age surcharge rises to {price} a month each",
        sameSurcharge: "Age surcharge stays {price} a month each",
        noChange: "No change",
        perMonth: "{amount} a month",
        roadmap: "Replacing the computers that carry a surcharge next year would save {amount} a month.",
        roadmapNone: "None of your computers carries an age surcharge next year.")

    public static let german = ReviewLabels(
        pageTitle: "Quartalsbericht {quarter}: {client}",
        printFooter: "Quartalsbericht {quarter} · {client}",
        preparedFor: "Erstellt für",
        period: "Zeitraum",
        quarterName: "{from}–{to} {year}",
        plan: "Vertrag",
        heading: "Ihr Quartal mit uns",
        incidents: "Gelöste Probleme",
        hours: "Arbeitsstunden",
        afterHours: "Hilfe außerhalb der Geschäftszeiten",
        coveredValue: "Abgedeckte Arbeit zu unseren Stundensätzen",
        valueSentence: "Ihre Gebühren für das Quartal betrugen {fees}. Die Arbeit, die Ihr Vertrag abdeckte, hätte zu unseren Stundensätzen {value} gekostet, Anfahrten eingeschlossen.",
        billedSentence: "Arbeit außerhalb Ihres Vertrags wurde nach Stunden berechnet: {amount}.",
        monthByMonth: "Monat für Monat",
        month: "Monat",
        incidentsShort: "Probleme",
        coveredHours: "Stunden abgedeckt",
        billedHours: "Stunden berechnet",
        afterHoursShort: "Außerhalb",
        fees: "Gebühren",
        total: "Das Quartal",
        chartTitle: "Arbeitsstunden je Monat, abgedeckt und berechnet",
        legendCovered: "Abgedeckt",
        legendBilled: "Berechnet",
        devicesHeading: "Ihre Computer und das nächste Jahr",
        devicesIntro: "Ältere Computer brauchen mehr Pflege: Ab bestimmten Altersstufen kommt ein Zuschlag hinzu, und einen Computer, der älter als {years} Jahre ist, können wir nicht abdecken.",
        devicesIntroNoMax: "Ältere Computer brauchen mehr Pflege: Ab bestimmten Altersstufen kommt ein Zuschlag hinzu.",
        computers: "Computer",
        count: "Anzahl",
        bought: "Gekauft",
        age: "Alter",
        ageYears: "{age} J.",
        nextYear: "Nächstes Jahr",
        replacingSaves: "Ersetzen spart",
        kindWorkstations: "Arbeitsplätze",
        kindServer: "Server",
        outOfCoverage: "Zu alt für den Vertrag: Arbeit daran wird nach Stunden berechnet",
        leavesCoverage: "Wird zu alt für den Vertrag",
        newSurcharge: "Alterszuschlag steigt auf {price} im Monat je Gerät",
        sameSurcharge: "Alterszuschlag bleibt bei {price} im Monat je Gerät",
        noChange: "Keine Änderung",
        perMonth: "{amount} im Monat",
        roadmap: "Computer zu ersetzen, die nächstes Jahr einen Zuschlag tragen, würde {amount} im Monat sparen.",
        roadmapNone: "Keiner Ihrer Computer trägt nächstes Jahr einen Alterszuschlag.")
}
