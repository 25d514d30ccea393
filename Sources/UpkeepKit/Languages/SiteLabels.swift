/// The words of the public pricing page and its page-not-found. `{name}`s are filled in.
public struct SiteLabels: LabelTable {
    /// The page's title.
    public var pageTitle: String
    public var description: String
    public var heading: String
    public var callToAction: String
    public var plans: String
    public var perWorkstation: String
    public var perServer: String
    public var included: String
    public var notIncluded: String
    public var monthCosts: String
    public var office: String
    public var officeWorkstations: String
    public var officeWithServer: String
    public var examplesNote: String
    public var examplesNoteTax: String
    public var examplesMinimum: String
    public var tailorHeading: String
    public var factorComputers: String
    public var volumeTier: String
    public var volumeTiers: String
    public var noVolumeTiers: String
    public var factorAge: String
    public var ageBracket: String
    public var ageMax: String
    public var ageRule: String
    public var noAgeSurcharge: String
    public var factorOften: String
    public var visitsRule: String
    public var callsRule: String
    public var noOftenCharge: String
    public var factorServices: String
    public var servicesRule: String
    public var factorServer: String
    public var serverRule: String
    public var factorSupport: String
    public var supportRule: String
    public var factorTerms: String
    public var minimumRule: String
    public var onboardingRule: String
    public var termRule: String
    public var addons: String
    public var service: String
    public var price: String
    public var perMonth: String
    public var perComputerMonth: String
    public var perWorkstationMonth: String
    public var perServerMonth: String
    public var ratesHeading: String
    public var rates: String
    public var compareBefore: String
    public var compareLink: String
    public var talkToUs: String
    public var notFoundTitle: String
    public var notFound: String
    public var homeLink: String
    public var navCalculator: String
    public var navQuestions: String
    public var navContact: String
    public var heroPrice: String
    public var heroPriceBeforeTax: String
    public var heroWhy: String
    public var heroPerComputer: String
    public var callButton: String
    public var emailButton: String
    public var contactButton: String
    public var recommendedBadge: String
    public var planMinimum: String
    public var calculatorHeading: String
    public var calculatorIntro: String
    public var calculatorNoScript: String
    public var computersLegend: String
    public var ageColumn: String
    public var workstationsColumn: String
    public var serversColumn: String
    public var ageAny: String
    public var ageUpTo: String
    public var ageBetween: String
    public var ageExactly: String
    public var ageOver: String
    public var ageOlder: String
    public var servicesLegend: String
    public var includedEverywhere: String
    public var visitsField: String
    public var callsField: String
    public var termField: String
    public var termOption: String
    public var quotesHeading: String
    public var recommendedForYou: String
    public var recommendReason: String
    public var expectedWithCalls: String
    public var notCovered: String
    public var optionalCell: String
    public var addonsIntro: String
    public var pricesAsOf: String

    public static let english = SiteLabels(
        pageTitle: "{shop}: managed IT plans and prices",
        description: "Plans and prices for looking after your office's computers for a fixed monthly fee: {plans}.",
        heading: "Managed IT for small offices",
        callToAction: "Call {phone} or write to {email} for a free look at your office and a proposal priced to it.",
        plans: "Plans",
        perWorkstation: "{price} per workstation a month",
        perServer: "{price} per server a month",
        included: "Included",
        notIncluded: "Not included",
        monthCosts: "What a month costs",
        office: "Office",
        officeWorkstations: "{count} workstations",
        officeWithServer: "{count} workstations and a server",
        examplesNote: "A month, for new computers on a {months}-month agreement without add-ons or scheduled visits.",
        examplesNoteTax: "A month, for new computers on a {months}-month agreement without add-ons or scheduled visits, tax included.",
        examplesMinimum: "An office that would cost less pays the minimum, {amount} a month.",
        tailorHeading: "How we tailor your price",
        factorComputers: "Number of computers",
        volumeTier: "{from} or more workstations: {rate} off",
        volumeTiers: "{tiers} the per-workstation price.",
        noVolumeTiers: "The same price per workstation whatever the size of the office.",
        factorAge: "Age of your computers",
        ageBracket: "older than {years} years: {price} a month each",
        ageMax: "computers older than {years} years cannot be covered",
        ageRule: "Computers {rules}.",
        noAgeSurcharge: "No surcharge for older computers.",
        factorOften: "How often you need us",
        visitsRule: "scheduled on-site visits {price} each, spread evenly over the months",
        callsRule: "on unlimited plans, more than {calls} calls a month: +{rate}",
        noOftenCharge: "No extra charge for visits or calls.",
        factorServices: "The services that matter to you",
        servicesRule: "Add-ons below, priced per computer or per month; some plans include them.",
        factorServer: "A server",
        serverRule: "Each server has its own monthly price in every plan: servers take more care.",
        factorSupport: "Maintenance only or unlimited support",
        supportRule: "Maintenance-only plans bill support calls by the hour; unlimited plans include them.",
        factorTerms: "Minimum, onboarding and agreement length",
        minimumRule: "The minimum monthly fee is {amount}",
        onboardingRule: "onboarding is {price} per computer once, at least {minimum}",
        termRule: "{months}-month agreements: {rate} off",
        addons: "Add-ons",
        service: "Service",
        price: "Price",
        perMonth: "{price} a month",
        perComputerMonth: "{price} per computer a month",
        perWorkstationMonth: "{price} per workstation a month",
        perServerMonth: "{price} per server a month",
        ratesHeading: "Without a plan: break/fix rates",
        rates: "Remote help {remote} an hour; on site {onsite} an hour plus a {trip} trip fee; after hours ×{multiplier}.",
        compareBefore: "What does paying as things break cost over a year, against a plan? See",
        compareLink: "break/fix or managed services, worked out for a typical office",
        talkToUs: "Talk to us",
        notFoundTitle: "Page not found",
        notFound: "There is no page here. Our {home} are on the home page, or call {phone} or write to {email}.",
        homeLink: "plans and prices",
        navCalculator: "Price your office",
        navQuestions: "Questions",
        navContact: "Contact",
        heroPrice: "From {price} a month",
        heroPriceBeforeTax: "From {price} a month before tax",
        heroWhy: "Our minimum of {minimum} a month covers up to {count} workstations on {plan}; each one more adds {price}.",
        heroPerComputer: "Priced per computer: {price} a workstation a month on {plan}.",
        callButton: "Call {phone}",
        emailButton: "E-mail us",
        contactButton: "Contact us online",
        recommendedBadge: "Most offices choose this",
        planMinimum: "Minimum {amount} a month for the whole office",
        calculatorHeading: "Price your office",
        calculatorIntro: "Tell us about your office and see every plan priced line by line from our price book, the way we price a proposal. Nothing you enter leaves this page.",
        calculatorNoScript: "The price calculator needs JavaScript. Every price it uses is on this page, and we are glad to quote your office by phone.",
        computersLegend: "Your computers, by age",
        ageColumn: "Age",
        workstationsColumn: "Workstations",
        serversColumn: "Servers",
        ageAny: "Any age",
        ageUpTo: "Up to {years} years old",
        ageBetween: "{from} to {to} years old",
        ageExactly: "{years} years old",
        ageOver: "Over {years} years old (not covered)",
        ageOlder: "Over {years} years old",
        servicesLegend: "Services you want",
        includedEverywhere: "Included in every plan",
        visitsField: "Scheduled on-site visits a year",
        callsField: "Support calls in a typical month",
        termField: "Agreement length",
        termOption: "{months} months",
        quotesHeading: "Every plan for your office",
        recommendedForYou: "Recommended for your office",
        recommendReason: "We recommend the plan that costs your office the least a month, counting support calls billed by the hour on maintenance-only plans.",
        expectedWithCalls: "With {calls} a month billed at {rate} an hour, expect about {amount} a month.",
        notCovered: "{devices} older than {years} years cannot be covered.",
        optionalCell: "Optional",
        addonsIntro: "Add any of these to a plan that does not include it.",
        pricesAsOf: "Prices as of {date}.")

    public static let german = SiteLabels(
        pageTitle: "{shop}: IT-Betreuung, Verträge und Preise",
        description: "Verträge und Preise für die Betreuung der Computer Ihres Büros zu einer festen Monatsgebühr: {plans}.",
        heading: "IT-Betreuung für kleine Büros",
        callToAction: "Rufen Sie an unter {phone} oder schreiben Sie an {email}: Wir sehen uns Ihr Büro kostenlos an und machen Ihnen ein Angebot, das zu ihm passt.",
        plans: "Verträge",
        perWorkstation: "{price} je Arbeitsplatz im Monat",
        perServer: "{price} je Server im Monat",
        included: "Enthalten",
        notIncluded: "Nicht enthalten",
        monthCosts: "Was ein Monat kostet",
        office: "Büro",
        officeWorkstations: "{count} Arbeitsplätze",
        officeWithServer: "{count} Arbeitsplätze und ein Server",
        examplesNote: "Ein Monat, für neue Computer mit einem Vertrag über {months} Monate, ohne Zusatzleistungen oder geplante Besuche.",
        examplesNoteTax: "Ein Monat, für neue Computer mit einem Vertrag über {months} Monate, ohne Zusatzleistungen oder geplante Besuche, Steuer inbegriffen.",
        examplesMinimum: "Ein Büro, das weniger kosten würde, zahlt die Mindestgebühr von {amount} im Monat.",
        tailorHeading: "Wie wir Ihren Preis zuschneiden",
        factorComputers: "Anzahl der Computer",
        volumeTier: "ab {from} Arbeitsplätzen: {rate} Rabatt",
        volumeTiers: "{tiers} auf den Preis je Arbeitsplatz.",
        noVolumeTiers: "Derselbe Preis je Arbeitsplatz, wie groß das Büro auch ist.",
        factorAge: "Alter Ihrer Computer",
        ageBracket: "älter als {years} Jahre: {price} im Monat je Gerät",
        ageMax: "Computer, die älter als {years} Jahre sind, können nicht abgedeckt werden",
        ageRule: "Computer {rules}.",
        noAgeSurcharge: "Kein Zuschlag für ältere Computer.",
        factorOften: "Wie oft Sie uns brauchen",
        visitsRule: "geplante Vor-Ort-Termine zu je {price}, gleichmäßig auf die Monate verteilt",
        callsRule: "bei unbegrenztem Support mehr als {calls} Anrufe im Monat: +{rate}",
        noOftenCharge: "Kein Aufpreis für Besuche oder Anrufe.",
        factorServices: "Die Leistungen, die Ihnen wichtig sind",
        servicesRule: "Zusatzleistungen unten, je Computer oder im Monat berechnet; manche Verträge enthalten sie.",
        factorServer: "Ein Server",
        serverRule: "Jeder Server hat in jedem Vertrag einen eigenen Monatspreis: Server brauchen mehr Pflege.",
        factorSupport: "Nur Wartung oder unbegrenzter Support",
        supportRule: "Wartungsverträge berechnen Supportanrufe nach Stunden; Verträge mit unbegrenztem Support enthalten sie.",
        factorTerms: "Mindestgebühr, Einrichtung und Vertragslaufzeit",
        minimumRule: "Die monatliche Mindestgebühr beträgt {amount}",
        onboardingRule: "die Einrichtung kostet einmalig {price} je Computer, mindestens {minimum}",
        termRule: "Verträge über {months} Monate: {rate} Rabatt",
        addons: "Zusatzleistungen",
        service: "Leistung",
        price: "Preis",
        perMonth: "{price} im Monat",
        perComputerMonth: "{price} je Computer im Monat",
        perWorkstationMonth: "{price} je Arbeitsplatz im Monat",
        perServerMonth: "{price} je Server im Monat",
        ratesHeading: "Ohne Vertrag: Sätze nach Bedarf",
        rates: "Hilfe per Fernwartung {remote} je Stunde; vor Ort {onsite} je Stunde zuzüglich {trip} Anfahrt; außerhalb der Geschäftszeiten ×{multiplier}.",
        compareBefore: "Was kosten Reparaturen nach Bedarf im Jahr, verglichen mit einem Vertrag? Siehe",
        compareLink: "Reparatur nach Bedarf oder IT-Betreuung, durchgerechnet für ein typisches Büro",
        talkToUs: "Sprechen Sie mit uns",
        notFoundTitle: "Seite nicht gefunden",
        notFound: "Hier gibt es keine Seite. Unsere {home} stehen auf der Startseite, oder rufen Sie an unter {phone} oder schreiben Sie an {email}.",
        homeLink: "Verträge und Preise",
        navCalculator: "Ihr Büro berechnen",
        navQuestions: "Fragen",
        navContact: "Kontakt",
        heroPrice: "Ab {price} im Monat",
        heroPriceBeforeTax: "Ab {price} im Monat zuzüglich Steuer",
        heroWhy: "Unsere Mindestgebühr von {minimum} im Monat deckt bis zu {count} Arbeitsplätze im Vertrag {plan}; jeder weitere kostet {price}.",
        heroPerComputer: "Berechnet je Computer: {price} je Arbeitsplatz im Monat im Vertrag {plan}.",
        callButton: "Anrufen: {phone}",
        emailButton: "E-Mail schreiben",
        contactButton: "Online Kontakt aufnehmen",
        recommendedBadge: "Von den meisten Büros gewählt",
        planMinimum: "Mindestens {amount} im Monat für das ganze Büro",
        calculatorHeading: "Berechnen Sie Ihr Büro",
        calculatorIntro: "Beschreiben Sie Ihr Büro und sehen Sie jeden Vertrag Posten für Posten aus unserer Preisliste berechnet, so wie wir ein Angebot berechnen. Ihre Angaben verlassen diese Seite nicht.",
        calculatorNoScript: "Der Preisrechner braucht JavaScript. Alle Preise, die er verwendet, stehen auf dieser Seite, und wir berechnen Ihr Büro gern am Telefon.",
        computersLegend: "Ihre Computer nach Alter",
        ageColumn: "Alter",
        workstationsColumn: "Arbeitsplätze",
        serversColumn: "Server",
        ageAny: "Jedes Alter",
        ageUpTo: "Bis {years} Jahre alt",
        ageBetween: "{from} bis {to} Jahre alt",
        ageExactly: "{years} Jahre alt",
        ageOver: "Über {years} Jahre alt (nicht abgedeckt)",
        ageOlder: "Über {years} Jahre alt",
        servicesLegend: "Gewünschte Leistungen",
        includedEverywhere: "In jedem Vertrag enthalten",
        visitsField: "Geplante Vor-Ort-Termine im Jahr",
        callsField: "Supportanrufe in einem üblichen Monat",
        termField: "Vertragslaufzeit",
        termOption: "{months} Monate",
        quotesHeading: "Jeder Vertrag für Ihr Büro",
        recommendedForYou: "Für Ihr Büro empfohlen",
        recommendReason: "Wir empfehlen den Vertrag, der Ihr Büro im Monat am wenigsten kostet, Supportanrufe eingerechnet, die bei reinen Wartungsverträgen nach Stunden berechnet werden.",
        expectedWithCalls: "Mit {calls} im Monat zu {rate} je Stunde rechnen Sie mit etwa {amount} im Monat.",
        notCovered: "{devices} älter als {years} Jahre können nicht abgedeckt werden.",
        optionalCell: "Wählbar",
        addonsIntro: "Jede dieser Leistungen lässt sich zu einem Vertrag hinzufügen, der sie nicht enthält.",
        pricesAsOf: "Preise vom {date}.")
}
