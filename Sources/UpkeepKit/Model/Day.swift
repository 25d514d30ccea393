/// A calendar day, without time or time zone: what a shop owner writes as `2026-11-15`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Encodable {
    // Stored small: a large ledger holds hundreds of thousands of days.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Returns nil for impossible dates such as 2026-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.storedYear = Int32(year)
        self.storedMonth = UInt8(month)
        self.storedDay = UInt8(day)
    }

    public enum ParseFailure: Error, Equatable {
        case notADate
        case noSuchDay(monthName: String, year: Int, days: Int)
    }

    /// Parses `YYYY-MM-DD`.
    public static func parse(_ text: String) -> Result<Day, ParseFailure> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              (1...12).contains(m), y >= 1 else { return .failure(.notADate) }
        guard let day = Day(year: y, month: m, day: d) else {
            return .failure(.noSuchDay(monthName: Month.names[m - 1], year: y, days: daysIn(month: m, year: y)))
        }
        return .success(day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.storedYear = Int32(clamping: yearOfEra + era * 400 + (m <= 2 ? 1 : 0))
        self.storedMonth = UInt8(m)
        self.storedDay = UInt8(d)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day `months` months later, or the month's last day when it is shorter
    /// (January 31 + 1 month is February 28).
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public var monthOf: Month { Month(year: year, month: month)! }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// `2026-11-15`
    public var description: String { isoText(year: year, month: month, day: day) }

    /// `November 15, 2026`
    public var longText: String { "\(Month.names[month - 1]) \(day), \(year)" }
}

/// A calendar month, `2026-11`: the period of a statement and the name of a ledger file.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible, Encodable {
    public let year: Int
    public let month: Int

    public static let names = ["January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"]

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: dayCount)! }
    public var dayCount: Int { Day.daysIn(month: month, year: year) }
    public var next: Month { month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)! }
    public var previous: Month { month == 1 ? Month(year: year - 1, month: 12)! : Month(year: year, month: month - 1)! }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// `2026-11`
    public var description: String { isoText(year: year, month: month) }
    /// `November 2026`
    public var longText: String { "\(Month.names[month - 1]) \(year)" }
}

/// `2026-11-05`, or `2026-11` without a day: the year (1 to 9999, as `Day` and `Month`
/// ensure) and the month and day zero-padded. Written straight into the string, as exports
/// write a date on every line.
func isoText(year: Int, month: Int, day: Int? = nil) -> String {
    String(unsafeUninitializedCapacity: day == nil ? 7 : 10) { buffer in
        func put(_ value: Int, width: Int, endingAt end: Int) {
            var value = value
            for position in stride(from: end - 1, through: end - width, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        put(year, width: 4, endingAt: 4)
        buffer[4] = UInt8(ascii: "-")
        put(month, width: 2, endingAt: 7)
        guard let day else { return 7 }
        buffer[7] = UInt8(ascii: "-")
        put(day, width: 2, endingAt: 10)
        return 10
    }
}

/// Zero-padded numbers for dates: `padded(7, to: 2)` is `"07"`.
func padded(_ value: Int, to width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
