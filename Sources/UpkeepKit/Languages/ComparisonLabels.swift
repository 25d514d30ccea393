/// The words of the break/fix comparison sheet and of a proposal's verdict. `{name}`s are filled in.
public struct ComparisonLabels: LabelTable {
    /// The page's title.
    public var pageTitle: String
    public var description: String
    public var plansAndPrices: String
    public var heading: String
    public var lead: String
    public var period: String
    public var breakFixExpected: String
    public var managedPlan: String
    public var difference: String
    public var months: String
    public var managedSaves: String
    public var managedCostsMore: String
    public var headlineSaves: String
    public var headlinePlainly: String
    public var headlineFixed: String
    public var breakEvenFirst: String
    public var breakEvenMonth: String
    public var breakEvenLater: String
    public var breakEvenNever: String
    public var chartCaption: String
    public var chartTitle: String
    public var axisMonths: String
    public var axisTotalCost: String
    public var seriesManaged: String
    public var seriesBad: String
    public var seriesExpected: String
    public var seriesQuiet: String
    public var monthByMonth: String
    public var monthByMonthText: String
    public var month: String
    public var breakFix: String
    public var managed: String
    public var howMade: String
    public var figure: String
    public var value: String
    public var source: String
    public var breakFixTypical: String
    public var managedTypical: String
    public var aYear: String
    public var onboardingOnce: String
    public var sourceHistory: String
    public var sourceAssumption: String
    public var sourceRates: String
    public var incidentsPerDeviceAged: String
    public var incidentsPerDeviceOlder: String
    public var perDevice: String
    public var incidentsAYear: String
    public var hoursPerIncident: String
    public var shareOnsite: String
    public var shareAfterHours: String
    public var ratesName: String
    public var afterHoursMultiplier: String
    public var downtimePerIncident: String
    public var downtimeValue: String
    public var prevented: String
    public var quietBad: String
    public var quietBadValue: String
    public var workEntry: String
    public var workEntries: String
    public var last12Months: String
    public var lastDays: String
    public var historyFrom: String
    public var underContract: String
    public var incidentsScaled: String
    public var incidentsCounted: String
    public var remoteRepairs: String
    public var onsiteRepairs: String
    public var tripFees: String
    public var afterHours: String
    public var downtime: String
    public var planFee: String

    public static let english = ComparisonLabels(
        pageTitle: "Break/fix or managed services: {subject}",
        description: "What computer support costs {subject} a year: paying as things break, or a fixed monthly fee.",
        plansAndPrices: "Plans and prices",
        heading: "Break/fix or managed services",
        lead: "{subject}: paying for repairs as things break, against {plan} ({support}). Parts and hardware are left out of both sides.",
        period: "Period",
        breakFixExpected: "Break/fix, expected",
        managedPlan: "Managed: {plan}",
        difference: "Difference",
        months: "{months} months",
        managedSaves: "Managed saves {amount}",
        managedCostsMore: "Managed costs {amount} more",
        headlineSaves: "Over three years, {plan} would cost about {amount} less than paying for repairs as things break, and the same every month.",
        headlinePlainly: "Over three years, {plan} would cost about {amount} more than paying for repairs as things break. What the difference buys is a fixed monthly bill and fewer interruptions, not a saving.",
        headlineFixed: "Over three years, {plan} would cost {managed} against an expected {breakFix} for repairs as things break; in return the monthly fee is fixed, and fewer things break.",
        breakEvenFirst: "Managed services cost less from the first month.",
        breakEvenMonth: "Managed services have paid for their onboarding and cost less in total from month {month} on.",
        breakEvenLater: "Managed services would cost less in total only after {months} months.",
        breakEvenNever: "At these figures managed services never cost less in total than break/fix.",
        chartCaption: "Total cost month by month. Break/fix is shown for an expected, a quiet and a bad year; the managed line starts with onboarding and then rises evenly.",
        chartTitle: "Total cost over 36 months, break/fix against {plan}",
        axisMonths: "Months",
        axisTotalCost: "Total cost ({currency})",
        seriesManaged: "Managed: {plan}",
        seriesBad: "Break/fix, bad year",
        seriesExpected: "Break/fix, expected",
        seriesQuiet: "Break/fix, quiet year",
        monthByMonth: "A year month by month",
        monthByMonthText: "Repairs come when something breaks: in a typical year of {incidents} incidents some months cost nothing and others a lot. A quiet year costs about {quiet}, a typical one {typical}, a bad one {bad}. Under {plan} the same years cost {managedQuiet}, and {managedBad} after onboarding.",
        month: "Month",
        breakFix: "Break/fix",
        managed: "Managed",
        howMade: "How the figures are made",
        figure: "Figure",
        value: "Value",
        source: "Source",
        breakFixTypical: "Break/fix, a typical year",
        managedTypical: "Managed, a typical year",
        aYear: "A year",
        onboardingOnce: "Onboarding, once, in the first month",
        sourceHistory: "your last 12 months",
        sourceAssumption: "assumption",
        sourceRates: "our rates",
        incidentsPerDeviceAged: "Incidents a year per device {from}–{to} years old",
        incidentsPerDeviceOlder: "Incidents a year per device {from} years and older",
        perDevice: "{rate} × {devices}",
        incidentsAYear: "Incidents a year",
        hoursPerIncident: "Hours per incident",
        shareOnsite: "Share fixed on site",
        shareAfterHours: "Share after hours",
        ratesName: "Remote rate / on-site rate / trip fee",
        afterHoursMultiplier: "After-hours multiplier",
        downtimePerIncident: "Downtime per incident",
        downtimeValue: "{staff} staff × {hours} h × {cost} a staff hour",
        prevented: "Incidents managed services prevent",
        quietBad: "A quiet year / a bad year",
        quietBadValue: "{quiet} / {bad} of the expected incidents",
        workEntry: "{count} work entry",
        workEntries: "{count} work entries",
        last12Months: "the last 12 months",
        lastDays: "the last {days} days (all the ledger has)",
        historyFrom: "Incidents, hours, on-site and after-hours shares come from your {entries} of {period}; the other figures are assumptions.",
        underContract: "{count} of them came while our contract was already preventing {share} of incidents, so without it they count as {count} ÷ (1 − {share}).",
        incidentsScaled: "Incidents a year: {count} × 365 ÷ {days} = {result}.",
        incidentsCounted: "Incidents a year: {count} = {result}.",
        remoteRepairs: "Remote repairs: {incidents} incidents × {share} × {hours} h × {rate}",
        onsiteRepairs: "On-site repairs: {incidents} incidents × {share} × {hours} h × {rate}",
        tripFees: "Trip fees: {incidents} incidents × {share} on site × {fee}",
        afterHours: "After hours: {share} of {base} at ×{multiplier} (+{extra})",
        downtime: "Downtime: {incidents} incidents × {staff} staff × {hours} h × {cost}",
        planFee: "{plan}: {monthly} a month × 12")

    public static let german = ComparisonLabels(
        pageTitle: "Reparatur nach Bedarf oder IT-Betreuung: {subject}",
        description: "Was Computer-Support {subject} im Jahr kostet: Reparaturen nach Bedarf oder eine feste Monatsgebühr.",
        plansAndPrices: "Verträge und Preise",
        heading: "Reparatur nach Bedarf oder IT-Betreuung",
        lead: "{subject}: Reparaturen bezahlen, wenn etwas kaputtgeht, gegenüber {plan} ({support}). Teile und Hardware sind auf beiden Seiten nicht enthalten.",
        period: "Zeitraum",
        breakFixExpected: "Nach Bedarf, erwartet",
        managedPlan: "Betreuung: {plan}",
        difference: "Unterschied",
        months: "{months} Monate",
        managedSaves: "Betreuung spart {amount}",
        managedCostsMore: "Betreuung kostet {amount} mehr",
        headlineSaves: "Über drei Jahre würde {plan} etwa {amount} weniger kosten, als Reparaturen nach Bedarf zu bezahlen, und jeden Monat gleich viel.",
        headlinePlainly: "Über drei Jahre würde {plan} etwa {amount} mehr kosten, als Reparaturen nach Bedarf zu bezahlen. Der Unterschied bringt eine feste Monatsrechnung und weniger Unterbrechungen, keine Ersparnis.",
        headlineFixed: "Über drei Jahre würde {plan} {managed} kosten, gegenüber erwarteten {breakFix} für Reparaturen nach Bedarf; dafür ist die Monatsgebühr fest, und es geht weniger kaputt.",
        breakEvenFirst: "IT-Betreuung kostet ab dem ersten Monat weniger.",
        breakEvenMonth: "IT-Betreuung hat ihre Einrichtung ab Monat {month} wieder eingespielt und kostet insgesamt weniger.",
        breakEvenLater: "IT-Betreuung würde insgesamt erst nach {months} Monaten weniger kosten.",
        breakEvenNever: "Bei diesen Zahlen kostet IT-Betreuung insgesamt nie weniger als Reparaturen nach Bedarf.",
        chartCaption: "Gesamtkosten Monat für Monat. Reparaturen nach Bedarf für ein erwartetes, ein ruhiges und ein schlechtes Jahr; die Linie der Betreuung beginnt mit der Einrichtung und steigt dann gleichmäßig.",
        chartTitle: "Gesamtkosten über 36 Monate, nach Bedarf gegenüber {plan}",
        axisMonths: "Monate",
        axisTotalCost: "Gesamtkosten ({currency})",
        seriesManaged: "Betreuung: {plan}",
        seriesBad: "Nach Bedarf, schlechtes Jahr",
        seriesExpected: "Nach Bedarf, erwartet",
        seriesQuiet: "Nach Bedarf, ruhiges Jahr",
        monthByMonth: "Ein Jahr Monat für Monat",
        monthByMonthText: "Reparaturen fallen an, wenn etwas kaputtgeht: in einem typischen Jahr mit {incidents} Störungen kosten manche Monate nichts und andere viel. Ein ruhiges Jahr kostet etwa {quiet}, ein typisches {typical}, ein schlechtes {bad}. Mit {plan} kosten dieselben Jahre {managedQuiet} und {managedBad} nach der Einrichtung.",
        month: "Monat",
        breakFix: "Nach Bedarf",
        managed: "Betreuung",
        howMade: "Wie die Zahlen entstehen",
        figure: "Größe",
        value: "Wert",
        source: "Quelle",
        breakFixTypical: "Nach Bedarf, ein typisches Jahr",
        managedTypical: "Betreuung, ein typisches Jahr",
        aYear: "Ein Jahr",
        onboardingOnce: "Einrichtung, einmalig, im ersten Monat",
        sourceHistory: "Ihre letzten 12 Monate",
        sourceAssumption: "Annahme",
        sourceRates: "unsere Sätze",
        incidentsPerDeviceAged: "Störungen im Jahr je Gerät, {from}–{to} Jahre alt",
        incidentsPerDeviceOlder: "Störungen im Jahr je Gerät, {from} Jahre und älter",
        perDevice: "{rate} × {devices}",
        incidentsAYear: "Störungen im Jahr",
        hoursPerIncident: "Stunden je Störung",
        shareOnsite: "Anteil vor Ort behoben",
        shareAfterHours: "Anteil außerhalb der Geschäftszeiten",
        ratesName: "Fernwartung / vor Ort / Anfahrt",
        afterHoursMultiplier: "Faktor außerhalb der Geschäftszeiten",
        downtimePerIncident: "Ausfallzeit je Störung",
        downtimeValue: "{staff} Mitarbeiter × {hours} Std. × {cost} je Arbeitsstunde",
        prevented: "Störungen, die Betreuung verhindert",
        quietBad: "Ein ruhiges / ein schlechtes Jahr",
        quietBadValue: "{quiet} / {bad} der erwarteten Störungen",
        workEntry: "{count} Arbeitseintrag",
        workEntries: "{count} Arbeitseinträgen",
        last12Months: "der letzten 12 Monate",
        lastDays: "der letzten {days} Tage (alles, was das Journal hat)",
        historyFrom: "Störungen, Stunden und die Anteile vor Ort und außerhalb der Geschäftszeiten stammen aus Ihren {entries} {period}; die übrigen Zahlen sind Annahmen.",
        underContract: "{count} davon kamen, als unser Vertrag schon {share} der Störungen verhinderte; ohne ihn zählen sie als {count} ÷ (1 − {share}).",
        incidentsScaled: "Störungen im Jahr: {count} × 365 ÷ {days} = {result}.",
        incidentsCounted: "Störungen im Jahr: {count} = {result}.",
        remoteRepairs: "Reparaturen per Fernwartung: {incidents} Störungen × {share} × {hours} Std. × {rate}",
        onsiteRepairs: "Reparaturen vor Ort: {incidents} Störungen × {share} × {hours} Std. × {rate}",
        tripFees: "Anfahrten: {incidents} Störungen × {share} vor Ort × {fee}",
        afterHours: "Außerhalb der Geschäftszeiten: {share} von {base} zu ×{multiplier} (+{extra})",
        downtime: "Ausfallzeit: {incidents} Störungen × {staff} Mitarbeiter × {hours} Std. × {cost}",
        planFee: "{plan}: {monthly} im Monat × 12")
}
