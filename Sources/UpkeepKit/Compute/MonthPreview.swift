/// `upkeep preview`: what a month will bill each client, against the month before, with the
/// reasons for every difference and the things worth a look before the statements go out. Pure.
public struct MonthPreview: Sendable {
    public var month: Month
    /// Clients billed in either month, the largest changes first.
    public var rows: [Row]
    public var flags: [Flag]

    public struct Row: Sendable {
        public var client: Client
        /// What each month adds to the balance before payments: new charges and tax, less credits.
        public var previous: Money
        public var current: Money
        public var change: Money { current - previous }
        public var reasons: [String]
    }

    public struct Flag: Sendable {
        public var client: Client
        public var text: String
    }

    /// The preview of `month`: `books` must run statements through it.
    public init(_ month: Month, books: Books, money: MoneyFormat) {
        self.month = month
        var rows: [Row] = [], flags: [Flag] = []
        let shop = books.shop
        for client in shop.clients {
            let statements = books.statements(of: client).statements
            let now = statements.first { $0.month == month }, before = statements.first { $0.month == month.previous }
            func billed(_ s: Statement?) -> Money { s.map { $0.newCharges + $0.tax - $0.creditsApplied } ?? .zero }
            if now != nil || before != nil {
                let reasons = Self.reasons(before, now, money: money)
                if billed(now) != billed(before) || !reasons.isEmpty {
                    rows.append(Row(client: client, previous: billed(before), current: billed(now), reasons: reasons))
                }
            }
            flags += Self.flags(client, now: now, before: before, month: month, shop: shop, money: money).map { Flag(client: client, text: $0) }
        }
        func size(_ row: Row) -> Money { max(row.change, -row.change) }
        self.rows = rows.sorted { size($0) != size($1) ? size($0) > size($1) : $0.client.id < $1.client.id }
        self.flags = flags
    }

    /// Why `now` bills differently from `before`, one reason per kind of line.
    static func reasons(_ before: Statement?, _ now: Statement?, money: MoneyFormat) -> [String] {
        var reasons: [String] = []
        func total(_ s: Statement?, _ lines: (Statement) -> [StatementLine]) -> Money { s.map { lines($0).total } ?? .zero }
        func describe(_ what: String, _ a: Money, _ b: Money) {
            if a != b { reasons.append("\(what) \(money.format(a)) → \(money.format(b))") }
        }
        let fees = { (s: Statement) in s.recurring.filter { if case .recurring = $0.item { true } else { false } } }
        let feeBefore = total(before, fees), feeNow = total(now, fees)
        if feeBefore != feeNow {
            let a = Period.all(before), b = Period.all(now)
            var why: [String] = []
            if let last = a.last, let first = b.first { why += last.changes(to: first, money: money) }
            for (earlier, later) in zip(b, b.dropFirst()) {
                why += later.changes(to: earlier, money: money, reversed: true).map { "from \(later.from.monthOf.abbreviation) \(later.from.day): \($0)" }
            }
            if b.count == 1, let part = b[0].part { why.append("a part month (\(part))") }
            if a.count > 1 { why.append("\(before!.month.longText) was billed in \(a.count) periods") }
            else if a.count == 1, let part = a[0].part { why.append("\(before!.month.longText) was a part month (\(part))") }
            if a.isEmpty { why.append("no contract fee in \(before?.month.longText ?? "the month before")") }
            if b.isEmpty { why.append("no contract in force") }
            reasons.append("contract fees \(money.format(feeBefore)) → \(money.format(feeNow))" + (why.isEmpty ? "" : ": " + why.joined(separator: "; ")))
        }
        let onboarding = { (s: Statement) in s.recurring.filter { if case .onboarding = $0.item { true } else { false } } }
        describe("onboarding", total(before, onboarding), total(now, onboarding))
        let work = total(now, \.work)
        if total(before, \.work) != work {
            let entries = now.map { $0.work.filter { $0.amount != .zero }.count } ?? 0
            reasons.append("billed work \(money.format(total(before, \.work))) → \(money.format(work)) (\(entries) billed entr\(entries == 1 ? "y" : "ies") this month)")
        }
        describe("charges", total(before, \.charges), total(now, \.charges))
        describe("credits", -total(before, \.credits), -total(now, \.credits))
        describe("tax", total(before, \.taxes), total(now, \.taxes))
        return reasons
    }

    /// A stretch of a month billed with the same terms, as its fee lines say.
    struct Period {
        var from: Day
        var plan = "", workstations = 0, servers = 0, addons: Set<String> = []
        /// Age surcharges and unit prices for a whole month, before proration.
        var surcharges = Money.zero
        var unitPrices: [Money] = []
        /// `17 of 31 days`, when the period is not the whole month.
        var part: String?

        /// A statement's periods, in order.
        static func all(_ statement: Statement?) -> [Period] {
            var periods: [Period] = []
            for line in statement?.recurring ?? [] {
                guard case .recurring(let price, let plan, let from, _, let days, let of) = line.item else { continue }
                if periods.last?.from != from {
                    periods.append(Period(from: from, plan: plan, part: days < of ? "\(days) of \(of) days" : nil))
                }
                switch price.item {
                case .workstations(let count, let unit): periods[periods.count - 1].workstations = count; periods[periods.count - 1].unitPrices.append(unit)
                case .servers(let count, let unit): periods[periods.count - 1].servers = count; periods[periods.count - 1].unitPrices.append(unit)
                case .addon(let name, _, _, _): periods[periods.count - 1].addons.insert(name)
                case .ageSurcharge: periods[periods.count - 1].surcharges += price.amount
                default: break
                }
            }
            return periods
        }

        /// What differs from this period to `next` (`reversed`: from `next` to this one).
        func changes(to next: Period, money: MoneyFormat, reversed: Bool = false) -> [String] {
            let (a, b) = reversed ? (next, self) : (self, next)
            var out: [String] = []
            if a.plan != b.plan { out.append("plan \(a.plan) → \(b.plan)") }
            if a.workstations != b.workstations { out.append("workstations \(a.workstations) → \(b.workstations)") }
            if a.servers != b.servers { out.append("servers \(a.servers) → \(b.servers)") }
            if a.addons != b.addons {
                func list(_ names: Set<String>) -> String { names.isEmpty ? "none" : names.sorted().joined(separator: ", ") }
                out.append("add-ons \(list(a.addons)) → \(list(b.addons))")
            }
            if a.surcharges != b.surcharges { out.append("age surcharges \(money.format(a.surcharges)) → \(money.format(b.surcharges))") }
            if a.plan == b.plan, a.unitPrices != b.unitPrices, a.workstations == b.workstations, a.servers == b.servers {
                out.append("prices \(a.unitPrices.map(money.format).joined(separator: ", ")) → \(b.unitPrices.map(money.format).joined(separator: ", "))")
            }
            return out
        }
    }

    /// Things to look at before sending: a fee gone to nothing, a contract about to end, work
    /// for a client without a contract, payments without a balance the owner asserted.
    static func flags(_ client: Client, now: Statement?, before: Statement?, month: Month, shop: Shop, money: MoneyFormat) -> [String] {
        var flags: [String] = []
        let feeBefore = before?.recurring.total ?? .zero, feeNow = now?.recurring.total ?? .zero
        if feeBefore > .zero, feeNow == .zero { flags.append("the contract fee dropped to \(money.format(.zero)) (it was \(money.format(feeBefore)))") }
        let horizon = month.lastDay.adding(days: 60)
        for contract in shop.contracts(of: client.id) where contract.isInForce(on: month.lastDay) {
            if let end = contract.end, end <= horizon {
                flags.append("the contract ends on \(end.longText)")
            } else if contract.end == nil, contract.termEnd >= month.lastDay, contract.termEnd <= horizon {
                flags.append("the contract's \(contract.termMonths)-month term ends on \(contract.termEnd.longText); it then runs month to month")
            }
        }
        for partial in now?.partialCoverage ?? [] where partial.covered > partial.listed {
            flags.append("the contract covers \(partial.covered) \(partial.kind.rawValue), but content/clients/\(client.id).md lists \(partial.listed): the other \(partial.covered - partial.listed) are priced as new; list them with the year they were bought")
        }
        let ledger = shop.ledger(of: client.id).first { $0.month == month }
        let uncovered = (ledger?.work ?? []).filter { entry in !shop.contracts(of: client.id).contains { $0.isInForce(on: entry.date.value) } }
        if !uncovered.isEmpty {
            flags.append("\(uncovered.count) work entr\(uncovered.count == 1 ? "y" : "ies") with no contract in force, billed at the hourly rates")
        }
        if let ledger, !ledger.payments.isEmpty, ledger.balances.isEmpty {
            flags.append("payments this month but no balance asserted to check them against")
        }
        return flags
    }
}
