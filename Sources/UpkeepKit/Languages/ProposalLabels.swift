/// The words of a proposal, and of the quote `upkeep quote` prints. `{name}`s are filled in.
public struct ProposalLabels: LabelTable {
    /// The page's title.
    public var pageTitle: String
    /// In the print margin.
    public var printFooter: String
    /// In the on-screen footer.
    public var fingerprint: String
    public var preparedFor: String
    public var date: String
    public var validUntil: String
    public var heading: String
    public var sincerely: String
    public var officeHeading: String
    public var officeWorkstations: String
    public var noServer: String
    public var officeVisits: String
    public var officeCalls: String
    public var officeTerm: String
    public var officeAskedFor: String
    public var computers: String
    public var count: String
    public var bought: String
    public var age: String
    public var ageYears: String
    public var underPlan: String
    public var kindWorkstations: String
    public var kindServer: String
    public var covered: String
    public var notCoveredOlder: String
    public var ageSurchargeEach: String
    public var boughtIn: String
    public var and: String
    public var notCoveredOne: String
    public var notCoveredMany: String
    public var optionsHeading: String
    public var recommended: String
    public var monthly: String
    public var onboardingOnce: String
    public var expectedMonthly: String
    public var supportMaintenance: String
    public var supportUnlimited: String
    public var response: String
    public var expectedNote: String
    public var why: String
    public var reasonCalls: String
    public var reasonLowest: String
    public var itemByItem: String
    public var everyMonth: String
    public var amount: String
    public var onceToSetUp: String
    public var roundingNote: String
    public var monthlyFee: String
    public var monthlyTotal: String
    public var onboardingFee: String
    public var onboardingTotal: String
    public var firstMonth: String
    public var whatItBuys: String
    public var firstTwelve: String
    public var breakFix: String
    public var expectedYear: String
    public var badYear: String
    public var aMonth: String
    public var sameEveryMonth: String
    public var downtime: String
    public var downtimeText: String
    public var range: String
    public var savingExpected: String
    public var savingBad: String
    public var sheetBefore: String
    public var sheetLink: String
    public var acceptance: String
    public var accepts: String
    public var optionalAddons: String
    public var monthlyEffect: String
    public var addonEffect: String
    public var withWithout: String
    public var forParty: String
    public var name: String
    public var signature: String
    public var signDate: String

    public static let english = ProposalLabels(
        pageTitle: "Proposal {number} for {client}",
        printFooter: "Proposal {number} · fingerprint {fingerprint}",
        fingerprint: "fingerprint",
        preparedFor: "Prepared for",
        date: "Date",
        validUntil: "Valid until",
        heading: "Managed IT services for {client}",
        sincerely: "Sincerely,",
        officeHeading: "Your office as we found it",
        officeWorkstations: "{count} workstations",
        noServer: "No server",
        officeVisits: "{count} scheduled visits a year",
        officeCalls: "about {count} support calls a month",
        officeTerm: "{months}-month agreement",
        officeAskedFor: "asked for: {services}",
        computers: "Computers",
        count: "Count",
        bought: "Bought",
        age: "Age",
        ageYears: "{age} y",
        underPlan: "Under the plan",
        kindWorkstations: "Workstations",
        kindServer: "Server",
        covered: "Covered",
        notCoveredOlder: "Not covered: older than {years} years",
        ageSurchargeEach: "Age surcharge {price} a month each",
        boughtIn: "{devices} bought in {year}",
        and: " and ",
        notCoveredOne: "{list} is older than {years} years and cannot be covered; we recommend replacing it. Until then, work on it is billed at our hourly rates.",
        notCoveredMany: "{list} are older than {years} years and cannot be covered; we recommend replacing them. Until then, work on them is billed at our hourly rates.",
        optionsHeading: "Your options",
        recommended: "Recommended",
        monthly: "Monthly",
        onboardingOnce: "Onboarding, once",
        expectedMonthly: "Expected a month",
        supportMaintenance: "Maintenance only",
        supportUnlimited: "Unlimited support",
        response: "{support} · response: {time}",
        expectedNote: "including about {calls} a month × {hours} h × {rate} billed by the hour",
        why: "Why we recommend {plan}.",
        reasonCalls: "It has the lowest expected monthly cost for your office, {amount}, counting about {calls} a month at {hours} h each ({callCost} a call), which maintenance-only plans bill by the hour.",
        reasonLowest: "It has the lowest monthly cost for your office, {amount}.",
        itemByItem: "{plan}, item by item",
        everyMonth: "Every month",
        amount: "Amount",
        onceToSetUp: "Once, to set up",
        roundingNote: "Every amount is rounded to the cent on its own line; totals add the lines as shown.",
        monthlyFee: "Monthly fee",
        monthlyTotal: "Monthly total",
        onboardingFee: "One-time onboarding fee",
        onboardingTotal: "Onboarding total",
        firstMonth: "First month: monthly total and onboarding",
        whatItBuys: "What {plan} buys",
        firstTwelve: "First 12 months, onboarding included",
        breakFix: "Break/fix",
        expectedYear: "An expected year",
        badYear: "A bad year",
        aMonth: "A month",
        sameEveryMonth: "the same every month",
        downtime: "Downtime",
        downtimeText: "about {breakFix} staff hours a year, against {managed}",
        range: "{low} to {high}",
        savingExpected: "In an expected first year, {plan} costs {amount} less than paying for repairs as things break.",
        savingBad: "In a bad year, {plan} costs {amount} less than paying for repairs as things break, and the fee stays the same.",
        sheetBefore: "Every figure and assumption: the",
        sheetLink: "comparison sheet",
        acceptance: "Acceptance",
        accepts: "{client} accepts this proposal for the plan and the add-ons ticked below, on the terms above.",
        optionalAddons: "Optional add-ons for {plan}",
        monthlyEffect: "Monthly effect",
        addonEffect: "+{amount} a month",
        withWithout: "{plan}: {without} a month without add-ons, {with} with all of them.",
        forParty: "For {party}",
        name: "Name",
        signature: "Signature",
        signDate: "Date")

    public static let german = ProposalLabels(
        pageTitle: "Angebot {number} für {client}",
        printFooter: "Angebot {number} · Fingerabdruck {fingerprint}",
        fingerprint: "Fingerabdruck",
        preparedFor: "Erstellt für",
        date: "Datum",
        validUntil: "Gültig bis",
        heading: "IT-Betreuung für {client}",
        sincerely: "Mit freundlichen Grüßen",
        officeHeading: "Ihr Büro, wie wir es vorgefunden haben",
        officeWorkstations: "{count} Arbeitsplätze",
        noServer: "Kein Server",
        officeVisits: "{count} geplante Besuche im Jahr",
        officeCalls: "etwa {count} Supportanrufe im Monat",
        officeTerm: "Vertrag über {months} Monate",
        officeAskedFor: "gewünscht: {services}",
        computers: "Computer",
        count: "Anzahl",
        bought: "Gekauft",
        age: "Alter",
        ageYears: "{age} J.",
        underPlan: "Im Vertrag",
        kindWorkstations: "Arbeitsplätze",
        kindServer: "Server",
        covered: "Abgedeckt",
        notCoveredOlder: "Nicht abgedeckt: älter als {years} Jahre",
        ageSurchargeEach: "Alterszuschlag {price} im Monat je Gerät",
        boughtIn: "{devices}, gekauft {year}",
        and: " und ",
        notCoveredOne: "{list} ist älter als {years} Jahre und kann nicht abgedeckt werden; wir empfehlen, es zu ersetzen. Bis dahin berechnen wir Arbeiten daran nach unseren Stundensätzen.",
        notCoveredMany: "{list} sind älter als {years} Jahre und können nicht abgedeckt werden; wir empfehlen, sie zu ersetzen. Bis dahin berechnen wir Arbeiten daran nach unseren Stundensätzen.",
        optionsHeading: "Ihre Möglichkeiten",
        recommended: "Empfohlen",
        monthly: "Monatlich",
        onboardingOnce: "Einrichtung, einmalig",
        expectedMonthly: "Erwartet im Monat",
        supportMaintenance: "Nur Wartung",
        supportUnlimited: "Unbegrenzter Support",
        response: "{support} · Reaktionszeit: {time}",
        expectedNote: "einschließlich etwa {calls} im Monat × {hours} Std. × {rate}, nach Stunden berechnet",
        why: "Warum wir {plan} empfehlen.",
        reasonCalls: "Er hat die niedrigsten erwarteten Monatskosten für Ihr Büro, {amount}, gerechnet mit etwa {calls} im Monat zu je {hours} Std. ({callCost} je Anruf), die Wartungsverträge nach Stunden berechnen.",
        reasonLowest: "Er hat die niedrigsten Monatskosten für Ihr Büro, {amount}.",
        itemByItem: "{plan}, Posten für Posten",
        everyMonth: "Jeden Monat",
        amount: "Betrag",
        onceToSetUp: "Einmalig, zur Einrichtung",
        roundingNote: "Jeder Betrag ist auf seiner Zeile auf den Cent gerundet; Summen addieren die Zeilen wie gezeigt.",
        monthlyFee: "Monatsgebühr",
        monthlyTotal: "Monatlich gesamt",
        onboardingFee: "Einmalige Einrichtungsgebühr",
        onboardingTotal: "Einrichtung gesamt",
        firstMonth: "Erster Monat: Monatsbetrag und Einrichtung",
        whatItBuys: "Was {plan} bringt",
        firstTwelve: "Erste 12 Monate, Einrichtung inbegriffen",
        breakFix: "Reparatur nach Bedarf",
        expectedYear: "Ein erwartetes Jahr",
        badYear: "Ein schlechtes Jahr",
        aMonth: "Ein Monat",
        sameEveryMonth: "jeden Monat gleich",
        downtime: "Ausfallzeit",
        downtimeText: "etwa {breakFix} Arbeitsstunden im Jahr, gegenüber {managed}",
        range: "{low} bis {high}",
        savingExpected: "In einem erwarteten ersten Jahr kostet {plan} {amount} weniger, als Reparaturen nach Bedarf zu bezahlen.",
        savingBad: "In einem schlechten Jahr kostet {plan} {amount} weniger, als Reparaturen nach Bedarf zu bezahlen, und die Gebühr bleibt gleich.",
        sheetBefore: "Alle Zahlen und Annahmen:",
        sheetLink: "Vergleichsblatt",
        acceptance: "Annahme",
        accepts: "{client} nimmt dieses Angebot für den Vertrag und die unten angekreuzten Zusatzleistungen zu den obigen Bedingungen an.",
        optionalAddons: "Optionale Zusatzleistungen zu {plan}",
        monthlyEffect: "Monatliche Wirkung",
        addonEffect: "+{amount} im Monat",
        withWithout: "{plan}: {without} im Monat ohne Zusatzleistungen, {with} mit allen.",
        forParty: "Für {party}",
        name: "Name",
        signature: "Unterschrift",
        signDate: "Datum")
}
