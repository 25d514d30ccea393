/// Files for the accountant, written to `private/exports/`.
public enum Exports {
    /// `statements-<YYYY-MM>.csv`: one row per statement of the month.
    public static func csv(_ statements: [Statement], clients: [ID: Client], money: MoneyFormat) -> String {
        var out = "number,account,client,name,date,due_date,previous_balance,new_charges,tax,payments,credits,amount_due\n"
        for s in statements {
            let fields = [s.number, s.account, s.clientID.rawValue, clients[s.clientID]?.name ?? "", s.date.description,
                          s.dueDate.description, money.plain(s.previousBalance), money.plain(s.newCharges), money.plain(s.tax),
                          money.plain(s.paymentsReceived), money.plain(s.creditsApplied), money.plain(s.amountDue)]
            out += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `ledger.journal`: every charge and payment of every statement as an hledger journal, one
    /// transaction per statement line on that line's date, and the owner's balance assertions
    /// last, so `hledger -f ledger.journal balance` shows each client's receivable equal to its
    /// latest statement's amount due and checks the assertions itself.
    public static func journal(_ statements: [ID: [Statement]], shop: Shop, through last: Month, money: MoneyFormat) -> String {
        let code = shop.business.currency.code
        func amount(_ m: Money) -> String { "\(money.plain(m)) \(code)" }
        func clean(_ text: String) -> String {
            String(text.map { $0 == ";" || $0 == "\n" || $0 == "|" ? "," : $0 })
        }
        var entries: [(date: Day, client: ID, order: Int, text: String)] = []
        for (clientID, list) in statements {
            let client = shop.client(clientID)
            let receivable = "assets:receivable:\(clientID)"
            var order = 0
            for s in list {
                for line in s.lines where line.amount != .zero {
                    let (description, account): (String, String)
                    switch line.item {
                    case .recurring(_, let plan, _, _, _, _): (description, account) = ("\(plan), \(s.month.longText)", "income:contracts")
                    case .work(let entry, _, _, _, _, _, _): (description, account) = ("Work: \(entry.summary)", "income:labour")
                    case .charge(let charge): (description, account) = ("Charge: \(charge.description)", "income:charges")
                    case .payment(let payment): (description, account) = ("Payment by \(payment.method.rawValue)\(payment.reference.map { " \($0)" } ?? "")", "assets:bank")
                    case .credit(let credit): (description, account) = ("Credit: \(credit.reason)", "income:credits")
                    case .tax(let name, _, _): (description, account) = (name, "liabilities:tax:\(slug(name))")
                    }
                    let text = "\(line.date) \(clean(client?.name ?? clientID.rawValue)) | \(clean(description))  ; statement \(s.number)\n"
                        + "    \(receivable)  \(amount(line.amount))\n    \(account)  \(amount(-line.amount))\n"
                    entries.append((line.date, clientID, order, text))
                    order += 1
                }
            }
        }
        entries.sort { ($0.date, $0.client, $0.order) < ($1.date, $1.client, $1.order) }
        var out = "; Receivables of \(clean(shop.business.name)), exported by Upkeep through \(last.longText). Amounts in \(code).\n\n"
        out += entries.map(\.text).joined(separator: "\n")
        let assertions = shop.ledger.filter { $0.month <= last }.flatMap(\.balances).sorted { ($0.date.value, $0.client.value) < ($1.date.value, $1.client.value) }
        if !assertions.isEmpty {
            out += "\n; The owner's balance assertions from content/ledger/.\n"
            for a in assertions {
                out += "\n\(a.date.value) Balance assertion\n    assets:receivable:\(a.client.value)  0 \(code) = \(amount(a.balance))\n"
            }
        }
        return out
    }

    /// `Ohio sales tax` → `ohio-sales-tax`
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "-")
    }
}
