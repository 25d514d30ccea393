/// Revenue billed in a month, over all statements.
public struct MonthTotals: Sendable {
    /// Contract fees.
    public var recurring = Money.zero
    /// Billed work.
    public var breakFix = Money.zero
    /// Hardware and projects.
    public var oneOff = Money.zero

    public mutating func add(_ s: Statement) {
        for line in s.recurring {
            // The onboarding fee is billed once: one-off revenue, not recurring.
            if case .onboarding = line.item { oneOff += line.amount } else { recurring += line.amount }
        }
        breakFix += s.work.map(\.amount).sum()
        oneOff += s.charges.map(\.amount).sum()
    }

    public mutating func add(_ other: MonthTotals) {
        recurring += other.recurring
        breakFix += other.breakFix
        oneOff += other.oneOff
    }
}
