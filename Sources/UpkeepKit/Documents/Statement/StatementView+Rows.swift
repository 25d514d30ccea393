extension StatementView {
    /// One line of the statement, in the client's language.
    static func row(_ line: StatementLine, _ language: Language) -> Row {
        let words = language.statement, money = language.money
        let fill = Placeholders.fill
        let text: String, kind: String
        switch line.item {
        case .recurring(let price, let plan, let from, let to, let days, let of):
            let part = days < of
                ? " " + fill(words.prorated, ["days": String(days), "of": String(of), "from": language.short(from), "to": String(to.day)])
                : ""
            text = "\(plan): \(language.text(price))\(part)"
            kind = "charge"
        case .onboarding(let plan, let proposal):
            text = proposal.map { fill(words.onboardingProposal, ["plan": plan, "number": $0]) } ?? fill(words.onboarding, ["plan": plan])
            kind = "charge"
        case .work(let entry, let rate, let multiplier, let labour, let trip, let covered, let plan):
            var how = fill(entry.place == .onsite ? words.workOnsite : words.workRemote,
                           ["hours": language.hours(entry.hours), "rate": money.format(rate)])
            if let multiplier { how += " " + fill(words.afterHours, ["multiplier": language.multiplier(multiplier)]) }
            if trip > .zero { how += " " + fill(words.tripFee, ["fee": money.format(trip)]) }
            if covered {
                let value = money.format(labour + trip)
                text = plan.map { fill(words.coveredBy, ["summary": entry.summary, "how": how, "plan": $0, "value": value]) }
                    ?? fill(words.covered, ["summary": entry.summary, "how": how, "value": value])
                kind = "covered"
            } else {
                text = fill(words.work, ["summary": entry.summary, "how": how])
                kind = "charge"
            }
        case .charge(let charge):
            text = charge.quantity == 1 ? charge.description
                : fill(words.chargeQuantity, ["description": charge.description, "quantity": String(charge.quantity),
                                              "price": money.format(charge.unitPrice)])
            kind = "charge"
        case .lateFee(let policy, let late, let since):
            text = fill(words.lateFee, ["rule": lateFeeRule(policy, language), "late": money.format(late), "date": language.short(since)])
            kind = "late-fee"
        case .payment(let payment):
            let method = [Payment.Method.check: words.methodCheck, .card: words.methodCard, .transfer: words.methodTransfer,
                          .cash: words.methodCash, .other: words.methodOther][payment.method]!
            text = payment.reference.map { fill(words.paymentReference, ["method": method, "reference": $0]) }
                ?? fill(words.payment, ["method": method])
            kind = "payment"
        case .credit(let credit):
            text = fill(words.credit, ["reason": credit.reason])
            kind = "credit"
        case .tax(let name, let rate, let base):
            text = fill(words.taxLine, ["name": name, "rate": language.percent(rate), "base": money.format(base)])
            kind = "tax"
        }
        return Row(date: language.short(line.date), text: text, amount: money.format(line.amount), kind: kind)
    }

    /// `1.5% a month of what is more than 10 days past due, at least $5.00, at most $50.00`
    static func lateFeeRule(_ policy: LateFeePolicy, _ language: Language) -> String {
        let words = language.statement, money = language.money
        var rule: String
        switch policy.charge {
        case .flat(let amount): rule = Placeholders.fill(words.lateFeeFlat, ["amount": money.format(amount), "days": String(policy.graceDays)])
        case .percentPerMonth(let rate): rule = Placeholders.fill(words.lateFeePercent, ["rate": language.percent(rate), "days": String(policy.graceDays)])
        }
        if let minimum = policy.minimum { rule += ", " + Placeholders.fill(words.lateFeeMinimum, ["amount": money.format(minimum)]) }
        if let cap = policy.cap { rule += ", " + Placeholders.fill(words.lateFeeCap, ["amount": money.format(cap)]) }
        return rule
    }
}
