/// What the dashboard keeps of a client's statements once they are written: which months
/// have one, and the figures of the latest (kept small: there is one per client).
public struct StatementSummary: Sendable {
    public struct Latest: Sendable {
        public var month: Month
        public var amountDue: Money
        public var aging: Aging
    }

    public var months: [Month]
    public var latest: Latest?

    public init(_ statements: [Statement]) {
        months = statements.map(\.month)
        latest = statements.last.map { Latest(month: $0.month, amountDue: $0.amountDue, aging: $0.aging) }
    }
}

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
