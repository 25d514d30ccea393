/// The words of `upkeep preview`, on its page and in the terminal. `{name}`s are filled in.
public struct PreviewLabels: LabelTable {
    /// The page's title.
    public var pageTitle: String
    public var heading: String
    public var intro: String
    public var terminalHeading: String
    public var client: String
    public var change: String
    public var allClients: String
    public var noChange: String
    public var flagsHeading: String
    public var contractFees: String
    public var fromDay: String
    public var partMonth: String
    public var daysOf: String
    public var billedInPeriods: String
    public var wasPartMonth: String
    public var noFeeIn: String
    public var noFeeBefore: String
    public var noContract: String
    public var onboarding: String
    public var billedWork: String
    public var billedEntry: String
    public var billedEntries: String
    public var charges: String
    public var credits: String
    public var tax: String
    public var planChange: String
    public var workstationsChange: String
    public var serversChange: String
    public var addonsChange: String
    public var noAddons: String
    public var surchargesChange: String
    public var pricesChange: String
    public var feeDropped: String
    public var contractEnds: String
    public var termEnds: String
    public var coversMore: String
    public var uncoveredWork: String
    public var workEntry: String
    public var workEntries: String
    public var unassertedPayments: String
    public var noRows: String

    public static let english = PreviewLabels(
        pageTitle: "Preview of {month}",
        heading: "What {month} bills",
        intro: "Each client's new charges and tax, less credits, against {month}, the largest changes first, with the reasons. Check them before the statements go out.",
        terminalHeading: "What {month} bills, against {previous}",
        client: "Client",
        change: "Change",
        allClients: "All clients above",
        noChange: "No client's bill changes from {month}.",
        flagsHeading: "To look at before sending",
        contractFees: "contract fees {before} → {now}",
        fromDay: "from {day}: {change}",
        partMonth: "a part month ({part})",
        daysOf: "{days} of {of} days",
        billedInPeriods: "{month} was billed in {count} periods",
        wasPartMonth: "{month} was a part month ({part})",
        noFeeIn: "no contract fee in {month}",
        noFeeBefore: "no contract fee the month before",
        noContract: "no contract in force",
        onboarding: "onboarding {before} → {now}",
        billedWork: "billed work {before} → {now} ({entries} this month)",
        billedEntry: "{count} billed entry",
        billedEntries: "{count} billed entries",
        charges: "charges {before} → {now}",
        credits: "credits {before} → {now}",
        tax: "tax {before} → {now}",
        planChange: "plan {before} → {now}",
        workstationsChange: "workstations {before} → {now}",
        serversChange: "servers {before} → {now}",
        addonsChange: "add-ons {before} → {now}",
        noAddons: "none",
        surchargesChange: "age surcharges {before} → {now}",
        pricesChange: "prices {before} → {now}",
        feeDropped: "the contract fee dropped to {zero} (it was {before})",
        contractEnds: "the contract ends on {date}",
        termEnds: "the contract's {months}-month term ends on {date}; it then runs month to month",
        coversMore: "the contract covers {covered} {kind}, but {file} lists {listed}: the other {extra} are priced as new; list them with the year they were bought",
        uncoveredWork: "{entries} with no contract in force, billed at the hourly rates",
        workEntry: "{count} work entry",
        workEntries: "{count} work entries",
        unassertedPayments: "payments this month but no balance asserted to check them against",
        noRows: "(no client's bill changes)")

    public static let german = PreviewLabels(
        pageTitle: "Vorschau auf {month}",
        heading: "Was {month} berechnet",
        intro: "Die neuen Posten und die Steuer jedes Kunden, abzüglich Gutschriften, gegenüber {month}, die größten Änderungen zuerst, mit den Gründen. Prüfen Sie sie, bevor die Kontoauszüge hinausgehen.",
        terminalHeading: "Was {month} berechnet, gegenüber {previous}",
        client: "Kunde",
        change: "Änderung",
        allClients: "Alle Kunden oben",
        noChange: "Bei keinem Kunden ändert sich die Rechnung gegenüber {month}.",
        flagsHeading: "Vor dem Versand ansehen",
        contractFees: "Vertragsgebühren {before} → {now}",
        fromDay: "ab {day}: {change}",
        partMonth: "ein angebrochener Monat ({part})",
        daysOf: "{days} von {of} Tagen",
        billedInPeriods: "{month} wurde in {count} Abschnitten berechnet",
        wasPartMonth: "{month} war ein angebrochener Monat ({part})",
        noFeeIn: "keine Vertragsgebühr im {month}",
        noFeeBefore: "keine Vertragsgebühr im Vormonat",
        noContract: "kein laufender Vertrag",
        onboarding: "Einrichtung {before} → {now}",
        billedWork: "berechnete Arbeit {before} → {now} ({entries} in diesem Monat)",
        billedEntry: "{count} berechneter Eintrag",
        billedEntries: "{count} berechnete Einträge",
        charges: "Posten {before} → {now}",
        credits: "Gutschriften {before} → {now}",
        tax: "Steuer {before} → {now}",
        planChange: "Vertrag {before} → {now}",
        workstationsChange: "Arbeitsplätze {before} → {now}",
        serversChange: "Server {before} → {now}",
        addonsChange: "Zusatzleistungen {before} → {now}",
        noAddons: "keine",
        surchargesChange: "Alterszuschläge {before} → {now}",
        pricesChange: "Preise {before} → {now}",
        feeDropped: "die Vertragsgebühr ist auf {zero} gefallen (sie war {before})",
        contractEnds: "der Vertrag endet am {date}",
        termEnds: "die Laufzeit des Vertrags von {months} Monaten endet am {date}; danach läuft er monatlich weiter",
        coversMore: "der Vertrag deckt {covered} {kind} ab, aber {file} nennt {listed}: die übrigen {extra} werden wie neue berechnet; tragen Sie sie mit ihrem Kaufjahr ein",
        uncoveredWork: "{entries} ohne laufenden Vertrag, nach Stundensätzen berechnet",
        workEntry: "{count} Arbeitseintrag",
        workEntries: "{count} Arbeitseinträge",
        unassertedPayments: "Zahlungen in diesem Monat, aber kein Saldo, gegen den sie geprüft werden",
        noRows: "(bei keinem Kunden ändert sich die Rechnung)")
}
