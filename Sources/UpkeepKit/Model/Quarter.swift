/// A calendar quarter: `2026-Q3` is July to September 2026.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    /// 1 to 4.
    public var number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// `2026-Q3`
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2, parts[1].first == "Q",
              let number = Int(parts[1].dropFirst()) else { return nil }
        self.init(year: year, number: number)
    }

    /// The quarter `month` falls in.
    public init(_ month: Month) {
        year = month.year
        number = (month.month - 1) / 3 + 1
    }

    /// Its three months, in order.
    public var months: [Month] {
        let first = Month(year: year, month: number * 3 - 2)!
        return [first, first.next, first.next.next]
    }

    public var firstDay: Day { months[0].firstDay }
    public var lastDay: Day { months[2].lastDay }
    public var next: Quarter { Quarter(months[2].next) }
    public var description: String { "\(year)-Q\(number)" }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.number) < (b.year, b.number) }
}
