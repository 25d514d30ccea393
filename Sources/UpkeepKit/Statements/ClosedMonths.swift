/// What `upkeep close` records of a statement, and what `check` and `build` compare with it.
extension Statement {
    /// Every line as a closing records it: `2026-09-16 56.21 work: Printer setup`.
    func recordLines(money: MoneyFormat) -> [String] {
        let words = Language.english(money)
        return lines.map { line in
            let what: String
            switch line.item {
            case .recurring(let price, let plan, _, _, let days, let of):
                what = "fee \(plan): \(words.text(price))" + (days < of ? " × \(days)/\(of)" : "")
            case .onboarding(let plan, _): what = "onboarding \(plan)"
            case .work(let entry, _, _, _, _, _, _): what = "work: \(entry.summary)"
            case .charge(let charge): what = "charge: \(charge.description)"
            case .lateFee(_, let late, let since): what = "late fee on \(money.plain(late)) unpaid since \(since)"
            case .payment(let payment): what = "payment: \(payment.method.rawValue)" + (payment.reference.map { " \($0)" } ?? "")
            case .credit(let credit): what = "credit: \(credit.reason)"
            case .tax(let name, _, _): what = "tax: \(name)"
            }
            return "\(line.date) \(money.plain(line.amount)) \(what)"
        }
    }

    /// Where each line comes from, for an error about it: the ledger entry or the contract.
    func recordSources(contract: SourceLocation?) -> [SourceLocation?] {
        lines.map { line in
            switch line.item {
            case .work(let entry, _, _, _, _, _, _): entry.client.location
            case .charge(let charge): charge.client.location
            case .payment(let payment): payment.client.location
            case .credit(let credit): credit.client.location
            case .recurring, .onboarding: contract
            case .tax, .lateFee: nil
            }
        }
    }
}

extension ClosedStatement {
    /// The record of `statement` as issued.
    init(_ statement: Statement, client: Located<ID>, money: MoneyFormat) {
        let lines = statement.recordLines(money: money)
        self.init(client: client, number: statement.number, account: Int(statement.account) ?? 0, amountDue: statement.amountDue,
                  digest: Self.digest(number: statement.number, lines: lines, amountDue: statement.amountDue, money: money), lines: lines)
    }

    static func digest(number: String, lines: [String], amountDue: Money, money: MoneyFormat) -> String {
        Fingerprint.of(([number] + lines + [money.plain(amountDue)]).joined(separator: "\n").utf8)
    }
}

/// The closed months' statements, checked against the statements the content gives now.
public enum ClosedMonths {
    /// A problem for each statement of a closed month that the content would now change, make
    /// or take away, at the entry responsible when there is one.
    /// `closed`: the client's issued statements, by month (`index(_:)`).
    static func changes(of client: Client, statements: [Statement], closed issued: [Month: ClosedStatement], shop: Shop,
                        through last: Month, money: MoneyFormat) -> [Diagnostic] {
        guard let lastClosed = shop.closings.last?.month else { return [] }
        let open = lastClosed.next
        var problems: [Diagnostic] = []
        let contract = shop.contracts(of: client.id).first?.location
        for closing in shop.closings where closing.month <= last {
            let closed = issued[closing.month]
            let now = statements.first { $0.month == closing.month }
            let advice = "\(closing.month.longText) is closed: leave it as it was and put the correction in an open month, as a credit or a charge (content/ledger/\(open).md), or reopen it with 'upkeep reopen \(closing.month)'"
            switch (closed, now) {
            case (nil, nil): continue
            case (let closed?, nil):
                problems.append(Diagnostic(at: closed.client.location,
                                           message: "statement \(closed.number) of \(client.name) was issued when \(closing.month.longText) was closed, \(money.format(closed.amountDue)) due, and the content no longer gives it. \(advice)"))
            case (nil, let now?):
                let sources = now.recordSources(contract: contract)
                problems.append(Diagnostic(at: sources.compactMap { $0 }.first ?? closing.location,
                                           message: "\(client.name) now has a statement for \(closing.month.longText), \(money.format(now.amountDue)) due, but none was issued when the month was closed. \(advice)"))
            case (let closed?, let now?):
                let lines = now.recordLines(money: money)
                guard ClosedStatement.digest(number: closed.number, lines: lines, amountDue: now.amountDue, money: money) != closed.digest else { continue }
                var remaining = closed.lines
                var added: [(String, SourceLocation?)] = []
                for (line, source) in zip(lines, now.recordSources(contract: contract)) {
                    if let index = remaining.firstIndex(of: line) { remaining.remove(at: index) } else { added.append((line, source)) }
                }
                var message = "statement \(closed.number) of \(client.name) was closed at \(money.format(closed.amountDue)) due; the content now gives \(money.format(now.amountDue))."
                if !added.isEmpty { message += " Not in the issued statement: \(added.map(\.0).joined(separator: "; "))." }
                if !remaining.isEmpty { message += " In the issued statement, no longer given: \(remaining.joined(separator: "; "))." }
                problems.append(Diagnostic(at: added.compactMap(\.1).first ?? closed.client.location, message: message + " " + advice))
            }
        }
        return problems
    }
}

extension ClosedMonths {
    /// Every client's issued statements, by client and month.
    static func index(_ closings: [MonthClosing]) -> [ID: [Month: ClosedStatement]] {
        var index: [ID: [Month: ClosedStatement]] = [:]
        for closing in closings {
            for statement in closing.statements { index[statement.client.value, default: [:]][closing.month] = statement }
        }
        return index
    }
}
