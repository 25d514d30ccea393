/// The checks every build makes on statements: a failure stops the build and names the
/// client and month.
public enum StatementChecks {
    /// Problems with one client's statements, in month order.
    public static func violations(_ statements: [Statement], money: MoneyFormat) -> [String] {
        var problems: [String] = []
        var previousDue = Money.zero
        for s in statements {
            let name = "statement \(s.number) for \(s.clientID), \(s.month.longText)"
            let sum = s.previousBalance + s.lines.map(\.amount).sum()
            if sum != s.amountDue {
                problems.append("\(name): the previous balance and the lines add up to \(money.format(sum)), but the amount due is \(money.format(s.amountDue))")
            }
            let summary = s.previousBalance + s.newCharges + s.tax - s.paymentsReceived - s.creditsApplied
            if summary != s.amountDue {
                problems.append("\(name): previous balance + new charges + tax − payments − credits is \(money.format(summary)), but the amount due is \(money.format(s.amountDue))")
            }
            if s.previousBalance != previousDue {
                problems.append("\(name): the previous balance \(money.format(s.previousBalance)) is not the last statement's amount due \(money.format(previousDue))")
            }
            let unpaid = max(s.amountDue, .zero)
            if s.aging.total != unpaid {
                problems.append("\(name): the aged balance \(money.format(s.aging.total)) is not the amount due \(money.format(unpaid))")
            }
            for line in s.work {
                if case .work(_, _, _, let labour, let trip, let covered, _) = line.item, line.amount != (covered ? .zero : labour + trip) {
                    problems.append("\(name): a work line of \(line.date) is \(money.format(line.amount)), not its labour and trip fee")
                }
            }
            previousDue = s.amountDue
        }
        return problems
    }

    /// The client's balance at the end of `day`: the last statement's amount due before that
    /// month, plus the lines of that month dated on or before it (a month's tax is dated on
    /// its statement date, the last day of the month).
    public static func balance(on day: Day, in statements: [Statement]) -> Money {
        if let s = statements.first(where: { $0.month == day.monthOf }) {
            return s.previousBalance + s.lines.filter { $0.date <= day }.map(\.amount).sum()
        }
        return statements.last { $0.month < day.monthOf }?.amountDue ?? .zero
    }

    /// Each balance the owner asserted in the ledger that the statements do not agree with,
    /// as a diagnostic at the assertion.
    public static func assertionFailures(_ ledger: [LedgerMonth], _ statements: [ID: [Statement]], through last: Month,
                                         money: MoneyFormat) -> [Diagnostic] {
        ledger.filter { $0.month <= last }.flatMap(\.balances).compactMap { assertion in
            let actual = balance(on: assertion.date.value, in: statements[assertion.client.value] ?? [])
            guard actual != assertion.balance else { return nil }
            let at = assertion.date.location
            return Diagnostic(path: at.path, line: at.line, column: at.column,
                              message: "the balance of \(assertion.client.value) at the end of \(assertion.date.value) is \(money.format(actual)) by the statements, but the ledger asserts \(money.format(assertion.balance))")
        }
    }
}
