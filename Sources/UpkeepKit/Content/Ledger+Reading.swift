import Yams

extension LedgerMonth {
    static let keys = ["work", "charges", "payments", "credits", "balances"]

    static func read(month: Month, _ node: Node, body: String, _ r: inout ContentReader) -> LedgerMonth? {
        guard let f = r.fields(node, of: "ledger month", accepted: keys) else { return nil }
        let ledger = LedgerMonth(
            month: month, work: r.optional("work", in: f, default: []),
            charges: r.optional("charges", in: f, default: []),
            payments: r.optional("payments", in: f, default: []),
            credits: r.optional("credits", in: f, default: []),
            balances: r.optional("balances", in: f, default: []),
            message: body, location: r.location(of: node))
        let dated: [Located<Day>] = ledger.work.map(\.date) + ledger.charges.map(\.date) + ledger.payments.map(\.date)
            + ledger.credits.map(\.date) + ledger.balances.map(\.date)
        for date in dated where date.value.monthOf != month {
            r.error("\(date.value) is not in \(month.longText); move the entry to content/ledger/\(date.value.monthOf).md",
                    at: date.location)
        }
        return ledger
    }
}

extension LedgerMonth {
    /// A month whose message, its files' Markdown joined, is longer than
    /// `ContentLimits.monthMessageBytes`: reported at the file that takes it past the limit
    /// (every statement of the month prints the whole message).
    static func oversizedMessages(_ parts: [LedgerMonth]) -> [Diagnostic] {
        var sizes: [Month: Int] = [:]
        var problems: [Diagnostic] = []
        for part in parts.sorted(by: { ($0.month, $0.location.path) < ($1.month, $1.location.path) }) {
            let before = sizes[part.month, default: 0]
            let after = before + part.message.utf8.count
            sizes[part.month] = after
            if before <= ContentLimits.monthMessageBytes, after > ContentLimits.monthMessageBytes {
                problems.append(Diagnostic(path: part.location.path, line: 1, column: 1,
                                           message: "the message of \(part.month.longText), its files' Markdown joined, passes \(ContentLimits.monthMessageBytes) bytes with this file; every statement of the month prints it: shorten it"))
            }
        }
        return problems
    }

    /// One value per month, in month order: the files of a month split over a folder are joined
    /// in path order (their messages too, one after the other). Each file's entries are let go
    /// once its month is joined, so that the ledger is held twice over only a month at a time.
    static func merged(_ parts: consuming [LedgerMonth]) -> [LedgerMonth] {
        var parts = parts
        let order = parts.indices.sorted { (parts[$0].month, parts[$0].location.path) < (parts[$1].month, parts[$1].location.path) }
        var months: [LedgerMonth] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, parts[order[end]].month == parts[order[start]].month { end += 1 }
            let files = order[start..<end]
            start = end
            // Each list made once at its final size: a month of a large business is hundreds of
            // files, and growing the lists file by file would copy them over and over.
            func joined<Entry>(_ entries: WritableKeyPath<LedgerMonth, [Entry]>) -> [Entry] {
                var all: [Entry] = []
                all.reserveCapacity(files.reduce(0) { $0 + parts[$1][keyPath: entries].count })
                for file in files {
                    all += parts[file][keyPath: entries]
                    parts[file][keyPath: entries] = []
                }
                return all
            }
            var month = parts[files.first!]
            guard files.count > 1 else { months.append(month); continue }
            month.work = joined(\.work)
            month.charges = joined(\.charges)
            month.payments = joined(\.payments)
            month.credits = joined(\.credits)
            month.balances = joined(\.balances)
            for file in files.dropFirst() where !parts[file].message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                month.message += (month.message.isEmpty ? "" : "\n\n") + parts[file].message
            }
            months.append(month)
        }
        return months
    }
}

extension WorkEntry.Place: ContentChoice {}
extension WorkEntry.Billing: ContentChoice {}

extension WorkEntry: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> WorkEntry? {
        guard let f = r.fields(node, of: "work entry", accepted: ["client", "date", "hours", "where", "after_hours", "billing", "summary"]) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let date: Located<Day>? = r.required("date", in: f)
        let hours: Hours? = r.required("hours", in: f)
        let place: Place? = r.required("where", in: f)
        let afterHours: Bool = r.optional("after_hours", in: f, default: false)
        let billing: Billing = r.optional("billing", in: f, default: .auto)
        let summary: String? = r.required("summary", in: f)
        guard let client, let date, let hours, let place, let summary else { return nil }
        if hours.hundredths == 0 || hours.hundredths > 24 * 100 {
            r.error("'hours' must be more than 0 and at most 24 for one entry, found '\(hours.text)'", at: r.location(of: "hours", in: f))
            return nil
        }
        return WorkEntry(client: client, date: date, hours: hours, place: place, afterHours: afterHours,
                         billing: billing, summary: summary)
    }
}

extension Charge: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> Charge? {
        guard let f = r.fields(node, of: "charge", accepted: ["client", "date", "description", "quantity", "unit_price", "taxable"]) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let date: Located<Day>? = r.required("date", in: f)
        let description: String? = r.required("description", in: f)
        let quantity: Int = r.optional("quantity", in: f, default: 1)
        let unitPrice: Money? = r.required("unit_price", in: f)
        let taxable: Bool = r.optional("taxable", in: f, default: true)
        guard let client, let date, let description, let unitPrice else { return nil }
        if quantity == 0 { r.error("'quantity' must be at least 1", at: r.location(of: "quantity", in: f)) }
        return Charge(client: client, date: date, description: description, quantity: quantity,
                      unitPrice: unitPrice, taxable: taxable)
    }
}

extension Payment.Method: ContentChoice {}

extension Payment: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> Payment? {
        guard let f = r.fields(node, of: "payment", accepted: ["client", "date", "amount", "method", "reference"]) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let date: Located<Day>? = r.required("date", in: f)
        let amount: Money? = r.required("amount", in: f)
        let method: Method? = r.required("method", in: f)
        let reference: String? = r.optional("reference", in: f)
        guard let client, let date, let amount, let method else { return nil }
        if amount == .zero { r.error("'amount' must be more than 0", at: r.location(of: "amount", in: f)) }
        return Payment(client: client, date: date, amount: amount, method: method, reference: reference)
    }
}

extension Credit: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> Credit? {
        guard let f = r.fields(node, of: "credit", accepted: ["client", "date", "amount", "reason"]) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let date: Located<Day>? = r.required("date", in: f)
        let amount: Money? = r.required("amount", in: f)
        let reason: String? = r.required("reason", in: f)
        guard let client, let date, let amount, let reason else { return nil }
        if amount == .zero { r.error("'amount' must be more than 0", at: r.location(of: "amount", in: f)) }
        return Credit(client: client, date: date, amount: amount, reason: reason)
    }
}

extension BalanceAssertion: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> BalanceAssertion? {
        guard let f = r.fields(node, of: "balance", accepted: ["client", "date", "balance"]) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let date: Located<Day>? = r.required("date", in: f)
        var balance: Money?
        if let entry = f.values["balance"] {
            balance = r.signedMoney("balance", entry.value)
        } else {
            r.error("missing required key 'balance' in balance", at: node)
        }
        guard let client, let date, let balance else { return nil }
        return BalanceAssertion(client: client, date: date, balance: balance)
    }
}
