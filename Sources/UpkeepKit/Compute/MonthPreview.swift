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
    /// `language`: the business's, in which the reasons and flags are written.
    public init(_ month: Month, books: Books, language: Language) {
        self.month = month
        var rows: [Row] = [], flags: [Flag] = []
        let shop = books.shop
        for client in shop.clients {
            let statements = books.statements(of: client).statements
            let now = statements.first { $0.month == month }, before = statements.first { $0.month == month.previous }
            func billed(_ s: Statement?) -> Money { s.map { $0.newCharges + $0.tax - $0.creditsApplied } ?? .zero }
            if now != nil || before != nil {
                let reasons = Self.reasons(before, now, language: language)
                if billed(now) != billed(before) || !reasons.isEmpty {
                    rows.append(Row(client: client, previous: billed(before), current: billed(now), reasons: reasons))
                }
            }
            flags += Self.flags(client, now: now, before: before, month: month, shop: shop, language: language).map { Flag(client: client, text: $0) }
        }
        func size(_ row: Row) -> Money { max(row.change, -row.change) }
        self.rows = rows.sorted { size($0) != size($1) ? size($0) > size($1) : $0.client.id < $1.client.id }
        self.flags = flags
    }

    /// Why `now` bills differently from `before`, one reason per kind of line.
    static func reasons(_ before: Statement?, _ now: Statement?, language: Language) -> [String] {
        let words = language.labels.preview, money = language.money, fill = Placeholders.fill
        var reasons: [String] = []
        func total(_ s: Statement?, _ lines: (Statement) -> [StatementLine]) -> Money { s.map { lines($0).total } ?? .zero }
        func describe(_ label: String, _ a: Money, _ b: Money) {
            if a != b { reasons.append(fill(label, ["before": money.format(a), "now": money.format(b)])) }
        }
        let fees = { (s: Statement) in s.recurring.filter { if case .recurring = $0.item { true } else { false } } }
        let feeBefore = total(before, fees), feeNow = total(now, fees)
        if feeBefore != feeNow {
            let a = Period.all(before, language), b = Period.all(now, language)
            var why: [String] = []
            if let last = a.last, let first = b.first { why += last.changes(to: first, language: language) }
            for (earlier, later) in zip(b, b.dropFirst()) {
                why += later.changes(to: earlier, language: language, reversed: true).map { fill(words.fromDay, ["day": language.short(later.from), "change": $0]) }
            }
            if b.count == 1, let part = b[0].part { why.append(fill(words.partMonth, ["part": part])) }
            if a.count > 1 { why.append(fill(words.billedInPeriods, ["month": language.long(before!.month), "count": String(a.count)])) }
            else if a.count == 1, let part = a[0].part { why.append(fill(words.wasPartMonth, ["month": language.long(before!.month), "part": part])) }
            if a.isEmpty { why.append(before.map { fill(words.noFeeIn, ["month": language.long($0.month)]) } ?? words.noFeeBefore) }
            if b.isEmpty { why.append(words.noContract) }
            reasons.append(fill(words.contractFees, ["before": money.format(feeBefore), "now": money.format(feeNow)]) + (why.isEmpty ? "" : ": " + why.joined(separator: "; ")))
        }
        let onboarding = { (s: Statement) in s.recurring.filter { if case .onboarding = $0.item { true } else { false } } }
        describe(words.onboarding, total(before, onboarding), total(now, onboarding))
        let work = total(now, \.work)
        if total(before, \.work) != work {
            let entries = now.map { $0.work.filter { $0.amount != .zero }.count } ?? 0
            reasons.append(fill(words.billedWork, ["before": money.format(total(before, \.work)), "now": money.format(work),
                                                   "entries": language.count(entries, words.billedEntry, words.billedEntries)]))
        }
        describe(words.charges, total(before, \.charges), total(now, \.charges))
        describe(words.credits, -total(before, \.credits), -total(now, \.credits))
        describe(words.tax, total(before, \.taxes), total(now, \.taxes))
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
        static func all(_ statement: Statement?, _ language: Language) -> [Period] {
            var periods: [Period] = []
            for line in statement?.recurring ?? [] {
                guard case .recurring(let price, let plan, let from, _, let days, let of) = line.item else { continue }
                if periods.last?.from != from {
                    periods.append(Period(from: from, plan: plan,
                                          part: days < of ? Placeholders.fill(language.labels.preview.daysOf, ["days": String(days), "of": String(of)]) : nil))
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
        func changes(to next: Period, language: Language, reversed: Bool = false) -> [String] {
            let words = language.labels.preview, money = language.money
            let (a, b) = reversed ? (next, self) : (self, next)
            var out: [String] = []
            func change(_ label: String, _ before: String, _ now: String) { out.append(Placeholders.fill(label, ["before": before, "now": now])) }
            if a.plan != b.plan { change(words.planChange, a.plan, b.plan) }
            if a.workstations != b.workstations { change(words.workstationsChange, String(a.workstations), String(b.workstations)) }
            if a.servers != b.servers { change(words.serversChange, String(a.servers), String(b.servers)) }
            if a.addons != b.addons {
                func list(_ names: Set<String>) -> String { names.isEmpty ? words.noAddons : names.sorted().joined(separator: ", ") }
                change(words.addonsChange, list(a.addons), list(b.addons))
            }
            if a.surcharges != b.surcharges { change(words.surchargesChange, money.format(a.surcharges), money.format(b.surcharges)) }
            if a.plan == b.plan, a.unitPrices != b.unitPrices, a.workstations == b.workstations, a.servers == b.servers {
                change(words.pricesChange, a.unitPrices.map(money.format).joined(separator: ", "), b.unitPrices.map(money.format).joined(separator: ", "))
            }
            return out
        }
    }

    /// Things to look at before sending: a fee gone to nothing, a contract about to end, work
    /// for a client without a contract, payments without a balance the owner asserted.
    static func flags(_ client: Client, now: Statement?, before: Statement?, month: Month, shop: Shop, language: Language) -> [String] {
        let words = language.labels.preview, money = language.money, fill = Placeholders.fill
        var flags: [String] = []
        let feeBefore = before?.recurring.total ?? .zero, feeNow = now?.recurring.total ?? .zero
        if feeBefore > .zero, feeNow == .zero { flags.append(fill(words.feeDropped, ["zero": money.format(.zero), "before": money.format(feeBefore)])) }
        let horizon = month.lastDay.adding(days: 60)
        for contract in shop.contracts(of: client.id) where contract.isInForce(on: month.lastDay) {
            if let end = contract.end, end <= horizon {
                flags.append(fill(words.contractEnds, ["date": language.long(end)]))
            } else if contract.end == nil, contract.termEnd >= month.lastDay, contract.termEnd <= horizon {
                flags.append(fill(words.termEnds, ["months": String(contract.termMonths), "date": language.long(contract.termEnd)]))
            }
        }
        for partial in now?.partialCoverage ?? [] where partial.covered > partial.listed {
            let kind = partial.kind == .workstations ? language.statement.workstations : language.statement.servers
            flags.append(fill(words.coversMore, ["covered": String(partial.covered), "kind": kind, "file": "content/clients/\(client.id).md",
                                                 "listed": String(partial.listed), "extra": String(partial.covered - partial.listed)]))
        }
        let ledger = shop.ledger(of: client.id).first { $0.month == month }
        let uncovered = (ledger?.work ?? []).filter { entry in !shop.contracts(of: client.id).contains { $0.isInForce(on: entry.date.value) } }
        if !uncovered.isEmpty {
            flags.append(fill(words.uncoveredWork, ["entries": language.count(uncovered.count, words.workEntry, words.workEntries)]))
        }
        if let ledger, !ledger.payments.isEmpty, ledger.balances.isEmpty {
            flags.append(words.unassertedPayments)
        }
        return flags
    }
}
