import Foundation

/// How amounts are written on documents, for the business's currency and locale:
/// `$1,234.50` in en_US, `1.234,50 €` in de_DE. Negative amounts take a leading minus sign (`−$12.00`).
///
/// Foundation is asked once for the locale's symbols; formatting itself is integer arithmetic,
/// so it is exact and cheap.
public struct MoneyFormat: Sendable {
    public var prefix: String
    public var suffix: String
    public var groupingSeparator: String
    public var decimalSeparator: String
    public var minorDigits: Int

    init(prefix: String, suffix: String, groupingSeparator: String, decimalSeparator: String, minorDigits: Int) {
        self.prefix = prefix
        self.suffix = suffix
        self.groupingSeparator = groupingSeparator
        self.decimalSeparator = decimalSeparator
        self.minorDigits = minorDigits
    }

    public init(currency: Currency, locale: String) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.numberStyle = .currency
        formatter.currencyCode = currency.code
        prefix = formatter.positivePrefix ?? ""
        suffix = formatter.positiveSuffix ?? ""
        groupingSeparator = formatter.groupingSeparator ?? ","
        decimalSeparator = formatter.currencyDecimalSeparator ?? formatter.decimalSeparator ?? "."
        minorDigits = currency.minorDigits
    }

    /// Minor units in a whole unit: 100 for two decimals.
    private var unit: UInt128 {
        var unit: UInt128 = 1
        for _ in 0..<minorDigits { unit *= 10 }
        return unit
    }

    public func format(_ money: Money) -> String {
        write(money, sign: "−", prefix: prefix, grouping: groupingSeparator, decimal: decimalSeparator, suffix: suffix)
    }

    /// An amount in whole units, for chart axes: `$12,000`.
    public func whole(_ money: Money) -> String {
        let rounded = MoneyFormat(prefix: prefix, suffix: suffix, groupingSeparator: groupingSeparator,
                                  decimalSeparator: decimalSeparator, minorDigits: 0)
        return rounded.format(Money(minorUnits: roundedQuotient(money.minorUnits, Int128(unit))))
    }

    /// A count, grouped as amounts are: `9,812`, `9.812`.
    public func count(_ count: Int) -> String {
        MoneyFormat(prefix: "", suffix: "", groupingSeparator: groupingSeparator, decimalSeparator: decimalSeparator, minorDigits: 0)
            .format(Money(minorUnits: Int128(count)))
    }

    /// An amount with no currency sign or grouping, for CSV and journals: `-1234.50`.
    public func plain(_ money: Money) -> String {
        write(money, sign: "-", prefix: "", grouping: nil, decimal: ".", suffix: "")
    }

    /// `sign` (if negative), `prefix`, the whole units in groups of three, `decimal` and the
    /// minor units, `suffix`: written straight into the string's storage, as every page has
    /// dozens of amounts.
    private func write(_ money: Money, sign: String, prefix: String, grouping: String?, decimal: String, suffix: String) -> String {
        let magnitude = money.minorUnits.magnitude
        let divisor = unit
        let whole = magnitude / divisor, fraction = magnitude % divisor
        var wholeDigits = 1, rest = whole / 10
        while rest > 0 { wholeDigits += 1; rest /= 10 }
        let separators = grouping.map { (wholeDigits - 1) / 3 * $0.utf8.count } ?? 0
        let capacity = (money.isNegative ? sign.utf8.count : 0) + prefix.utf8.count + wholeDigits + separators
            + (minorDigits > 0 ? decimal.utf8.count + minorDigits : 0) + suffix.utf8.count
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            func put(_ text: String) {
                for byte in text.utf8 { buffer[count] = byte; count += 1 }
            }
            func putDigits(_ value: UInt128, _ digits: Int, grouping: String?) {
                var power: UInt128 = 1
                for _ in 1..<digits { power *= 10 }
                for digit in 0..<digits {
                    if let grouping, digit > 0, (digits - digit) % 3 == 0 { put(grouping) }
                    buffer[count] = UInt8(ascii: "0") + UInt8(value / power % 10)
                    count += 1
                    power /= 10
                }
            }
            if money.isNegative { put(sign) }
            put(prefix)
            putDigits(whole, wholeDigits, grouping: grouping)
            if minorDigits > 0 {
                put(decimal)
                putDigits(fraction, minorDigits, grouping: nil)
            }
            put(suffix)
            return count
        }
    }
}
