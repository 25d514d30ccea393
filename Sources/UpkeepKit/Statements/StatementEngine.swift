/// Computes every client's statements, month by month, carrying balances forward. Pure.
///
/// - A month's contract fee is billed on that month's statement (in advance), priced by the
///   pricing engine from the contract's terms in force. A contract that starts or ends
///   part-way through the month, or changes on a day other than the 1st, is charged per
///   period: each line × days in the period ÷ days in the month (start day included),
///   rounded per line by the rounding rule.
/// - Work is covered when the contract in force that day is an unlimited plan, billable
///   on a maintenance-only plan or without a contract (a ledger entry's `billing` overrides).
///   Billable work is hours × the remote or on-site rate (× the after-hours multiplier),
///   rounded once, plus the trip fee when on site.
/// - Tax, per tax: the rate × the month's lines it applies to (contract fees, labour, taxable
///   charges), rounded once.
/// - Payments and credits settle the oldest charges first; what is unpaid is aged from the due
///   date of the statement that charged it.
/// - A late fee (when the business sets one) is charged on the month's statement when, after
///   the month's payments and credits, some of what earlier statements charged (late fees
///   aside) is unpaid more than the grace days after its due date; it is not taxed.
public enum StatementEngine {
    /// Statements for every client and month up to and including `last`, by client.
    public static func statements(for shop: Shop, through last: Month) -> [ID: [Statement]] {
        let accounts = accountNumbers(shop)
        let messages = messagesByMonth(shop)
        var result: [ID: [Statement]] = [:]
        for client in shop.clients {
            let list = statements(for: client, in: shop, through: last, account: accounts[client.id], messages: messages)
            if !list.isEmpty { result[client.id] = list }
        }
        return result
    }

    /// Every client's account number, printed on its statements.
    /// Every client's account number: the one its closed statements were issued under, else
    /// derived from its id around those.
    public static func accountNumbers(_ shop: Shop) -> StableNumbers {
        var assigned: [ID: Int] = [:]
        for closing in shop.closings {
            for statement in closing.statements { assigned[statement.client.value] = statement.account }
        }
        return StableNumbers(ids: shop.clients.map(\.id), salt: "account", assigned: assigned)
    }

    /// Each ledger month's message.
    public static func messagesByMonth(_ shop: Shop) -> [Month: String] {
        Dictionary(shop.ledger.map { ($0.month, $0.message) }, uniquingKeysWith: { first, _ in first })
    }

    /// One client's statements, oldest first, from its first contract or ledger activity through `last`.
    public static func statements(for client: Client, in shop: Shop, through last: Month, account: Int,
                                  messages: [Month: String]) -> [Statement] {
        let contracts = shop.contracts(of: client.id)
        let ledger = Dictionary(shop.ledger(of: client.id).map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        guard var month = (contracts.map { $0.start.monthOf } + ledger.keys).min(), month <= last else { return [] }
        var balance = Money.zero
        var open: [OpenItem] = []                    // unpaid charges, oldest first
        var credit = Money.zero                      // paid beyond what was charged
        var list: [Statement] = []
        while month <= last {
            if let statement = statement(client, month: month, contracts: contracts, ledger: ledger[month],
                                         message: messages[month] ?? "", shop: shop, account: account,
                                         previous: balance, open: &open, credit: &credit) {
                list.append(statement)
                balance = statement.amountDue
            }
            month = month.next
        }
        return list
    }

    static func statement(_ client: Client, month: Month, contracts: [Contract], ledger: LedgerMonth?, message: String, shop: Shop,
                          account: Int, previous: Money, open: inout [OpenItem], credit: inout Money) -> Statement? {
        let mine = { (id: Located<ID>) in id.value == client.id }
        let recurring = contracts.flatMap { recurringLines($0, client: client, month: month, shop: shop) }
        let work = (ledger?.work.filter { mine($0.client) } ?? []).map { workLine($0, contracts: contracts, shop: shop) }
        var charges = (ledger?.charges.filter { mine($0.client) } ?? []).map {
            StatementLine(date: $0.date.value, item: .charge($0), amount: $0.amount)
        }
        let payments = (ledger?.payments.filter { mine($0.client) } ?? []).map {
            StatementLine(date: $0.date.value, item: .payment($0), amount: -$0.amount)
        }
        let credits = (ledger?.credits.filter { mine($0.client) } ?? []).map {
            StatementLine(date: $0.date.value, item: .credit($0), amount: -$0.amount)
        }
        guard previous != .zero || !(recurring + work + charges + payments + credits).isEmpty else { return nil }

        let date = month.lastDay
        // The month's payments and credits (and any credit balance) settle the oldest open items
        // first; whatever is left over settles this statement's charges below.
        var settle = credit - payments.total - credits.total
        settle = OpenItem.settle(&open, with: settle)
        if let policy = shop.business.lateFee {
            let late = open.filter { !$0.isLateFee && $0.due.days(until: date) > policy.graceDays }
            let fee = policy.fee(on: late.map(\.amount).sum())
            if fee > .zero, let since = late.first?.due {
                charges.append(StatementLine(date: date, item: .lateFee(policy, late: late.map(\.amount).sum(), since: since), amount: fee))
            }
        }
        var taxes: [StatementLine] = []
        for tax in shop.business.taxes {
            var base = Money.zero
            if tax.appliesTo.contains(.contract) { base += recurring.map(\.amount).sum() }
            if tax.appliesTo.contains(.labor) { base += work.map(\.amount).sum() }
            if tax.appliesTo.contains(.charges) {
                base += charges.filter { if case .charge(let c) = $0.item { c.taxable } else { false } }.map(\.amount).sum()
            }
            if base != .zero {
                taxes.append(StatementLine(date: date, item: .tax(name: tax.name, rate: tax.rate, of: base), amount: base.applying(tax.rate)))
            }
        }
        let due = date.adding(days: shop.business.paymentTermsDays)
        var statement = Statement(clientID: client.id, month: month, account: String(account),
                                  number: "\(account)-\(String(month.year % 100))\(padded(month.month, to: 2))",
                                  date: date, dueDate: due, previousBalance: previous, recurring: recurring, work: work,
                                  charges: charges, payments: payments, credits: credits, taxes: taxes, aging: Aging(),
                                  message: message)
        // New charges join the open items, the late fee apart; what is left of the settlement
        // settles them, and whatever is left after that is kept as credit.
        let fee = statement.lateFee
        open.append(OpenItem(amount: statement.newCharges + statement.tax - fee, due: due, isLateFee: false))
        if fee > .zero { open.append(OpenItem(amount: fee, due: due, isLateFee: true)) }
        open.removeAll { $0.amount == .zero }
        credit = OpenItem.settle(&open, with: settle)
        for item in open { statement.aging.add(item.amount, due: item.due, asAt: date) }
        statement.oldestPastDue = open.first { $0.due < date }?.due
        statement.partialCoverage = partialCoverage(contracts, client: client, month: month)
        return statement
    }

    /// The contract's fee lines for `month`, one period per stretch of days with the same terms;
    /// in the start month, first, the onboarding fee the contract carries (once, not prorated).
    static func recurringLines(_ contract: Contract, client: Client, month: Month, shop: Shop) -> [StatementLine] {
        let start = max(contract.start, month.firstDay)
        let end = min(contract.end ?? month.lastDay, month.lastDay)
        guard start <= end else { return [] }
        let boundaries = [start] + contract.changeDays(after: start, through: end)
        var lines: [StatementLine] = []
        if contract.start.monthOf == month, let fee = contract.onboardingFee, fee != .zero {
            let plan = shop.plan(contract.terms.plan.value)?.name ?? contract.terms.plan.value.rawValue
            lines.append(StatementLine(date: contract.start, item: .onboarding(plan: plan, proposal: contract.proposal), amount: fee))
        }
        for (index, from) in boundaries.enumerated() {
            let to = index + 1 < boundaries.count ? boundaries[index + 1].adding(days: -1) : end
            guard let quote = PriceEngine.quote(contract, client: client, on: from, shop: shop) else { continue }
            let days = from.days(until: to) + 1
            for line in quote.monthly {
                lines.append(StatementLine(date: from, item: .recurring(line, plan: quote.planName, from: from, to: to, days: days, of: month.dayCount),
                                           amount: line.amount.scaled((days, month.dayCount))))
            }
        }
        return lines
    }

    /// What the contracts in force during `month` leave out of the client's devices, each
    /// distinct case once, in order.
    static func partialCoverage(_ contracts: [Contract], client: Client, month: Month) -> [PartialCoverage] {
        var found: [PartialCoverage] = []
        for contract in contracts {
            let start = max(contract.start, month.firstDay)
            let end = min(contract.end ?? month.lastDay, month.lastDay)
            guard start <= end else { continue }
            for day in [start] + contract.changeDays(after: start, through: end) {
                let terms = contract.terms(on: day)
                for (kind, count, listed) in [(PartialCoverage.Kind.workstations, terms.workstations, client.workstationCount),
                                              (.servers, terms.servers, client.serverCount)] {
                    guard let count = count?.value, count != listed else { continue }
                    let partial = PartialCoverage(kind: kind, covered: count, listed: listed)
                    if !found.contains(partial) { found.append(partial) }
                }
            }
        }
        return found
    }

    static func workLine(_ entry: WorkEntry, contracts: [Contract], shop: Shop) -> StatementLine {
        let rates = shop.business.rates
        let contract = contracts.first { $0.isInForce(on: entry.date.value) }
        let plan = contract.flatMap { shop.plan($0.terms(on: entry.date.value).plan.value) }
        let covered: Bool
        switch entry.billing {
        case .covered: covered = true
        case .billable: covered = false
        case .auto: covered = plan?.support == .unlimited
        }
        let rate = entry.place == .onsite ? rates.onsiteHourly : rates.remoteHourly
        let multiplier = entry.afterHours ? rates.afterHoursMultiplier : nil
        let labour = rate.scaled((entry.hours.hundredths, 100), ((multiplier ?? .one).perMillion, Ratio.scale))
        let trip = entry.place == .onsite ? rates.tripFee : .zero
        return StatementLine(date: entry.date.value,
                             item: .work(entry, rate: rate, multiplier: multiplier, labour: labour, tripFee: trip, covered: covered,
                                         plan: covered ? plan?.name : nil),
                             amount: covered ? .zero : labour + trip)
    }
}

/// What a statement charged and is still unpaid, aged from its due date.
struct OpenItem {
    var amount: Money
    var due: Day
    /// Late fees are kept apart, as no late fee is charged on them.
    var isLateFee: Bool

    /// Settles `items` oldest first with `amount`; returns what is left of it.
    static func settle(_ items: inout [OpenItem], with amount: Money) -> Money {
        var left = amount
        while left > .zero, let first = items.first {
            if first.amount <= left {
                left -= first.amount
                items.removeFirst()
            } else {
                items[0].amount -= left
                left = .zero
            }
        }
        return left
    }
}
