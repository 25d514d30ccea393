/// The largest values and sizes content may hold, so that no input `check` accepts can make a
/// command crash, overflow or run for long. docs/content-format.md ("Limits") lists the same
/// numbers; a test keeps the two equal.
public enum ContentLimits {
    /// Amounts are below a trillion in the currency's major unit: 999999999999.99 for USD.
    public static let amountWholeDigits = 12
    /// Any whole number (devices, visits, calls, days, years) and any count with decimals.
    public static let count = 100_000
    /// Hours on one work entry.
    public static let hours = 10_000
    /// A multiplier (after-hours, ×1.5).
    public static let multiplier = 100
    /// A contract's or a proposal's term, in months.
    public static let termMonths = 1_200
    /// Ids (file names and references): characters.
    public static let idLength = 64
    /// The logo, in bytes: every standalone document inlines it.
    public static let logoBytes = 2 << 20
    /// The Markdown of one ledger month, all its parts joined: it is printed on every
    /// statement of the month.
    public static let monthMessageBytes = 64 << 10
    /// Dates in content and the day a command treats as today.
    public static let days = Day(year: 2000, month: 1, day: 1)!...Day(year: 2099, month: 12, day: 31)!

    /// The largest amount in minor units for a currency with `minorDigits` decimals.
    public static func amount(minorDigits: Int) -> Int {
        var limit = 1
        for _ in 0..<(amountWholeDigits + minorDigits) { limit *= 10 }
        return limit - 1
    }

    /// "dates run from 2000-01-01 to 2099-12-31"
    public static var daysText: String { "dates run from \(days.lowerBound) to \(days.upperBound)" }
}
