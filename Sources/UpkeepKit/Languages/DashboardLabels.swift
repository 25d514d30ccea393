/// The words of the private dashboard. `{name}`s are filled in.
public struct DashboardLabels: LabelTable {
    /// The page's title.
    public var pageTitle: String
    public var heading: String
    public var asOf: String
    public var publicSite: String
    public var monthlyRecurring: String
    public var yearAtRate: String
    public var contractsInForce: String
    public var predictable: String
    public var chartCaption: String
    public var chartTitle: String
    public var revenueByMonth: String
    public var month: String
    public var recurring: String
    public var breakFix: String
    public var recurringShare: String
    public var hardware: String
    public var endingHeading: String
    public var client: String
    public var plan: String
    public var date: String
    public var daysLeft: String
    public var none: String
    public var ends: String
    public var termEnds: String
    public var overdueHeading: String
    public var amountDue: String
    public var pastDue: String
    public var oldest: String
    public var latestStatement: String
    public var noneOverdue: String
    public var days1to30: String
    public var days31to60: String
    public var days61to90: String
    public var over90: String
    public var prospects: String
    public var activeClients: String
    public var formerClients: String
    public var computers: String
    public var planToday: String
    public var balance: String
    public var documents: String
    public var noContract: String
    public var proposal: String
    public var comparison: String
    public var legendRecurring: String
    public var legendBreakFix: String
    public var worthHeading: String
    public var worthIntro: String
    public var worthTarget: String
    public var fees: String
    public var billedWork: String
    public var charges: String
    public var hours: String
    public var hoursValue: String
    public var effectiveRate: String
    public var coveredValue: String
    public var noHours: String
    public var belowTarget: String
    public var receivablesHeading: String
    public var receivablesTotal: String
    public var current: String
    public var proposalsHeading: String
    public var number: String
    public var monthly: String
    public var validUntil: String
    public var noProposals: String
    public var upsellHeading: String
    public var upsellIntro: String
    public var spent: String
    public var planYear: String
    public var verdict: String
    public var offer: String
    public var notYet: String
    public var noBreakFix: String
    /// Under a table that lists some of its rows (`DashboardView.rowLimit`).
    public var largestShown: String
    public var firstShown: String
    /// After either, `{file}` a link to `exports/clients.csv`.
    public var everyClient: String

    public static let english = DashboardLabels(
        pageTitle: "{shop}: dashboard",
        heading: "Dashboard",
        asOf: "As of {date}. This folder holds client data: never publish it.",
        publicSite: "The public site",
        monthlyRecurring: "Monthly recurring revenue",
        yearAtRate: "A year at this rate",
        contractsInForce: "Contracts in force",
        predictable: "How predictable the income is",
        chartCaption: "Revenue billed each month: contract fees against billed break/fix work.",
        chartTitle: "Recurring and break/fix revenue, the 12 months to {month}",
        revenueByMonth: "Revenue by month",
        month: "Month",
        recurring: "Recurring",
        breakFix: "Break/fix",
        recurringShare: "Recurring share",
        hardware: "Hardware and projects",
        endingHeading: "Contracts renewing or ending in the next {days} days",
        client: "Client",
        plan: "Plan",
        date: "Date",
        daysLeft: "Days left",
        none: "None.",
        ends: "Ends",
        termEnds: "End of the {months}-month term; renews month to month",
        overdueHeading: "Overdue balances",
        amountDue: "Amount due",
        pastDue: "Past due",
        oldest: "Oldest",
        latestStatement: "Latest statement",
        noneOverdue: "None: everyone has paid what is due.",
        days1to30: "1–30 days",
        days31to60: "31–60 days",
        days61to90: "61–90 days",
        over90: "over 90 days",
        prospects: "Prospects",
        activeClients: "Active clients",
        formerClients: "Former clients",
        computers: "Computers",
        planToday: "Plan today",
        balance: "Balance",
        documents: "Documents",
        noContract: "No contract",
        proposal: "Proposal",
        comparison: "Break/fix comparison",
        legendRecurring: "Recurring (contracts)",
        legendBreakFix: "Break/fix (billed work)",
        worthHeading: "What each client is worth, the 12 months to {month}",
        worthIntro: "Fees and billed work ÷ all hours worked, covered or billed, before tax. Covered work is valued at your hourly rates, trip fees included.",
        worthTarget: "Your target: {rate} an hour (target_hourly_rate in business.md).",
        fees: "Fees",
        billedWork: "Billed work",
        charges: "Charges",
        hours: "Hours covered + billed",
        hoursValue: "{covered} + {billed} h",
        effectiveRate: "Paid an hour",
        coveredValue: "Covered work at hourly rates",
        noHours: "no work",
        belowTarget: "below target",
        receivablesHeading: "Receivables",
        receivablesTotal: "Clients owe {amount} in all, as their latest statements age it:",
        current: "Current",
        proposalsHeading: "Open proposals",
        number: "Proposal",
        monthly: "Monthly",
        validUntil: "Valid until",
        noProposals: "None.",
        upsellHeading: "Break/fix clients a plan would suit",
        upsellIntro: "Billed work in the 12 months, against 12 months of the plan Upkeep would recommend them (fees before tax; onboarding apart).",
        spent: "Billed work",
        planYear: "The plan, 12 months",
        verdict: "Verdict",
        offer: "Offer {plan}: {amount} less a year, onboarding {onboarding} once",
        notYet: "Not yet: {plan} would cost {amount} more a year",
        noBreakFix: "None: every active client has a contract.",
        largestShown: "The {shown} largest of {count}.",
        firstShown: "The first {shown} of {count}.",
        everyClient: "Every client is in {file}.")

    public static let german = DashboardLabels(
        pageTitle: "{shop}: Übersicht",
        heading: "Übersicht",
        asOf: "Stand {date}. Dieser Ordner enthält Kundendaten: nie veröffentlichen.",
        publicSite: "Die öffentliche Website",
        monthlyRecurring: "Monatlich wiederkehrender Umsatz",
        yearAtRate: "Ein Jahr bei diesem Stand",
        contractsInForce: "Laufende Verträge",
        predictable: "Wie planbar die Einnahmen sind",
        chartCaption: "Jeden Monat berechneter Umsatz: Vertragsgebühren gegenüber berechneten Arbeiten nach Bedarf.",
        chartTitle: "Wiederkehrender Umsatz und Umsatz nach Bedarf, die 12 Monate bis {month}",
        revenueByMonth: "Umsatz nach Monaten",
        month: "Monat",
        recurring: "Wiederkehrend",
        breakFix: "Nach Bedarf",
        recurringShare: "Anteil wiederkehrend",
        hardware: "Hardware und Projekte",
        endingHeading: "Verträge, die sich in den nächsten {days} Tagen verlängern oder enden",
        client: "Kunde",
        plan: "Vertrag",
        date: "Datum",
        daysLeft: "Tage übrig",
        none: "Keine.",
        ends: "Endet",
        termEnds: "Ende der Laufzeit von {months} Monaten; verlängert sich monatlich",
        overdueHeading: "Überfällige Salden",
        amountDue: "Zu zahlen",
        pastDue: "Überfällig",
        oldest: "Älteste",
        latestStatement: "Letzter Kontoauszug",
        noneOverdue: "Keine: alle haben bezahlt, was fällig ist.",
        days1to30: "1–30 Tage",
        days31to60: "31–60 Tage",
        days61to90: "61–90 Tage",
        over90: "über 90 Tage",
        prospects: "Interessenten",
        activeClients: "Aktive Kunden",
        formerClients: "Ehemalige Kunden",
        computers: "Computer",
        planToday: "Vertrag heute",
        balance: "Saldo",
        documents: "Dokumente",
        noContract: "Kein Vertrag",
        proposal: "Angebot",
        comparison: "Vergleich mit Reparatur nach Bedarf",
        legendRecurring: "Wiederkehrend (Verträge)",
        legendBreakFix: "Nach Bedarf (berechnete Arbeit)",
        worthHeading: "Was jeder Kunde wert ist, die 12 Monate bis {month}",
        worthIntro: "Gebühren und berechnete Arbeit ÷ alle geleisteten Stunden, abgedeckt oder berechnet, vor Steuer. Abgedeckte Arbeit ist zu Ihren Stundensätzen bewertet, Anfahrten eingeschlossen.",
        worthTarget: "Ihr Ziel: {rate} je Stunde (target_hourly_rate in business.md).",
        fees: "Gebühren",
        billedWork: "Berechnete Arbeit",
        charges: "Posten",
        hours: "Stunden abgedeckt + berechnet",
        hoursValue: "{covered} + {billed} Std.",
        effectiveRate: "Bezahlt je Stunde",
        coveredValue: "Abgedeckte Arbeit zu Stundensätzen",
        noHours: "keine Arbeit",
        belowTarget: "unter dem Ziel",
        receivablesHeading: "Forderungen",
        receivablesTotal: "Kunden schulden insgesamt {amount}, nach dem Alter laut ihrem letzten Kontoauszug:",
        current: "Nicht fällig",
        proposalsHeading: "Offene Angebote",
        number: "Angebot",
        monthly: "Monatlich",
        validUntil: "Gültig bis",
        noProposals: "Keine.",
        upsellHeading: "Kunden nach Bedarf, denen ein Vertrag passen würde",
        upsellIntro: "Berechnete Arbeit der 12 Monate gegenüber 12 Monaten des Vertrags, den Upkeep ihnen empfehlen würde (Gebühren vor Steuer; Einrichtung extra).",
        spent: "Berechnete Arbeit",
        planYear: "Der Vertrag, 12 Monate",
        verdict: "Ergebnis",
        offer: "{plan} anbieten: {amount} weniger im Jahr, Einrichtung einmalig {onboarding}",
        notYet: "Noch nicht: {plan} würde {amount} mehr im Jahr kosten",
        noBreakFix: "Keine: jeder aktive Kunde hat einen Vertrag.",
        largestShown: "Die {shown} größten von {count}.",
        firstShown: "Die ersten {shown} von {count}.",
        everyClient: "Alle Kunden stehen in {file}.")
}
