/// Revenue billed in a month, over all statements.
public struct MonthTotals: Sendable {
    /// Contract fees.
    public var recurring = Money.zero
    /// Billed work.
    public var breakFix = Money.zero
    /// Hardware and projects.
    public var oneOff = Money.zero

    public mutating func add(_ s: Statement) {
        recurring += s.recurring.map(\.amount).sum()
        breakFix += s.work.map(\.amount).sum()
        oneOff += s.charges.map(\.amount).sum()
    }

    public mutating func add(_ other: MonthTotals) {
        recurring += other.recurring
        breakFix += other.breakFix
        oneOff += other.oneOff
    }
}
