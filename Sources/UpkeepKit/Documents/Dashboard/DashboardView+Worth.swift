extension DashboardView {
    /// One client's worth over the dashboard's 12 months.
    public struct WorthRow: TemplateView {
        public var client: String
        public var fees: String
        public var billedWork: String
        public var charges: String
        /// `12.5 + 3 h`
        public var hours: String
        /// `$112.40`, or `no work`
        public var effectiveRate: String
        public var coveredValue: String
        /// Paid less an hour than the business's `target_hourly_rate`.
        public var belowTarget: Bool
    }
    public struct ProposalRow: TemplateView {
        public var client: String
        public var number: String
        public var plan: String
        public var monthly: String
        public var validUntil: String
        public var link: Link
    }
    public struct UpsellRow: TemplateView {
        public var client: String
        public var spent: String
        public var plan: String
        public var planYear: String
        /// `Offer Business: $1,234.00 less a year, …` or `Not yet: …`
        public var verdict: String
        public var isCandidate: Bool
    }
    public struct Receivables: TemplateView {
        /// `Clients owe $1,684.25 in all, as their latest statements age it:`
        public var total: String
        public var current: String
        public var days1to30: String
        public var days31to60: String
        public var days61to90: String
        public var over90: String
    }

    /// The tables of what each client is worth, open proposals, receivables and upsells, and
    /// the notes of those that list only some (`limited`).
    static func worth(_ figures: DashboardFigures, _ shop: Shop, _ language: Language)
        -> (rows: [WorthRow], proposals: [ProposalRow], upsells: [UpsellRow], receivables: Receivables, notes: Notes) {
        let words = language.labels.dashboard, money = language.money, fill = Placeholders.fill
        let target = shop.business.targetHourlyRate
        let summaries = figures.summaries
        let (worked, worthNote) = limited(clients(shop, summaries) { $0.status != .prospect && !$1.months.isEmpty ? $1.worth : nil },
                                          largest: { $0.part.paidForService }, words, language)
        let rows = worked.map { index, w in
            let rate = w.effectiveRate
            return WorthRow(client: shop.clients[index].name, fees: money.format(w.fees), billedWork: money.format(w.billedWork),
                            charges: money.format(w.charges),
                            hours: fill(words.hoursValue, ["covered": language.hours(w.coveredHours), "billed": language.hours(w.billedHours)]),
                            effectiveRate: rate.map(money.format) ?? words.noHours, coveredValue: money.format(w.coveredValue),
                            belowTarget: rate.map { rate in target.map { rate < $0 } ?? false } ?? false)
        }
        let (proposed, proposalsNote) = limited(clients(shop, summaries) { $1.proposal }, largest: { $0.part.monthlyTotal }, words, language)
        let proposals = proposed.map { index, p in
            ProposalRow(client: shop.clients[index].name, number: p.number, plan: p.planName, monthly: money.format(p.monthlyTotal),
                        validUntil: language.long(p.validUntil), link: Link(label: p.number, href: ClientFolder.proposal(shop.clients[index].id)))
        }
        let (offers, upsellsNote) = limited(clients(shop, summaries) { $1.upsell }, largest: { $0.part.spent }, words, language)
        let upsells = offers.map { index, u in
            let difference = u.difference.isNegative ? -u.difference : u.difference
            return UpsellRow(client: shop.clients[index].name, spent: money.format(u.spent), plan: u.planName, planYear: money.format(u.planYear),
                             verdict: u.isCandidate
                                 ? fill(words.offer, ["plan": u.planName, "amount": money.format(difference), "onboarding": money.format(u.onboarding)])
                                 : fill(words.notYet, ["plan": u.planName, "amount": money.format(difference)]),
                             isCandidate: u.isCandidate)
        }
        let r = figures.receivables
        let receivables = Receivables(total: fill(words.receivablesTotal, ["amount": money.format(r.total)]), current: money.format(r.current),
                                      days1to30: money.format(r.days1to30), days31to60: money.format(r.days31to60),
                                      days61to90: money.format(r.days61to90), over90: money.format(r.over90))
        return (rows, proposals, upsells, receivables,
                Notes(worth: worthNote, proposals: proposalsNote, ending: nil, overdue: nil, upsells: upsellsNote))
    }
}
