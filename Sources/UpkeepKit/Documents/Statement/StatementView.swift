/// Everything `templates/statement.mustache` can use. See docs/templates.md.
public struct StatementView: PageView {
    public static let template = "statement"
    public struct Row: TemplateView {
        /// `Oct 6`
        public var date: String
        public var text: String
        public var amount: String
        /// `charge`, `covered`, `payment`, `credit` or `tax`: the row's CSS class.
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

    public var page: PageFrame
    public var account: String
    public var number: String
    public var date: String
    /// `October 1–31, 2026`
    public var period: String
    public var dueDate: String
    public var remitTo: Party
    public var billTo: Party
    public var previousBalance: String
    public var paymentsReceived: String
    public var creditsApplied: String
    public var newCharges: String
    public var tax: String
    /// The amount due, or the credit balance as a positive amount when `isCredit`.
    public var amountDue: String
    public var isCredit: Bool
    public var sections: [Section]
    public var aging: AgingView
    /// The proration rule, when any line of this statement is prorated (nil otherwise).
    public var prorationNote: String?
    /// `Your contract covers 8 of the 11 workstations you have: the newest 8.` (nil when it covers them all).
    public var coverageNote: String?
    public var messageHTML: String

    public static let prorationRule = "Part of a month is charged by days of service: each monthly amount × the days in service ÷ the days in the month, the first day included, rounded to the cent on each line."

    /// The billing address, with the contact's name unless the address names someone already.
    static func billingLines(_ client: Client) -> [String] {
        let address = client.billingAddress?.lines ?? []
        let attention = address.contains { $0.lowercased().hasPrefix("attn") } ? [] : ["Attn. \(client.contact.name)"]
        return attention + address
    }

    static func short(_ day: Day) -> String { "\(day.monthOf.abbreviation) \(day.day)" }

    /// `standalone`: the stylesheet and logo inline, for a statement e-mailed as a page.
    static func make(_ s: Statement, client: Client, context: RenderContext, standalone: Bool = false) -> StatementView {
        let money = context.money
        let business = context.business
        func row(_ line: StatementLine) -> Row {
            let text: String, kind: String
            switch line.item {
            case .recurring(let price, let plan, let from, let to, let days, let of):
                let part = days < of ? " × \(days)/\(of) days (\(short(from))–\(to.day))" : ""
                text = "\(plan): \(price.text(money))\(part)"
                kind = "charge"
            case .onboarding(let plan, let proposal):
                text = "\(plan): onboarding, once\(proposal.map { " (proposal \($0))" } ?? "")"
                kind = "charge"
            case .work(let entry, let rate, let multiplier, let labour, let trip, let covered, let plan):
                var how = "\(entry.hours.text) h \(entry.place == .onsite ? "on site" : "remote") × \(money.format(rate))"
                if let multiplier { how += " × \(DecimalText.format(multiplier.perMillion, fractionDigits: 6)) after hours" }
                if trip > .zero { how += " + trip fee \(money.format(trip))" }
                if covered {
                    text = "\(entry.summary): \(how), covered\(plan.map { " by \($0)" } ?? "") (value \(money.format(labour + trip)))"
                    kind = "covered"
                } else {
                    text = "\(entry.summary): \(how)"
                    kind = "charge"
                }
            case .charge(let charge):
                text = charge.quantity == 1 ? charge.description
                    : "\(charge.description): \(charge.quantity) × \(money.format(charge.unitPrice))"
                kind = "charge"
            case .payment(let payment):
                text = "Payment by \(payment.method.rawValue)\(payment.reference.map { ", \($0)" } ?? ""). Thank you"
                kind = "payment"
            case .credit(let credit):
                text = "Credit: \(credit.reason)"
                kind = "credit"
            case .tax(let name, let rate, let base):
                text = "\(name) \(rate.percentText) of \(money.format(base))"
                kind = "tax"
            }
            return Row(date: short(line.date), text: text, amount: money.format(line.amount), kind: kind)
        }
        let sections = [("Your plan", s.recurring), ("Work done", s.work), ("Charges", s.charges),
                        ("Payments and credits", s.payments + s.credits), ("Tax", s.taxes)]
            .filter { !$0.1.isEmpty }
            .map { Section(title: $0.0, rows: $0.1.map(row)) }
        let a = s.aging
        let first = s.month.firstDay, last = s.month.lastDay
        return StatementView(
            page: context.frame(title: "Statement \(s.number): \(client.name), \(s.month.longText)",
                                path: ClientFolder.statement(client.id, s.month), tree: .private,
                                printFooter: "Statement \(s.number) · account \(s.account)", standalone: standalone),
            account: s.account, number: s.number, date: s.date.longText,
            period: "\(Month.names[first.month - 1]) \(first.day)–\(last.day), \(first.year)",
            dueDate: s.dueDate.longText,
            remitTo: Party(name: business.name, lines: business.address.lines),
            billTo: Party(name: client.name, lines: billingLines(client)),
            previousBalance: money.format(s.previousBalance), paymentsReceived: money.format(-s.paymentsReceived),
            creditsApplied: money.format(-s.creditsApplied), newCharges: money.format(s.newCharges), tax: money.format(s.tax),
            amountDue: money.format(s.amountDue.isNegative ? -s.amountDue : s.amountDue), isCredit: s.amountDue.isNegative,
            sections: sections,
            aging: AgingView(current: money.format(a.current), days1to30: money.format(a.days1to30),
                             days31to60: money.format(a.days31to60), days61to90: money.format(a.days61to90),
                             over90: money.format(a.over90), pastDue: a.total != a.current),
            prorationNote: s.usesProration ? prorationRule : nil,
            coverageNote: s.partialCoverage.isEmpty ? nil : s.partialCoverage.map {
                $0.covered < $0.listed
                    ? "Your contract covers \($0.covered) of the \($0.listed) \($0.kind.rawValue) you have: the newest \($0.covered)."
                    : "Your contract covers \($0.covered) \($0.kind.rawValue); we have \($0.listed) on record, and price the other \($0.covered - $0.listed) as new."
            }.joined(separator: " "),
            messageHTML: context.shared.html(s.message))
    }
}
