/// An exact amount of money in the business's currency, held in minor units (cents for USD).
///
/// **The rounding rule.** Every amount that is not already a whole number of minor units
/// (a percentage of an amount, a fraction of a month, hours × an hourly rate) is rounded
/// once, to the nearest minor unit, halves away from zero ($0.125 → $0.13, −$0.125 → −$0.13).
/// Rounding happens per line, and totals are sums of the rounded lines, so every total on a
/// document can be re-added by hand. /// `scaled(_:)` is the only place that rounds.
///
/// **Why it cannot overflow.** Amounts are held in 128 bits. `check` refuses any amount, count,
/// hours or multiplier past the limits of docs/content-format.md (an amount below 10¹² minor
/// units, a count at most 100,000, hours at most 10,000 an entry, a multiplier at most 100), so
/// every line of every document is below 10²⁴ minor units, and a sum would need more than 10¹⁴
/// such lines, far more than fit in memory, to come near 2¹²⁷. The operators trap if that
/// reasoning were ever wrong, rather than wrap around to a wrong amount.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible, Encodable {
    public var minorUnits: Int128

    public init(minorUnits: Int128) { self.minorUnits = minorUnits }

    public static let zero = Money(minorUnits: 0)

    public static func + (a: Money, b: Money) -> Money { Money(minorUnits: a.minorUnits + b.minorUnits) }
    public static func - (a: Money, b: Money) -> Money { Money(minorUnits: a.minorUnits - b.minorUnits) }
    public static prefix func - (a: Money) -> Money { Money(minorUnits: -a.minorUnits) }
    public static func += (a: inout Money, b: Money) { a = a + b }
    public static func -= (a: inout Money, b: Money) { a = a - b }
    public static func * (a: Money, count: Int) -> Money { Money(minorUnits: a.minorUnits * Int128(count)) }
    public static func < (a: Money, b: Money) -> Bool { a.minorUnits < b.minorUnits }

    public var isNegative: Bool { minorUnits < 0 }

    /// `self × numerator ÷ denominator`, rounded by the rounding rule above.
    public func scaled(by numerator: Int, over denominator: Int) -> Money {
        scaled((numerator, denominator))
    }

    /// `self` times a product of fractions `(numerator, denominator)`, rounded once by the
    /// rounding rule: `rate.scaled((incidents, 100), (hours, 100))`.
    public func scaled(_ fractions: (Int, Int)...) -> Money {
        var numerator = minorUnits
        var denominator: Int128 = 1
        for (n, d) in fractions {
            numerator *= Int128(n)
            denominator *= Int128(d)
        }
        return Money(minorUnits: roundedQuotient(numerator, denominator))
    }

    /// `self × ratio`, rounded by the rounding rule.
    public func applying(_ ratio: Ratio) -> Money {
        scaled(by: ratio.perMillion, over: Ratio.scale)
    }

    /// Debug form in minor units; documents format money with `MoneyFormat`.
    public var description: String { "\(minorUnits)¤" }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

/// `numerator ÷ denominator` rounded by the rounding rule: to the nearest whole number,
/// halves away from zero. Every rounding in Upkeep, of money or of counts, goes through here.
public func roundedQuotient(_ numerator: Int128, _ denominator: Int128) -> Int128 {
    precondition(denominator > 0, "denominator must be positive")
    var quotient = numerator / denominator
    if (numerator % denominator).magnitude * 2 >= denominator.magnitude {
        quotient += numerator < 0 ? -1 : 1
    }
    return quotient
}

/// A percentage or a multiplier, exact to a millionth: `5%`, `8.875%`, `1.5` (×1.5).
public struct Ratio: Hashable, Comparable, Sendable, Encodable {
    public static let scale = 1_000_000
    public var perMillion: Int

    public init(perMillion: Int) { self.perMillion = perMillion }
    public static func percent(_ p: Int) -> Ratio { Ratio(perMillion: p * 10_000) }
    public static let zero = Ratio(perMillion: 0)
    public static let one = Ratio(perMillion: scale)

    public static func < (a: Ratio, b: Ratio) -> Bool { a.perMillion < b.perMillion }
}

/// Hours of work, exact to a hundredth of an hour (`1.5`, `0.25`).
public struct Hours: Hashable, Comparable, Sendable, Encodable {
    public var hundredths: Int
    public init(hundredths: Int) { self.hundredths = hundredths }
    public static func < (a: Hours, b: Hours) -> Bool { a.hundredths < b.hundredths }

    /// `1.5`, `0.25`, `2`
    public var text: String { DecimalText.format(hundredths, fractionDigits: 2) }

    /// `rate × hours`, rounded by the rounding rule.
    public func cost(at rate: Money) -> Money { rate.scaled(by: hundredths, over: 100) }
}

/// Plain decimal text for scaled integers, used by every parser and printer of numbers.
public enum DecimalText {
    public enum Failure: Error, Equatable {
        case notANumber
        case tooManyDecimals(allowed: Int)
        case tooLarge
    }

    /// Parses `"-12.5"` with at most `fractionDigits` decimals into `-1250` (for 2 digits).
    /// Accepts an optional sign, digits, and an optional `.` with digits; no thousands
    /// separators (write `1250.00`, not `1,250.00`).
    public static func parse(_ text: String, fractionDigits: Int) -> Result<Int, Failure> {
        var chars = Substring(text)
        var negative = false
        if chars.first == "-" { negative = true; chars = chars.dropFirst() }
        else if chars.first == "+" { chars = chars.dropFirst() }
        let parts = chars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(.notANumber)
        }
        var fraction = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 && fraction.isEmpty { return .failure(.notANumber) }
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notANumber) }
        // Trailing zeros never count as extra precision: 45.000 is 45.00.
        while fraction.count > fractionDigits, fraction.last == "0" { fraction = fraction.dropLast() }
        guard fraction.count <= fractionDigits else { return .failure(.tooManyDecimals(allowed: fractionDigits)) }
        guard whole.count <= 13 else { return .failure(.tooLarge) }
        let padded = String(fraction) + String(repeating: "0", count: fractionDigits - fraction.count)
        guard let value = Int(String(whole) + padded) else { return .failure(.notANumber) }
        return .success(negative ? -value : value)
    }

    /// Formats `1250` with 2 digits as `"12.5"`: trailing zeros of the fraction are dropped.
    public static func format(_ scaled: Int, fractionDigits: Int) -> String {
        let sign = scaled < 0 ? "-" : ""
        var divisor = 1
        for _ in 0..<fractionDigits { divisor *= 10 }
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt(divisor)
        guard fractionDigits > 0 else { return sign + String(whole) }
        var fraction = String(magnitude % UInt(divisor))
        fraction = String(repeating: "0", count: fractionDigits - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }
}

/// A count that may have a fraction, exact to a hundredth: `1.5` incidents a year, `2` staff.
public struct Quantity: Hashable, Comparable, Sendable {
    public var hundredths: Int
    public init(hundredths: Int) { self.hundredths = hundredths }
    public static func < (a: Quantity, b: Quantity) -> Bool { a.hundredths < b.hundredths }
    public static let zero = Quantity(hundredths: 0)
}
