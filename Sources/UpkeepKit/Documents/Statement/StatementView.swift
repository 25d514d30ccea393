/// Everything `templates/statement.mustache` can use. See docs/templates.md.
public struct StatementView: PageView {
    public static let template = "statement"
    public struct Row: TemplateView {
        /// `Oct 6`
        public var date: String
        public var text: String
        public var amount: String
        /// `charge`, `covered`, `payment`, `credit`, `tax` or `late-fee`: the row's CSS class.
        public var kind: String
    }
    public struct Section: TemplateView {
        /// `Your plan`, `Work done`, `Charges`, `Payments and credits`, `Tax`
        public var title: String
        public var rows: [Row]
    }
    public struct Party: TemplateView {
        public var name: String
        public var lines: [String]
    }
    public struct AgingView: TemplateView {
        public var current: String
        public var days1to30: String
        public var days31to60: String
        public var days61to90: String
        public var over90: String
        /// True when anything is past due.
        public var pastDue: Bool
    }
    /// The notice at the top of a statement with a past-due balance.
    public struct PastDueView: TemplateView {
        /// `$684.70 of this balance is past due, the oldest part since October 30, 2026.`
        public var notice: String
        /// The owner's `past_due_reminder`, or the language's.
        public var reminder: String
    }

    public var page: PageFrame
    public var labels: StatementLabels
    public var account: String
    public var number: String
    public var date: String
    /// `October 1–31, 2026`
    public var period: String
    public var dueDate: String
    public var billTo: Party
    public var previousBalance: String
    public var paymentsReceived: String
    public var creditsApplied: String
    public var newCharges: String
    public var tax: String
    /// `Amount due by November 30, 2026`
    public var amountDueText: String
    /// The amount due, or the credit balance as a positive amount when `isCredit`.
    public var amountDue: String
    public var isCredit: Bool
    public var pastDue: PastDueView?
    public var sections: [Section]
    public var aging: AgingView
    /// The proration rule, when any line of this statement is prorated (nil otherwise).
    public var prorationNote: String?
    /// `Your contract covers 8 of the 11 workstations you have: the newest 8.` (nil when it covers them all).
    public var coverageNote: String?
    public var messageHTML: String
    /// How to pay, and the tear-off slip: only when something is due.
    public var payment: PaymentView?

    /// The billing address, with the contact's name unless the address names someone already.
    static func billingLines(_ client: Client) -> [String] {
        let address = client.billingAddress?.lines ?? []
        let attention = address.contains { $0.lowercased().hasPrefix("attn") } ? [] : ["Attn. \(client.contact.name)"]
        return attention + address
    }

    /// `standalone`: the stylesheet and logo inline, for a statement e-mailed as a page.
    static func make(_ s: Statement, client: Client, context: RenderContext, standalone: Bool = false) -> StatementView {
        let language = context.languages.of(client)
        let words = language.statement, money = language.money
        let sections = [(words.yourPlan, s.recurring), (words.workDone, s.work), (words.charges, s.charges),
                        (words.paymentsAndCredits, s.payments + s.credits), (words.tax, s.taxes)]
            .filter { !$0.1.isEmpty }
            .map { Section(title: $0.0, rows: $0.1.map { row($0, language) }) }
        let a = s.aging
        let due = language.long(s.dueDate)
        let fill = Placeholders.fill
        return StatementView(
            page: context.frame(title: fill(words.pageTitle, ["number": s.number, "client": client.name, "month": language.long(s.month)]),
                                path: ClientFolder.statement(client.id, s.month), tree: .private,
                                printFooter: fill(words.printFooter, ["number": s.number, "account": s.account]),
                                standalone: standalone, language: language),
            labels: words, account: s.account, number: s.number, date: language.long(s.date),
            period: language.period(s.month.firstDay, s.month.lastDay), dueDate: due,
            billTo: Party(name: client.name, lines: billingLines(client)),
            previousBalance: money.format(s.previousBalance), paymentsReceived: money.format(-s.paymentsReceived),
            creditsApplied: money.format(-s.creditsApplied), newCharges: money.format(s.newCharges), tax: money.format(s.tax),
            amountDueText: fill(words.amountDueBy, ["date": due]),
            amountDue: money.format(s.amountDue.isNegative ? -s.amountDue : s.amountDue), isCredit: s.amountDue.isNegative,
            pastDue: s.oldestPastDue.map {
                PastDueView(notice: fill(words.pastDueNotice, ["amount": money.format(s.pastDue), "date": language.long($0)]),
                            reminder: context.business.payment?.pastDueReminder ?? words.pastDueReminder)
            },
            sections: sections,
            aging: AgingView(current: money.format(a.current), days1to30: money.format(a.days1to30),
                             days31to60: money.format(a.days31to60), days61to90: money.format(a.days61to90),
                             over90: money.format(a.over90), pastDue: a.total != a.current),
            prorationNote: s.usesProration ? words.prorationRule : nil,
            coverageNote: s.partialCoverage.isEmpty ? nil : s.partialCoverage.map {
                let kind = $0.kind == .workstations ? words.workstations : words.servers
                return fill($0.covered < $0.listed ? words.coverageFewer : words.coverageMore,
                            ["covered": String($0.covered), "listed": String($0.listed), "kind": kind, "extra": String($0.covered - $0.listed)])
            }.joined(separator: " "),
            messageHTML: context.shared.html(s.message),
            payment: PaymentView.make(s, business: context.business, language: language))
    }
}
