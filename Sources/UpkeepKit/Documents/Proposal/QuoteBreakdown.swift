/// A quote as rows of words and figures: what both the proposal's table and `upkeep quote`'s
/// terminal table print, so the two can never disagree.
public struct QuoteBreakdown: Sendable {
    public struct Row: TemplateView {
        /// `charge`, `discount`, `included`, `subtotal`, `tax` or `total`: the row's CSS class.
        public var kind: String
        public var text: String
        /// The amount, formatted: `$540.00`, `−$27.00`.
        public var amount: String
    }

    /// The monthly fee, line by line, with its tax: what the plan costs every month.
    public var monthly: [Row]
    /// The one-time onboarding, line by line, with its tax.
    public var setup: [Row]
    /// What the first statement bills: both, with the month's tax worked out once.
    public var firstMonth: Row

    /// Every row, for `upkeep quote`.
    public var rows: [Row] { monthly + setup + [firstMonth] }

    public init(_ quote: Quote, language: Language) {
        let money = language.money, words = language.labels.proposal
        func line(_ l: PriceLine) -> Row {
            let kind: String
            switch l.item {
            case .addonIncluded: kind = "included"
            case .tax: kind = "tax"
            default: kind = l.amount.isNegative ? "discount" : "charge"
            }
            return Row(kind: kind, text: language.text(l), amount: money.format(l.amount))
        }
        func sum(_ kind: String, _ text: String, _ value: Money) -> Row {
            Row(kind: kind, text: text, amount: money.format(value))
        }
        monthly = quote.monthly.map(line)
        monthly.append(sum("subtotal", words.monthlyFee, quote.monthlyFee))
        if !quote.monthlyTax.isEmpty {
            monthly += quote.monthlyTax.map(line)
            monthly.append(sum("subtotal", words.monthlyTotal, quote.monthlyTotal))
        }
        setup = quote.onboarding.map(line)
        setup.append(sum("subtotal", words.onboardingFee, quote.onboardingFee))
        if !quote.onboardingTax.isEmpty {
            setup += quote.onboardingTax.map(line)
            setup.append(sum("subtotal", words.onboardingTotal, quote.onboardingTotal))
        }
        firstMonth = sum("total", words.firstMonth, quote.firstMonthTotal)
    }

    /// The rows as an aligned plain-text table, amounts right-aligned, for a terminal.
    public func table(title: String) -> String {
        let textWidth = rows.map(\.text.count).max() ?? 0
        let amountWidth = rows.map(\.amount.count).max() ?? 0
        var out = title + "\n\n"
        var previous: Row?
        for row in rows {
            let isSum = row.kind == "subtotal" || row.kind == "total"
            if isSum {
                out += String(repeating: " ", count: textWidth + 4) + String(repeating: "-", count: amountWidth) + "\n"
            } else if previous?.kind == "subtotal" && row.kind != "tax" {
                out += "\n"
            }
            previous = row
            let gap = String(repeating: " ", count: textWidth - row.text.count + 4 + amountWidth - row.amount.count)
            out += row.text + gap + row.amount + "\n"
        }
        return out
    }
}
