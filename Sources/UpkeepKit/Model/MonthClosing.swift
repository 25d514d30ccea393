/// `content/closed/<YYYY-MM>.md`, written by `upkeep close`: the month's statements as they
/// were issued. A later change to content that would alter one of them is an error.
public struct MonthClosing: Sendable {
    public var month: Month
    /// The day the month was closed.
    public var closedOn: Day
    public var statements: [ClosedStatement]
    public var location: SourceLocation
}

/// One statement as it was issued.
public struct ClosedStatement: Sendable {
    public var client: Located<ID>
    /// `71621-2609`
    public var number: String
    /// The account number the statement was issued under: kept for the client from then on.
    public var account: Int
    public var amountDue: Money
    /// A digest of every figure of the statement (`Fingerprint` of its lines and totals).
    public var digest: String
    /// Every line, `date amount what`: `2026-09-16 56.21 work: Printer setup`.
    public var lines: [String]
}
