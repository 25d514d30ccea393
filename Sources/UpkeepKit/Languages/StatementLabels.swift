/// The words of a statement. `{name}`s are filled in.
public struct StatementLabels: LabelTable {
    public var title: String
    /// The page's title.
    public var pageTitle: String
    /// In the print margin.
    public var printFooter: String
    public var billTo: String
    public var number: String
    public var account: String
    public var date: String
    public var period: String
    public var due: String
    public var previousBalance: String
    public var paymentsReceived: String
    public var credits: String
    public var newCharges: String
    public var tax: String
    public var amountDueBy: String
    public var creditBalance: String
    /// After a credit balance's amount.
    public var creditMark: String
    public var description: String
    public var amount: String
    public var yourPlan: String
    public var workDone: String
    public var charges: String
    public var paymentsAndCredits: String
    /// After a part month's line.
    public var prorated: String
    public var onboarding: String
    public var onboardingProposal: String
    public var workOnsite: String
    public var workRemote: String
    public var afterHours: String
    public var tripFee: String
    public var work: String
    public var covered: String
    public var coveredBy: String
    public var chargeQuantity: String
    public var payment: String
    public var paymentReference: String
    public var methodCheck: String
    public var methodCard: String
    public var methodTransfer: String
    public var methodCash: String
    public var methodOther: String
    public var credit: String
    public var taxLine: String
    public var lateFee: String
    public var lateFeeFlat: String
    public var lateFeePercent: String
    public var lateFeeMinimum: String
    public var lateFeeCap: String
    public var agingCaption: String
    public var agingCurrent: String
    public var aging1to30: String
    public var aging31to60: String
    public var aging61to90: String
    public var agingOver90: String
    public var prorationRule: String
    public var coverageFewer: String
    public var coverageMore: String
    public var workstations: String
    public var servers: String
    public var pastDue: String
    public var pastDueNotice: String
    /// Under the past-due notice, unless the business sets payment.past_due_reminder.
    public var pastDueReminder: String
    public var howToPay: String
    public var byCheck: String
    public var byTransfer: String
    /// Where the account to transfer to is printed.
    public var seeSlip: String
    public var accountName: String
    public var bank: String
    public var iban: String
    public var bic: String
    public var accountNumber: String
    public var routingNumber: String
    public var reference: String
    /// The reference a transfer carries, in the QR code too.
    public var transferReference: String
    public var payOnline: String
    public var detach: String
    public var remitTo: String
    public var dueDate: String
    public var amountDue: String
    public var amountEnclosed: String
    public var scanToTransfer: String
    public var scanToPayOnline: String

    public static let english = StatementLabels(
        title: "Statement",
        pageTitle: "Statement {number}: {client}, {month}",
        printFooter: "Statement {number} · account {account}",
        billTo: "Bill to",
        number: "Statement",
        account: "Account",
        date: "Date",
        period: "Period",
        due: "Due",
        previousBalance: "Previous balance",
        paymentsReceived: "Payments received",
        credits: "Credits",
        newCharges: "New charges",
        tax: "Tax",
        amountDueBy: "Amount due by {date}",
        creditBalance: "Credit balance: nothing to pay",
        creditMark: "CR",
        description: "Description",
        amount: "Amount",
        yourPlan: "Your plan",
        workDone: "Work done",
        charges: "Charges",
        paymentsAndCredits: "Payments and credits",
        prorated: "× {days}/{of} days ({from}–{to})",
        onboarding: "{plan}: onboarding, once",
        onboardingProposal: "{plan}: onboarding, once (proposal {number})",
        workOnsite: "{hours} h on site × {rate}",
        workRemote: "{hours} h remote × {rate}",
        afterHours: "× {multiplier} after hours",
        tripFee: "+ trip fee {fee}",
        work: "{summary}: {how}",
        covered: "{summary}: {how}, covered (value {value})",
        coveredBy: "{summary}: {how}, covered by {plan} (value {value})",
        chargeQuantity: "{description}: {quantity} × {price}",
        payment: "Payment by {method}. Thank you",
        paymentReference: "Payment by {method}, {reference}. Thank you",
        methodCheck: "check",
        methodCard: "card",
        methodTransfer: "transfer",
        methodCash: "cash",
        methodOther: "other",
        credit: "Credit: {reason}",
        taxLine: "{name} {rate} of {base}",
        lateFee: "Late fee: {rule}; on {late} unpaid since {date}",
        lateFeeFlat: "{amount} a month when any of the balance is more than {days} days past due",
        lateFeePercent: "{rate} a month of what is more than {days} days past due",
        lateFeeMinimum: "at least {amount}",
        lateFeeCap: "at most {amount}",
        agingCaption: "Unpaid balance by days past due",
        agingCurrent: "Current",
        aging1to30: "1–30 days",
        aging31to60: "31–60 days",
        aging61to90: "61–90 days",
        agingOver90: "Over 90 days",
        prorationRule: "Part of a month is charged by days of service: each monthly amount × the days in service ÷ the days in the month, the first day included, rounded to the cent on each line.",
        coverageFewer: "Your contract covers {covered} of the {listed} {kind} you have: the newest {covered}.",
        coverageMore: "Your contract covers {covered} {kind}; we have {listed} on record, and price the other {extra} as new.",
        workstations: "workstations",
        servers: "servers",
        pastDue: "Past due",
        pastDueNotice: "{amount} of this balance is past due, the oldest part since {date}.",
        pastDueReminder: "Please pay it now. If you have paid it in the last few days, thank you, and please disregard this notice.",
        howToPay: "How to pay",
        byCheck: "By check, payable to {payee}",
        byTransfer: "By bank transfer",
        seeSlip: "to the account on the slip below",
        accountName: "Account name",
        bank: "Bank",
        iban: "IBAN",
        bic: "BIC",
        accountNumber: "Account number",
        routingNumber: "Routing number",
        reference: "Reference",
        transferReference: "Statement {number}",
        payOnline: "Online",
        detach: "Please detach and return this part with your payment",
        remitTo: "Remit to",
        dueDate: "Due date",
        amountDue: "Amount due",
        amountEnclosed: "Amount enclosed",
        scanToTransfer: "Scan with your banking app",
        scanToPayOnline: "Scan to pay online")

    public static let britishEnglish: StatementLabels = {
        var labels = english
        labels.methodCheck = "cheque"
        labels.byCheck = "By cheque, payable to {payee}"
        labels.routingNumber = "Sort code"
        return labels
    }()

    public static let german = StatementLabels(
        title: "Kontoauszug",
        pageTitle: "Kontoauszug {number}: {client}, {month}",
        printFooter: "Kontoauszug {number} · Kundenkonto {account}",
        billTo: "Rechnungsempfänger",
        number: "Auszug",
        account: "Kundenkonto",
        date: "Datum",
        period: "Zeitraum",
        due: "Fällig",
        previousBalance: "Vorheriger Saldo",
        paymentsReceived: "Zahlungseingänge",
        credits: "Gutschriften",
        newCharges: "Neue Posten",
        tax: "Steuer",
        amountDueBy: "Zu zahlen bis {date}",
        creditBalance: "Guthaben: nichts zu zahlen",
        creditMark: "Guthaben",
        description: "Beschreibung",
        amount: "Betrag",
        yourPlan: "Ihr Vertrag",
        workDone: "Geleistete Arbeit",
        charges: "Posten",
        paymentsAndCredits: "Zahlungen und Gutschriften",
        prorated: "× {days}/{of} Tage ({from}–{to})",
        onboarding: "{plan}: Einrichtung, einmalig",
        onboardingProposal: "{plan}: Einrichtung, einmalig (Angebot {number})",
        workOnsite: "{hours} Std. vor Ort × {rate}",
        workRemote: "{hours} Std. per Fernwartung × {rate}",
        afterHours: "× {multiplier} außerhalb der Geschäftszeiten",
        tripFee: "+ Anfahrt {fee}",
        work: "{summary}: {how}",
        covered: "{summary}: {how}, abgedeckt (Wert {value})",
        coveredBy: "{summary}: {how}, abgedeckt durch {plan} (Wert {value})",
        chargeQuantity: "{description}: {quantity} × {price}",
        payment: "Zahlung per {method}. Vielen Dank",
        paymentReference: "Zahlung per {method}, {reference}. Vielen Dank",
        methodCheck: "Scheck",
        methodCard: "Karte",
        methodTransfer: "Überweisung",
        methodCash: "Barzahlung",
        methodOther: "sonstige Zahlung",
        credit: "Gutschrift: {reason}",
        taxLine: "{name} {rate} von {base}",
        lateFee: "Säumniszuschlag: {rule}; auf {late}, unbezahlt seit {date}",
        lateFeeFlat: "{amount} je Monat, wenn ein Teil des Saldos mehr als {days} Tage überfällig ist",
        lateFeePercent: "{rate} je Monat auf das, was mehr als {days} Tage überfällig ist",
        lateFeeMinimum: "mindestens {amount}",
        lateFeeCap: "höchstens {amount}",
        agingCaption: "Offener Saldo nach Tagen Verzug",
        agingCurrent: "Nicht fällig",
        aging1to30: "1–30 Tage",
        aging31to60: "31–60 Tage",
        aging61to90: "61–90 Tage",
        agingOver90: "Über 90 Tage",
        prorationRule: "Angebrochene Monate werden nach Tagen berechnet: jeder Monatsbetrag × Tage der Leistung ÷ Tage des Monats, der erste Tag eingeschlossen, je Zeile auf den Cent gerundet.",
        coverageFewer: "Ihr Vertrag deckt {covered} Ihrer {listed} {kind} ab: die {covered} neuesten.",
        coverageMore: "Ihr Vertrag deckt {covered} {kind} ab; uns sind {listed} bekannt, die übrigen {extra} berechnen wir wie neue.",
        workstations: "Arbeitsplätze",
        servers: "Server",
        pastDue: "Überfällig",
        pastDueNotice: "{amount} dieses Saldos sind überfällig, der älteste Teil seit {date}.",
        pastDueReminder: "Bitte zahlen Sie ihn jetzt. Falls Sie in den letzten Tagen gezahlt haben: vielen Dank, dann betrachten Sie diesen Hinweis als gegenstandslos.",
        howToPay: "So zahlen Sie",
        byCheck: "Per Scheck, ausgestellt auf {payee}",
        byTransfer: "Per Überweisung",
        seeSlip: "auf das Konto im Abschnitt unten",
        accountName: "Kontoinhaber",
        bank: "Bank",
        iban: "IBAN",
        bic: "BIC",
        accountNumber: "Kontonummer",
        routingNumber: "Bankleitzahl",
        reference: "Verwendungszweck",
        transferReference: "Kontoauszug {number}",
        payOnline: "Online",
        detach: "Bitte abtrennen und mit Ihrer Zahlung zurücksenden",
        remitTo: "Zahlbar an",
        dueDate: "Fällig am",
        amountDue: "Zu zahlen",
        amountEnclosed: "Beigefügter Betrag",
        scanToTransfer: "Mit Ihrer Banking-App scannen",
        scanToPayOnline: "Scannen und online zahlen")
}
