/// Files for the accountant, written to `private/exports/`.
public enum Exports {
    /// `statements-<YYYY-MM>.csv`: one row per statement of the month, after this header.
    /// `new_charges` includes `late_fee`; `past_due` is the part of `amount_due` that was due
    /// before the statement date.
    public static let csvHeader = "number,account,client,name,date,due_date,previous_balance,new_charges,late_fee,tax,payments,credits,amount_due,past_due\n"

    /// A statement's row of its month's CSV.
    public static func csvRow(_ s: Statement, name: String, money: MoneyFormat) -> String {
        let fields = [s.number, s.account, s.clientID.rawValue, name, s.date.description,
                      s.dueDate.description, money.plain(s.previousBalance), money.plain(s.newCharges), money.plain(s.lateFee),
                      money.plain(s.tax), money.plain(s.paymentsReceived), money.plain(s.creditsApplied), money.plain(s.amountDue),
                      money.plain(s.pastDue)]
        return csvLine(fields)
    }

    /// One line of a CSV file: the fields, quoted where they must be, and a line break.
    static func csvLine(_ fields: [String]) -> String {
        var row = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { row += "," }
            row += csvField(field)
        }
        return row + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `ledger.journal`, in three parts: this header; then each client's transactions, one per
    /// statement line on that line's date, client after client; then the owner's balance
    /// assertions. hledger orders transactions by date itself, so
    /// `hledger -f ledger.journal balance` shows each client's receivable equal to its latest
    /// statement's amount due, and checks the assertions.
    public static func journalHeader(_ shop: Shop, through last: Month) -> String {
        "; Receivables of \(clean(shop.business.name)), exported by Upkeep through \(last.longText). Amounts in \(shop.business.currency.code).\n"
    }

    /// One client's transactions.
    public static func journal(_ statements: [Statement], client: Client, currency: String, money: MoneyFormat) -> String {
        let receivable = "    assets:receivable:\(client.id)  "
        let payee = clean(client.name)
        // Bytes, appended piece by piece: this runs for every line of every statement.
        var out: [UInt8] = []
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        for s in statements {
            for line in s.lines where line.amount != .zero {
                let (description, account): (String, String)
                switch line.item {
                case .recurring(_, let plan, _, _, _, _): (description, account) = ("\(plan), \(s.month.longText)", "income:contracts")
                case .onboarding(let plan, _): (description, account) = ("\(plan): onboarding", "income:onboarding")
                case .work(let entry, _, _, _, _, _, _): (description, account) = ("Work: \(entry.summary)", "income:labour")
                case .charge(let charge): (description, account) = ("Charge: \(charge.description)", "income:charges")
                case .lateFee(_, let late, let since): (description, account) = ("Late fee on \(money.plain(late)) unpaid since \(since)", "income:late-fees")
                case .payment(let payment): (description, account) = ("Payment by \(payment.method.rawValue)\(payment.reference.map { " \($0)" } ?? "")", "assets:bank")
                case .credit(let credit): (description, account) = ("Credit: \(credit.reason)", "income:credits")
                case .tax(let name, _, _): (description, account) = (name, "liabilities:tax:\(slug(name))")
                }
                put("\n"); put(line.date.description); put(" "); put(payee); put(" | "); put(clean(description))
                put("  ; statement "); put(s.number); put("\n")
                put(receivable); put(money.plain(line.amount)); put(" "); put(currency); put("\n")
                put("    "); put(account); put("  "); put(money.plain(-line.amount)); put(" "); put(currency); put("\n")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The owner's balance assertions for months through `last`, in date order.
    public static func journalAssertions(_ shop: Shop, through last: Month, money: MoneyFormat) -> String {
        let code = shop.business.currency.code
        let assertions = shop.ledger.filter { $0.month <= last }.flatMap(\.balances)
            .sorted { ($0.date.value, $0.client.value) < ($1.date.value, $1.client.value) }
        guard !assertions.isEmpty else { return "" }
        var out = "\n; The owner's balance assertions from content/ledger/.\n"
        for a in assertions {
            out += "\n\(a.date.value) Balance assertion\n    assets:receivable:\(a.client.value)  0 \(code) = \(money.plain(a.balance)) \(code)\n"
        }
        return out
    }

    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "|") }) else { return text }
        return String(text.map { $0 == ";" || $0 == "\n" || $0 == "|" ? "," : $0 })
    }

    /// `Ohio sales tax` → `ohio-sales-tax`
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "-")
    }
}
